package kitfolder_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/testkit"
)

// TestForceKeepsAFolderSomeoneWroteIn: --force replaces a kit folder, but
// one holding anything other than what is written again (a filled-in
// scoresheet, a file added, a pipe planted) is kept beside the new one,
// byte for byte; only an untouched folder is removed.
func TestForceKeepsAFolderSomeoneWroteIn(t *testing.T) {
	k := testkit.BankKit(t, "mid", 3, "Ana")
	tests := []struct {
		name    string
		touch   func(t *testing.T, dir string)
		changed []string // what Written.Changed names; none: nothing kept
	}{
		{"untouched", func(*testing.T, string) {}, nil},
		{"scoresheet filled in", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "ana-scoresheet.xlsx"), "scoresheet with scores typed in")
		}, []string{"ana-scoresheet.xlsx"}},
		{"scoresheet cut short", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "ana-scoresheet.xlsx"), "")
		}, []string{"ana-scoresheet.xlsx"}},
		{"a file added", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "scan-page-1.jpg"), "a scan")
		}, []string{"scan-page-1.jpg"}},
		{"a pipe in place of the packet", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "ana-packet.pdf")
			os.Remove(p)
			if err := mkfifo(p); err != nil {
				t.Skip(err)
			}
		}, []string{"ana-packet.pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := kitfolder.Kit(t.TempDir(), k, &fakeDocs{})
			if _, err := f.Write(false); err != nil {
				t.Fatal(err)
			}
			tt.touch(t, f.Dir)
			before := snapshot(t, f.Dir)
			w, err := f.WriteKeeping(true)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(w.Changed, tt.changed) {
				t.Errorf("Changed = %q; want %q", w.Changed, tt.changed)
			}
			siblings, _ := filepath.Glob(f.Dir + ".replaced-*")
			if len(tt.changed) == 0 {
				if w.Kept != "" || len(siblings) > 0 {
					t.Errorf("an untouched folder was kept at %q %v", w.Kept, siblings)
				}
				return
			}
			if len(siblings) != 1 || siblings[0] != w.Kept {
				t.Fatalf("kept %q; folders beside it %v", w.Kept, siblings)
			}
			if after := snapshot(t, w.Kept); !maps(before, after) {
				t.Errorf("the kept folder changed:\n%v\nwant\n%v", after, before)
			}
			if got := snapshot(t, f.Dir); len(got) != len(f.Files) {
				t.Errorf("the new folder holds %v", got)
			}
		})
	}
}

// snapshot maps each entry of dir to its bytes ("|pipe" for a pipe).
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			m[e.Name()] = "|" + e.Type().String()
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = string(b)
	}
	return m
}

func maps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
