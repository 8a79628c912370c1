package main

import (
	"fmt"
	"io"
	"os"
)

// readSmallFile reads at most limit bytes of a regular file: a plan or a
// manifest, which a person may point at anything. It looks before it
// opens, since opening a named pipe waits for a writer.
func readSmallFile(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}
