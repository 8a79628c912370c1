//go:build unix

package bankcache

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// TestGetMissesAnEntryThatIsNoFile: whatever lies in an entry's place, a
// named pipe nobody writes or a link to a device that never ends, Get
// answers at once with a miss, and Put stores the entry over it.
func TestGetMissesAnEntryThatIsNoFile(t *testing.T) {
	b := embedded(t)
	tests := []struct {
		name  string
		place func(path string) error
	}{
		{"a named pipe", func(path string) error { return syscall.Mkfifo(path, 0o600) }},
		{"a link to /dev/zero", func(path string) error { return os.Symlink("/dev/zero", path) }},
		{"a link to itself", func(path string) error { return os.Symlink(path, path) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Cache{Dir: t.TempDir(), Stamp: "test 1"}
			path := c.path(key("k"))
			if err := tt.place(path); err != nil {
				t.Skip(err)
			}
			hit := make(chan bool, 1)
			go func() { _, ok := c.Get(key("k")); hit <- ok }()
			select {
			case ok := <-hit:
				if ok {
					t.Fatal("an entry that is no file hit")
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Get still waiting after 10 s")
			}
			if err := c.Put(key("k"), b); err != nil {
				t.Fatal(err)
			}
			if _, ok := c.Get(key("k")); !ok {
				t.Fatal("storing again did not replace what lay there")
			}
		})
	}
}
