//go:build !unix

package kitfolder_test

import "errors"

// mkfifo: this system has no named pipes in its file system.
func mkfifo(string) error { return errors.New("no named pipes on this system") }
