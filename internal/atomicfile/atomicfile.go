// Package atomicfile writes a file, or a folder of files, as one step:
// everything goes into a temporary file or folder beside the target, is
// synced, and is renamed into place once complete. A failed or interrupted
// run leaves the target as it was and nothing half-written beside it, and
// a reader never sees half a file. Without force, a target that exists is
// never touched, since a person may have written in it.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// ErrExists marks a target that exists and was left as it is.
var ErrExists = errors.New("exists")

// tempPrefix starts the name of every temporary file and folder, so a
// person who finds one after a crash knows where it came from.
const tempPrefix = ".interviewkit-tmp-"

// ErrNotFile marks a target that is there and is not a file (a device, a
// named pipe, a folder): force replaces files only, never those.
var ErrNotFile = errors.New("not a file; only a file is replaced")

// Write writes the file at path with write. Without force, a file already
// at path is an error wrapping ErrExists, also when it appears while write
// runs. With force, what is at path is replaced only if it is a file (or a
// link, which is replaced, not followed): renaming over /dev/null would
// put a file where the device was.
func Write(path string, force bool, write func(io.Writer) error) error {
	if err := replaceable(path); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := fill(tmp, write); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if !force {
		// Link fails if path exists, even one made meanwhile; rename
		// would replace it.
		err := os.Link(tmp.Name(), path)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		if err == nil {
			return nil
		}
		// No hard links on this file system: check, then rename.
		if _, serr := os.Lstat(path); serr == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	if err := replaceable(path); err != nil {
		return err // looked at again: it may have appeared meanwhile
	}
	return os.Rename(tmp.Name(), path)
}

// replaceable refuses a path that holds something other than a file or a
// link.
func replaceable(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode().IsRegular() || info.Mode()&fs.ModeSymlink != 0 {
		return nil
	}
	return fmt.Errorf("%s: %w", path, ErrNotFile)
}

// fill writes f through a buffer, syncs and closes it.
func fill(f *os.File, write func(io.Writer) error) error {
	bw := bufio.NewWriter(f)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// File is one file of a folder: its name in the folder and how to write it.
// WriteDir calls the Write functions of a folder's files at once, each in
// its own goroutine.
type File struct {
	Name  string
	Write func(io.Writer) error
}

// WriteDir writes the folder dir holding files, as one step: into a
// temporary folder beside dir, renamed into place. Without force, a folder
// already at dir is an error wrapping ErrExists; with force, it is replaced
// only once the new folder is complete, and put back if the swap fails. A
// file that fails to write is named in the error.
func WriteDir(dir string, files []File, force bool) error {
	return writeDir(dir, files, force, "")
}

// WriteDirKeeping is WriteDir with force, keeping the folder it replaces:
// a folder already at dir is moved to keep, which must not exist, once
// the new one is complete, instead of being removed.
func WriteDirKeeping(dir string, files []File, keep string) error {
	return writeDir(dir, files, true, keep)
}

func writeDir(dir string, files []File, force bool, keep string) error {
	if _, err := os.Lstat(dir); err == nil && !force {
		return fmt.Errorf("%s: %w", dir, ErrExists)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, tempPrefix)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // a no-op once renamed into place
	// The files are written, and synced, at once: waiting for each sync in
	// turn made a loop's eight files wait eight times for the disk.
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() { errs[i] = writeNew(filepath.Join(tmp, f.Name), f.Write) })
	}
	wg.Wait()
	for i, f := range files {
		if errs[i] != nil {
			return fmt.Errorf("%s: %w", f.Name, errs[i])
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return swap(tmp, dir, force, keep)
}

// writeNew creates the file at path, which must not exist, and fills it.
func writeNew(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	return fill(f, write)
}

// swap renames the complete folder tmp to dir. With force, a folder at dir
// is moved aside first and, once tmp is in place, moved to keep, or
// removed when keep is ""; it is put back if tmp cannot take its place.
// Without force, a folder that appears at dir meanwhile is ErrExists.
func swap(tmp, dir string, force bool, keep string) error {
	if _, err := os.Lstat(dir); err == nil {
		if !force {
			return fmt.Errorf("%s: %w", dir, ErrExists)
		}
		old := tmp + "-old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
		if err := os.Rename(tmp, dir); err != nil {
			if rerr := os.Rename(old, dir); rerr != nil {
				return fmt.Errorf("%w; the old folder is at %s", err, old)
			}
			return err
		}
		if keep != "" {
			if err := os.Rename(old, keep); err != nil {
				return fmt.Errorf("keeping the replaced folder: %w; it is at %s", err, old)
			}
			return nil
		}
		return os.RemoveAll(old)
	}
	err := os.Rename(tmp, dir)
	if err != nil && !force {
		// Another run put a folder there since the look above: renaming
		// onto a folder that is not empty fails, and it is theirs.
		if _, serr := os.Lstat(dir); serr == nil {
			return fmt.Errorf("%s: %w", dir, ErrExists)
		}
	}
	return err
}
