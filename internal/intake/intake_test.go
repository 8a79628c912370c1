package intake_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// within fails the test when f has not returned after a few seconds: the
// intake must never wait on what it reads.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("still waiting after 5 s: the intake blocked")
	}
}

func fifo(t *testing.T, path string) {
	t.Helper()
	if err := mkfifo(path); err != nil {
		t.Skip(err)
	}
}

func TestReadFileTakesOnlyRegularFilesWithinTheirLimit(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name  string
		path  func() string
		limit int64
		want  string // the bytes, when no error
		err   error
		msg   string // part of the error's text
	}{
		{"a small file", func() string { return write("a.txt", "hello") }, 10, "hello", nil, ""},
		{"exactly at the limit", func() string { return write("b.txt", "12345") }, 5, "12345", nil, ""},
		{"one byte past the limit", func() string { return write("c.txt", "123456") }, 5, "", intake.ErrTooLarge, "too large (limit 5 bytes)"},
		{"an empty file", func() string { return write("d.txt", "") }, 5, "", nil, ""},
		{"a folder", func() string { return dir }, 5, "", intake.ErrNotRegular, "not a regular file (a folder)"},
		{"a named pipe", func() string { p := filepath.Join(dir, "pipe"); fifo(t, p); return p }, 5, "", intake.ErrNotRegular, "(a named pipe)"},
		{"a device, which stat says is empty", func() string { return "/dev/zero" }, 5, "", intake.ErrNotRegular, "(a device)"},
		{"a link to a device", func() string {
			p := filepath.Join(dir, "zero.yaml")
			if err := os.Symlink("/dev/zero", p); err != nil {
				t.Skip(err)
			}
			return p
		}, 5, "", intake.ErrNotRegular, "(a device)"},
		{"a link to itself", func() string {
			p := filepath.Join(dir, "loop.yaml")
			if err := os.Symlink(p, p); err != nil {
				t.Skip(err)
			}
			return p
		}, 5, "", nil, "too many levels of symbolic links"},
		{"nothing there", func() string { return filepath.Join(dir, "missing") }, 5, "", fs.ErrNotExist, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if runtime.GOOS == "windows" && strings.Contains(tt.name, "device") {
				t.Skip("no /dev on Windows")
			}
			path := tt.path()
			var data []byte
			var err error
			within(t, func() { data, err = intake.ReadFile(path, tt.limit) })
			if tt.err == nil && tt.msg == "" {
				if err != nil || string(data) != tt.want {
					t.Fatalf("ReadFile = %q, %v; want %q", data, err, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("ReadFile = %q, nil; want an error", data)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("error %v is not %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should name %s and say %q", err, path, tt.msg)
			}
		})
	}
}

func TestOpenCountsWhileReadingAndNeverReturnsPastTheLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, bytes.Repeat([]byte("x"), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := intake.Open(p, 1000)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The file grows after it was opened: the size stat gave is no
	// promise, the count is.
	if err := os.WriteFile(p, bytes.Repeat([]byte("x"), 5000), 0o644); err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(f)
	if !errors.Is(err, intake.ErrTooLarge) || len(data) > 1000 {
		t.Fatalf("read %d bytes, %v; want at most 1000 and ErrTooLarge", len(data), err)
	}
}

