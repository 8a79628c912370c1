package kit_test

import (
	"errors"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/kit"
)

func sourceFS() fstest.MapFS {
	return fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(taxonomyYAML)},
		"questions.yaml": {Data: []byte("questions:\n" + question("orm-1", "core", []string{"orm"}, []string{"junior", "mid"}, 5))},
	}
}

func sourceKey(t *testing.T, fsys fstest.MapFS, label string) [32]byte {
	t.Helper()
	src, err := kit.ReadSource(fsys, label)
	if err != nil {
		t.Fatal(err)
	}
	return src.Key()
}

func TestSourceKeyChangesWithAnyNameOrByte(t *testing.T) {
	base := sourceKey(t, sourceFS(), "bank")
	tests := []struct {
		name   string
		change func(fstest.MapFS) fstest.MapFS
		label  string
		same   bool
	}{
		{"the same files", func(m fstest.MapFS) fstest.MapFS { return m }, "bank", true},
		{"a file elsewhere than .yaml", func(m fstest.MapFS) fstest.MapFS {
			m["notes.txt"] = &fstest.MapFile{Data: []byte("not read")}
			return m
		}, "bank", true},
		{"one byte changed", func(m fstest.MapFS) fstest.MapFS {
			d := []byte(string(m["questions.yaml"].Data))
			d[len(d)-2] ^= 1
			m["questions.yaml"] = &fstest.MapFile{Data: d}
			return m
		}, "bank", false},
		{"a file renamed", func(m fstest.MapFS) fstest.MapFS {
			m["questions2.yaml"] = m["questions.yaml"]
			delete(m, "questions.yaml")
			return m
		}, "bank", false},
		{"a file added", func(m fstest.MapFS) fstest.MapFS {
			m["more.yml"] = &fstest.MapFile{Data: []byte("questions: []\n")}
			return m
		}, "bank", false},
		{"another label, so other locations in messages", func(m fstest.MapFS) fstest.MapFS { return m }, "other", false},
		{"bytes moved from one file to the other", func(m fstest.MapFS) fstest.MapFS {
			q := string(m["questions.yaml"].Data)
			m["taxonomy.yaml"] = &fstest.MapFile{Data: []byte(taxonomyYAML + q[:10])}
			m["questions.yaml"] = &fstest.MapFile{Data: []byte(q[10:])}
			return m
		}, "bank", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sourceKey(t, tt.change(sourceFS()), tt.label)
			if (got == base) != tt.same {
				t.Errorf("key equal to the original's = %v, want %v", got == base, tt.same)
			}
		})
	}
}

func TestLoadIsReadSourceThenParse(t *testing.T) {
	fsys := sourceFS()
	want, err := kit.Load(fsys, "bank")
	if err != nil {
		t.Fatal(err)
	}
	src, err := kit.ReadSource(fsys, "bank")
	if err != nil {
		t.Fatal(err)
	}
	got, err := src.Parse()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("ReadSource then Parse differs from Load")
	}
	one, err := kit.ReadSourceFile(fsys, "questions.yaml", "q.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, perr := one.Parse()
	_, lerr := kit.LoadFile(fsys, "questions.yaml", "q.yaml")
	if perr == nil || perr.Error() != lerr.Error() {
		t.Errorf("ReadSourceFile then Parse: %v; LoadFile: %v", perr, lerr)
	}
	if _, err := kit.ReadSource(fstest.MapFS{}, "empty"); !errors.Is(err, kit.ErrInvalidBank) {
		t.Errorf("ReadSource of no files = %v, want a bank error", err)
	}
}
