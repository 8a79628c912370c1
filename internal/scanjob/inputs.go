package scanjob

// The files a scan reads: each opened when its turn comes, read through
// scan.Pages, and closed once every page of it has been read (results come
// back in input order, so the first result of the next file says so).

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/scan"
)

// scanExts are the files a folder given to scan is read for.
var scanExts = []string{".pdf", ".png", ".jpg", ".jpeg"}

// Inputs lists the files args name: a file as it is, a folder's scans
// (PDF, PNG and JPEG files directly in it, hidden ones left out), sorted.
// An argument that names nothing, or a folder without scans, is a Note.
func Inputs(args []string) (files []string, problems []Note) {
	seen := map[string]bool{}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			problems = append(problems, Note{File: arg, Reason: pathMessage(err)})
			continue
		}
		if !info.IsDir() {
			if p := filepath.Clean(arg); !seen[p] {
				seen[p] = true
				files = append(files, p)
			}
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			problems = append(problems, Note{File: arg, Reason: pathMessage(err)})
			continue
		}
		n := 0
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || strings.HasPrefix(name, ".") || !slices.Contains(scanExts, strings.ToLower(filepath.Ext(name))) {
				continue
			}
			if p := filepath.Join(arg, name); !seen[p] {
				seen[p] = true
				files = append(files, p)
				n++
			}
		}
		if n == 0 {
			problems = append(problems, Note{File: arg, Reason: "a folder without PDF, PNG or JPEG files"})
		}
	}
	return files, problems
}

// pathMessage is an os error without the path, which the note names.
func pathMessage(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	if os.IsNotExist(err) {
		return "no such file or folder"
	}
	return err.Error()
}

// inputs reads files one after another. The reader's goroutine opens
// them (pages) while the caller's closes them (reached, close): mu guards
// open and names.
type inputs struct {
	files []string
	lim   scan.Limits
	mu    sync.Mutex
	open  []*os.File // by file index; nil once closed
	names map[string]int
}

func newInputs(files []string, lim scan.Limits) *inputs {
	return &inputs{files: files, lim: lim, open: make([]*os.File, len(files)), names: map[string]int{}}
}

// pages yields every page of every file; a file that cannot be opened is
// one error.
func (in *inputs) pages(yield func(scan.Page, error) bool) {
	for i, path := range in.files {
		f, size, err := openScan(path)
		if err != nil {
			if !yield(scan.Page{File: path}, fmt.Errorf("%s: %s", path, err)) {
				return
			}
			continue
		}
		in.mu.Lock()
		in.open[i] = f
		in.names[path] = i
		in.mu.Unlock()
		for p, err := range scan.Pages(f, size, path, in.lim) {
			if !yield(p, err) {
				return
			}
		}
	}
}

// reached closes the files before the one page p comes from: every page
// of theirs has been read.
func (in *inputs) reached(p scan.Page) {
	in.mu.Lock()
	defer in.mu.Unlock()
	i, ok := in.names[p.File]
	if !ok {
		return
	}
	for j := range i {
		if in.open[j] != nil {
			in.open[j].Close()
			in.open[j] = nil
		}
	}
}

// close closes every file still open.
func (in *inputs) close() {
	in.mu.Lock()
	defer in.mu.Unlock()
	for i, f := range in.open {
		if f != nil {
			f.Close()
			in.open[i] = nil
		}
	}
}

// openScan opens a regular file to read and returns its size: a named
// pipe or a device is refused before it is opened (intake), a link to a
// scan is followed.
func openScan(path string) (*os.File, int64, error) {
	f, info, err := intake.OpenFile(path)
	if err != nil {
		return nil, 0, errors.New(pathMessage(err))
	}
	return f, info.Size(), nil
}