func TestLimitReaderTellsATruncatedStreamFromAWholeOne(t *testing.T) {
	tests := []struct {
		in    string
		limit int64
		want  string
		err   error
	}{
		{"", 0, "", nil},
		{"a", 0, "", intake.ErrTooLarge},
		{"abc", 3, "abc", nil},
		{"abcd", 3, "abc", intake.ErrTooLarge},
		{strings.Repeat("z", 10000), 9999, strings.Repeat("z", 9999), intake.ErrTooLarge},
	}
	for _, tt := range tests {
		// One byte at a time, as a slow pipe gives them.
		got, err := io.ReadAll(intake.LimitReader(iotestOneByte(strings.NewReader(tt.in)), tt.limit))
		if !errors.Is(err, tt.err) || (err == nil && string(got) != tt.want) || len(got) > int(tt.limit) {
			t.Errorf("LimitReader(%d bytes, %d) = %d bytes, %v; want %q, %v", len(tt.in), tt.limit, len(got), err, tt.want, tt.err)
		}
	}
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func iotestOneByte(r io.Reader) io.Reader { return oneByte{r} }

func TestReadFSAppliesTheSameRuleToAnyFileSystem(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.yaml":   {Data: []byte("a: 1")},
		"big.yaml":  {Data: bytes.Repeat([]byte("a"), 11)},
		"pipe.yaml": {Mode: fs.ModeNamedPipe},
		"dev.yaml":  {Mode: fs.ModeDevice | fs.ModeCharDevice},
		"dir":       {Mode: fs.ModeDir},
	}
	tests := []struct {
		name string
		err  error
	}{
		{"ok.yaml", nil}, {"big.yaml", intake.ErrTooLarge}, {"pipe.yaml", intake.ErrNotRegular},
		{"dev.yaml", intake.ErrNotRegular}, {"dir", intake.ErrNotRegular}, {"none.yaml", fs.ErrNotExist},
	}
	for _, tt := range tests {
		_, err := intake.ReadFS(fsys, tt.name, 10)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ReadFS(%s) = %v; want %v", tt.name, err, tt.err)
		}
	}
}

func TestDirRefusesAPipeWithoutWaitingOnIt(t *testing.T) {
	dir := t.TempDir()
	fifo(t, filepath.Join(dir, "b.yaml"))
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys := intake.Dir(dir)
	within(t, func() {
		if _, err := fsys.Open("b.yaml"); !errors.Is(err, intake.ErrNotRegular) {
			t.Errorf("Open(pipe) = %v; want ErrNotRegular", err)
		}
		if _, err := intake.ReadFS(fsys, "b.yaml", 10); !errors.Is(err, intake.ErrNotRegular) {
			t.Errorf("ReadFS(pipe) = %v; want ErrNotRegular", err)
		}
		if data, err := intake.ReadFS(fsys, "a.yaml", 10); err != nil || string(data) != "x" {
			t.Errorf("ReadFS(a.yaml) = %q, %v", data, err)
		}
		if _, err := fsys.Open("../escape"); err == nil {
			t.Error("Open(../escape) succeeded; a name must stay inside the folder")
		}
		if err := fstest.TestFS(intake.Dir(t.TempDir())); err != nil {
			t.Errorf("an empty Dir is not a well-behaved fs.FS: %v", err)
		}
	})
}

func TestWalkStopsAtItsLimit(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		if err := os.WriteFile(filepath.Join(dir, strings.Repeat("f", i+1)), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A link back to the folder is not walked into.
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Skip(err)
	}
	visited := 0
	err := intake.Walk(dir, 100, func(string, fs.DirEntry, error) error { visited++; return nil })
	if err != nil || visited != 22 {
		t.Errorf("Walk with room = %d visited, %v; want 22 (the folder, 20 files, the link)", visited, err)
	}
	visited = 0
	err = intake.WalkFS(os.DirFS(dir), ".", 10, func(string, fs.DirEntry, error) error { visited++; return nil })
	if !errors.Is(err, intake.ErrTooMany) || visited != 10 {
		t.Errorf("WalkFS past its limit = %d visited, %v; want 10 and ErrTooMany", visited, err)
	}
}

func TestSizeReadsLikeAPersonWritesIt(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 1023: "1023 bytes", 1024: "1.0 KB", 1 << 20: "1.0 MB", 8 << 20: "8.0 MB", 3 << 30: "3.0 GB"} {
		if got := intake.Size(n); got != want {
			t.Errorf("Size(%d) = %q; want %q", n, got, want)
		}
	}
}
