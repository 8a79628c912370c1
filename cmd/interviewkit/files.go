package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// readSmallFile reads a plan or a manifest, which a person may point at
// anything, through the intake: a regular file of at most limit bytes,
// counted while reading. A file the intake refuses is an error saying
// what it is ("big.json is too large (limit 1.0 MB)") with hint; a
// missing one is fs.ErrNotExist, for the caller's usage error.
func readSmallFile(path string, limit int64, hint string) ([]byte, error) {
	data, err := intake.ReadFile(path, limit)
	if errors.Is(err, intake.ErrTooLarge) || errors.Is(err, intake.ErrNotRegular) || errors.Is(err, intake.ErrChanged) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &hintedError{err: fmt.Errorf("%s is %w", path, err), hint: hint}
	}
	return data, err
}
