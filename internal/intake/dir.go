package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Dir returns the folder dir as an fs.FS, like os.DirFS, whose Open is
// the intake's: a regular file or a folder is opened without waiting and
// looked at again once open; anything else is refused with ErrNotRegular
// before anything can wait on it. Reading a file's bytes within a limit is
// ReadFS's.
func Dir(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (d dirFS) path(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return filepath.Join(string(d), filepath.FromSlash(name)), nil
}

// renamed puts name, the fs.FS's own name for a file, in a path error in
// place of the system's path, as os.DirFS does.
func renamed(err error, name string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: pe.Op, Path: name, Err: pe.Err}
	}
	return err
}

func (d dirFS) Open(name string) (fs.File, error) {
	p, err := d.path("open", name)
	if err != nil {
		return nil, err
	}
	f, _, err := open(p, true)
	if err != nil {
		return nil, renamed(err, name)
	}
	return f, nil
}

func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	p, err := d.path("stat", name)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(p)
	return info, renamed(err, name)
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, err := d.path("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(p)
	return entries, renamed(err, name)
}

// ErrTooMany is a folder tree with more entries than a walk's limit.
var ErrTooMany = errors.New("too many files")

// TooManyError is a walk stopped at its limit of Limit entries.
type TooManyError struct{ Limit int }

func (e *TooManyError) Error() string { return fmt.Sprintf("more than %d files and folders", e.Limit) }

// Is makes errors.Is(err, ErrTooMany) true.
func (e *TooManyError) Is(target error) bool { return target == ErrTooMany }

// WalkFS is fs.WalkDir stopped with a *TooManyError, wrapped in an
// *fs.PathError naming root, once it has visited limit entries: a folder
// of millions of files costs a bounded walk. Like fs.WalkDir it does not
// follow symbolic links to folders, so a link loop is never walked.
func WalkFS(fsys fs.FS, root string, limit int, fn fs.WalkDirFunc) error {
	n := 0
	return fs.WalkDir(fsys, root, counted(root, limit, &n, fn))
}

// Walk is WalkFS over the system's files, as filepath.WalkDir walks them.
func Walk(root string, limit int, fn fs.WalkDirFunc) error {
	n := 0
	return filepath.WalkDir(root, counted(root, limit, &n, fn))
}

func counted(root string, limit int, n *int, fn fs.WalkDirFunc) fs.WalkDirFunc {
	return func(p string, d fs.DirEntry, err error) error {
		if *n++; *n > limit {
			return &fs.PathError{Op: "walk", Path: root, Err: &TooManyError{Limit: limit}}
		}
		return fn(p, d, err)
	}
}
