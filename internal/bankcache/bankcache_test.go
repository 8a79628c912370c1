package bankcache

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

func embedded(t testing.TB) *kit.Bank {
	t.Helper()
	b, err := kit.DecodeBank(data.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func key(s string) Key {
	var k Key
	copy(k[:], s)
	return k
}

func TestGetReturnsWhatPutStored(t *testing.T) {
	c := &Cache{Dir: filepath.Join(t.TempDir(), "banks"), Stamp: "test 1"}
	want := embedded(t)
	if _, ok := c.Get(key("a")); ok {
		t.Fatal("an empty cache had an entry")
	}
	if err := c.Put(key("a"), want); err != nil {
		t.Fatal(err)
	}
	got, ok := c.Get(key("a"))
	if !ok {
		t.Fatal("the entry just stored is a miss")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the cached bank differs from the bank stored")
	}
	if _, ok := c.Get(key("b")); ok {
		t.Fatal("another key hit")
	}
}

// TestGetMissesEntriesItCannotTrust damages an entry in each way a cache
// file can go wrong: every one is a miss, never a panic or an error, and
// storing the bank again repairs the entry.
func TestGetMissesEntriesItCannotTrust(t *testing.T) {
	b := embedded(t)
	tests := []struct {
		name   string
		damage func(t *testing.T, c *Cache, path string)
	}{
		{"written by another build", func(t *testing.T, c *Cache, path string) {
			other := &Cache{Dir: c.Dir, Stamp: "test 2"}
			if err := other.Put(key("k"), b); err != nil {
				t.Fatal(err)
			}
		}},
		{"another bank's entry under this name", func(t *testing.T, c *Cache, path string) {
			if err := c.Put(key("other"), b); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(c.path(key("other")), path); err != nil {
				t.Fatal(err)
			}
		}},
		{"a byte of the bank changed", func(t *testing.T, c *Cache, path string) {
			data := read(t, path)
			data[len(data)-100] ^= 0x20
			write(t, path, data)
		}},
		{"cut short", func(t *testing.T, c *Cache, path string) {
			data := read(t, path)
			write(t, path, data[:len(data)/2])
		}},
		{"cut inside the header", func(t *testing.T, c *Cache, path string) {
			write(t, path, read(t, path)[:20])
		}},
		{"empty", func(t *testing.T, c *Cache, path string) { write(t, path, nil) }},
		{"not an entry at all", func(t *testing.T, c *Cache, path string) {
			write(t, path, []byte(strings.Repeat("questions:\n", 100)))
		}},
		{"a folder", func(t *testing.T, c *Cache, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Cache{Dir: t.TempDir(), Stamp: "test 1"}
			if err := c.Put(key("k"), b); err != nil {
				t.Fatal(err)
			}
			path := c.path(key("k"))
			tt.damage(t, c, path)
			if got, ok := c.Get(key("k")); ok {
				t.Fatalf("a damaged entry hit: %d questions", len(got.Questions))
			}
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				return // nothing to repair: Put cannot rename over a folder
			}
			if err := c.Put(key("k"), b); err != nil {
				t.Fatal(err)
			}
			if _, ok := c.Get(key("k")); !ok {
				t.Fatal("storing again did not repair the entry")
			}
		})
	}
}

func TestPutKeepsTheMostRecentlyUsedEntries(t *testing.T) {
	c := &Cache{Dir: t.TempDir(), Stamp: "test 1", Keep: 2}
	b := embedded(t)
	old := time.Now().Add(-time.Hour)
	for i, k := range []string{"a", "b"} {
		if err := c.Put(key(k), b); err != nil {
			t.Fatal(err)
		}
		when := old.Add(time.Duration(i) * time.Minute)
		if err := os.Chtimes(c.path(key(k)), when, when); err != nil {
			t.Fatal(err)
		}
	}
	// Reading a marks it used, so b is now the least recently used.
	if _, ok := c.Get(key("a")); !ok {
		t.Fatal("a missed")
	}
	if err := c.Put(key("c"), b); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if _, err := os.Stat(c.path(key(k))); (err == nil) != want {
			t.Errorf("entry %s kept = %v, want %v", k, err == nil, want)
		}
	}
	entries, err := os.ReadDir(c.Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestExecutableStampNamesThisBuild(t *testing.T) {
	s, err := ExecutableStamp()
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := os.Executable()
	if !strings.HasPrefix(s, exe+" ") {
		t.Errorf("stamp %q does not start with the executable %q", s, exe)
	}
}

// FuzzOpen feeds any bytes to the envelope reader: it never panics, and
// accepts only what seal wrote for the same key and stamp.
func FuzzOpen(f *testing.F) {
	f.Add(seal([]byte("payload"), key("k"), "stamp"))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		payload, ok := open(data, key("k"), "stamp")
		if ok && string(seal(payload, key("k"), "stamp")) != string(data) {
			t.Fatalf("open accepted an entry seal would not write")
		}
	})
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestLoadParsesOnceThenHits(t *testing.T) {
	dir := t.TempDir()
	c := &Cache{Dir: dir, Stamp: "test 1"}
	src, err := kit.ReadSource(data.FS, "data")
	if err != nil {
		t.Fatal(err)
	}
	want, err := src.Parse()
	if err != nil {
		t.Fatal(err)
	}
	first, err := c.Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(Key(src.Key())); !ok {
		t.Fatal("Load did not store the bank")
	}
	second, err := c.Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first, want) || !reflect.DeepEqual(second, want) {
		t.Fatal("a loaded bank differs from a fresh parse")
	}
	var none *Cache
	if b, err := none.Load(src); err != nil || !reflect.DeepEqual(b, want) {
		t.Fatalf("a nil cache: %v", err)
	}
}

func TestLoadNeverStoresABankWithProblems(t *testing.T) {
	c := &Cache{Dir: t.TempDir(), Stamp: "test 1"}
	src, err := kit.ReadSource(fstest.MapFS{"bad.yaml": {Data: []byte("questions: [\n")}}, "bad")
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := c.Load(src); !errors.Is(err, kit.ErrInvalidBank) {
			t.Fatalf("Load = %v, want the bank's problems", err)
		}
	}
	if entries, _ := os.ReadDir(c.Dir); len(entries) != 0 {
		t.Errorf("%d entries stored for a bank with problems", len(entries))
	}
}

func TestLoadParsesWhenTheCacheCannotBeWritten(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	write(t, file, []byte("x"))
	c := &Cache{Dir: filepath.Join(file, "banks"), Stamp: "test 1"} // under a file: never a folder
	src, err := kit.ReadSource(data.FS, "data")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Load(src); err != nil {
		t.Fatalf("Load = %v; an unwritable cache must cost only the parse", err)
	}
}
