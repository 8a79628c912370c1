package scanjob

// Finding a kit's folder by its kit ID, and reading what the scan needs
// from it: the layout sidecar and the scoresheet. Folders are found by
// name (kitfolder.DirName ends in the kit ID) under the --kits folder, a
// few levels deep; each is read once, when a page first names its kit.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// ErrNoFolder is a kit ID with no kit folder under the folder searched.
var ErrNoFolder = errors.New("no kit folder")

// maxDepth is how deep under the kits folder kit folders are looked for:
// out/<kit folder>, or a level or two of folders of one's own above it.
const maxDepth = 3

// Kits finds kit folders under a root and reads them once each.
type Kits struct {
	root    string
	folders map[string][]string // kit ID -> folders named for it

	mu     sync.Mutex
	loaded map[string]*Folder
}

// Folder is one kit's folder as the scan reads it.
type Folder struct {
	KitID  string
	Dir    string
	Layout *form.Kit
	Err    error // the folder is missing or cannot be read; the rest is nil

	lookup func(form.Code) (*form.Page, error)
}

// FindKits lists the kit folders under root: folders whose name ends in a
// kit ID and that hold a layout sidecar. Hidden folders are skipped.
func FindKits(root string) (*Kits, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", root)
	}
	k := &Kits{root: root, folders: map[string][]string{}, loaded: map[string]*Folder{}}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil // an unreadable corner is skipped, not fatal
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if depth(root, p) > maxDepth {
			return filepath.SkipDir
		}
		name := d.Name()
		if len(name) >= 9 && kit.ValidID(name[len(name)-9:]) {
			if _, err := os.Lstat(filepath.Join(p, kitfolder.LayoutName)); err == nil {
				id := name[len(name)-9:]
				k.folders[id] = append(k.folders[id], p)
			}
			return filepath.SkipDir
		}
		return nil
	})
	return k, err
}

func depth(root, p string) int {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return 0
	}
	return strings.Count(rel, string(filepath.Separator)) + 1
}

// Root is the folder searched.
func (k *Kits) Root() string { return k.root }

// Folder returns kit id's folder, read on first use.
func (k *Kits) Folder(id string) *Folder {
	k.mu.Lock()
	defer k.mu.Unlock()
	if f, ok := k.loaded[id]; ok {
		return f
	}
	f := &Folder{KitID: id}
	switch dirs := k.folders[id]; len(dirs) {
	case 0:
		f.Err = fmt.Errorf("%w for kit %s under %s", ErrNoFolder, id, k.root)
	case 1:
		f.Dir = dirs[0]
		f.Layout, f.Err = readLayout(dirs[0], id)
	default:
		slices.Sort(dirs)
		f.Err = fmt.Errorf("kit %s has %d folders under %s (%s); keep one", id, len(dirs), k.root, strings.Join(dirs, ", "))
	}
	if f.Layout != nil {
		f.lookup = form.Lookup(f.Layout.Documents()...)
	}
	k.loaded[id] = f
	return f
}

// Lookup finds the layout of the page a code names: the scanner's Lookup.
func (k *Kits) Lookup(c form.Code) (*form.Page, error) {
	f := k.Folder(c.KitID)
	if f.Err != nil {
		return nil, f.Err
	}
	return f.lookup(c)
}

// readLayout reads a folder's layout sidecar, which must be kit id's.
func readLayout(dir, id string) (*form.Kit, error) {
	path := filepath.Join(dir, kitfolder.LayoutName)
	b, err := readFile(path, form.MaxFileBytes)
	if err != nil {
		return nil, err
	}
	l, err := form.DecodeKit(bytes.NewReader(b), path)
	if err != nil {
		return nil, err
	}
	if l.KitID != id {
		return nil, fmt.Errorf("%s holds the layout of kit %s, not of kit %s its folder is named for; it was copied from another kit's folder",
			path, l.KitID, id)
	}
	return l, nil
}

// Scoresheet reads the folder's scoresheet, which must be its kit's, and
// returns it with its bytes.
func (f *Folder) Scoresheet() (*scoresheet.Completed, []byte, error) {
	path := filepath.Join(f.Dir, f.Layout.Scoresheet)
	b, err := readFile(path, scoresheet.MaxSize)
	if err != nil {
		return nil, nil, err
	}
	s, err := scoresheet.Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	switch {
	case s.KitID != f.KitID:
		return nil, nil, fmt.Errorf("%s is the scoresheet of kit %s, not of kit %s", path, s.KitID, f.KitID)
	case len(s.Rounds) != len(f.Layout.Packets):
		return nil, nil, fmt.Errorf("%s has %d rounds, the kit's packets %d", path, len(s.Rounds), len(f.Layout.Packets))
	}
	return s, b, nil
}

// readFile reads a regular file of at most limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	b, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	return b, nil
}
