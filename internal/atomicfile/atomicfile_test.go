package atomicfile_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/atomicfile"
)

var errBoom = errors.New("boom")

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// failing writes part of a file, then fails, as a renderer that breaks
// halfway does.
func failing(w io.Writer) error {
	io.WriteString(w, "half a file")
	return errBoom
}

// listing is every name under dir, hidden ones included, so a left-over
// temporary file shows.
func listing(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != dir {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, rel)
		}
		return nil
	})
	return names
}

func TestWrite(t *testing.T) {
	tests := []struct {
		name     string
		existing string // "" for none
		force    bool
		write    func(io.Writer) error
		wantErr  error
		want     string // the file's content afterwards; "" for no file
	}{
		{"a new file", "", false, text("new"), nil, "new"},
		{"a new file in a new folder", "", false, text("new"), nil, "new"},
		{"an existing file stays without force", "filled in", false, text("new"), atomicfile.ErrExists, "filled in"},
		{"force replaces an existing file", "filled in", true, text("new"), nil, "new"},
		{"a failed write leaves no file", "", false, failing, errBoom, ""},
		{"a failed forced write leaves the old file", "filled in", true, failing, errBoom, "filled in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			path := filepath.Join(root, "scores.csv")
			if strings.Contains(tt.name, "new folder") {
				path = filepath.Join(root, "a", "b", "scores.csv")
			}
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := atomicfile.Write(path, tt.force, tt.write)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Fatalf("Write: %v, want %v", err, tt.wantErr)
			}
			got, rerr := os.ReadFile(path)
			if tt.want == "" {
				if rerr == nil {
					t.Errorf("a file was left: %q", got)
				}
			} else if string(got) != tt.want {
				t.Errorf("file holds %q, want %q", got, tt.want)
			}
			for _, name := range listing(t, root) {
				if strings.Contains(name, ".interviewkit-tmp-") {
					t.Errorf("temporary file left behind: %s", name)
				}
			}
			if info, err := os.Stat(path); err == nil && tt.want == "new" && info.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want 0644", info.Mode().Perm())
			}
		})
	}
}

func TestWriteDir(t *testing.T) {
	files := []atomicfile.File{{Name: "packet.pdf", Write: text("pdf")}, {Name: "scores.xlsx", Write: text("xlsx")}}
	broken := []atomicfile.File{files[0], {Name: "scores.xlsx", Write: failing}}
	twiceBroken := []atomicfile.File{files[0], {Name: "scores.xlsx", Write: failing}, {Name: "zz.json", Write: failing}}
	tests := []struct {
		name     string
		existing bool // a folder with a filled-in scores.xlsx is there
		force    bool
		files    []atomicfile.File
		wantErr  error
		want     []string // the folder's listing afterwards
	}{
		{"a new folder", false, false, files, nil, []string{"packet.pdf", "scores.xlsx"}},
		{"an existing folder stays without force", true, false, files, atomicfile.ErrExists, []string{"scores.xlsx"}},
		{"force replaces an existing folder whole", true, true, files, nil, []string{"packet.pdf", "scores.xlsx"}},
		{"a failed file leaves no folder", false, false, broken, errBoom, nil},
		{"a failed forced write leaves the old folder", true, true, broken, errBoom, []string{"scores.xlsx"}},
		{"of two failed files, the first is named", false, false, twiceBroken, errBoom, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "out", "ana-2026-03-14-K7QF-3M2A")
			if tt.existing {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "scores.xlsx"), []byte("filled in"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := atomicfile.WriteDir(dir, tt.files, tt.force)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Fatalf("WriteDir: %v, want %v", err, tt.wantErr)
			}
			if errors.Is(err, errBoom) && !strings.Contains(err.Error(), "scores.xlsx") {
				t.Errorf("error %q does not name the file that failed", err)
			}
			if got := listing(t, dir); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("folder holds %v, want %v", got, tt.want)
			}
			if tt.existing && !tt.force || errors.Is(err, errBoom) && tt.existing {
				if got, _ := os.ReadFile(filepath.Join(dir, "scores.xlsx")); string(got) != "filled in" {
					t.Errorf("the filled-in scoresheet now holds %q", got)
				}
			}
			if got := listing(t, filepath.Dir(dir)); len(got) > 0 && !tt.existing && tt.want == nil {
				t.Errorf("left behind: %v", got)
			}
			for _, name := range listing(t, root) {
				if strings.Contains(name, ".interviewkit-tmp-") {
					t.Errorf("temporary folder left behind: %s", name)
				}
			}
		})
	}
}

// TestWriteWithForceReplacesOnlyAFile: --force replaces a file, never a
// device, a named pipe or a folder that happens to be where the file goes.
func TestWriteWithForceReplacesOnlyAFile(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.csv")
	if err := mkfifo(pipe); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	folder := filepath.Join(dir, "folder.csv")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{pipe, folder} {
		if err := atomicfile.Write(p, true, text("data")); !errors.Is(err, atomicfile.ErrNotFile) {
			t.Errorf("Write(%s, force) = %v; want ErrNotFile", filepath.Base(p), err)
		}
	}
	if info, err := os.Lstat(pipe); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", info, err)
	}
	file := filepath.Join(dir, "file.csv")
	for _, s := range []string{"old", "new"} {
		if err := atomicfile.Write(file, true, text(s)); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(file); string(b) != "new" {
		t.Errorf("the file holds %q", b)
	}
	if got := listing(t, dir); len(got) != 3 {
		t.Errorf("left beside them: %v", got)
	}
}
