package main

// This file writes a kit's folder. Its rules: a folder that exists is never
// touched without --force (a person may have written on its scoresheet);
// everything is written into a temporary folder beside the target and renamed
// into place, so a failed or interrupted run leaves no partial files.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// kitFile is one file of a kit folder and how to write it.
type kitFile struct {
	name  string
	write func(io.Writer) error
}

// errKitExists reports a kit folder that is already there.
var errKitExists = errors.New("kit folder exists")

// writeKitDir writes files into dir as one step. It returns the paths written.
func writeKitDir(dir string, files []kitFile, force bool) ([]string, error) {
	if _, err := os.Stat(dir); err == nil && !force {
		return nil, &hintedError{
			err:  fmt.Errorf("%w: %s; it may hold a filled-in scoresheet, so it is left as it is", errKitExists, dir),
			hint: "use --force to replace it, or another --out folder",
		}
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, ".interviewkit-tmp-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp) // a no-op once renamed into place
	var paths []string
	for _, f := range files {
		if err := writeFile(filepath.Join(tmp, f.name), f.write); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		paths = append(paths, filepath.Join(dir, f.name))
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	if force {
		if _, err := os.Stat(dir); err == nil {
			old := tmp + "-old"
			if err := os.Rename(dir, old); err != nil {
				return nil, err
			}
			if err := os.Rename(tmp, dir); err != nil {
				os.Rename(old, dir) // put the old kit back
				return nil, err
			}
			return paths, os.RemoveAll(old)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, err
	}
	return paths, nil
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// hintedError is a failure with a likely fix.
type hintedError struct {
	err  error
	hint string
}

func (e *hintedError) Error() string { return e.err.Error() }
func (e *hintedError) Unwrap() error { return e.err }
func (e *hintedError) Hint() string  { return e.hint }
