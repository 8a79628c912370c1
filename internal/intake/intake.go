package intake

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Errors for errors.Is.
var (
	// ErrNotRegular is a path that names something other than a regular
	// file: a folder, a named pipe, a device, a socket.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge is a file past its limit, counted while reading.
	ErrTooLarge = errors.New("too large")
	// ErrChanged is a file replaced by another between looking at it and
	// opening it.
	ErrChanged = errors.New("the file changed while it was opened")
)

// NotRegularError is a path that is not a regular file; Kind says what it
// is ("a named pipe", "a device", "a folder").
type NotRegularError struct{ Kind string }

func (e *NotRegularError) Error() string { return "not a regular file (" + e.Kind + ")" }

// Is makes errors.Is(err, ErrNotRegular) true.
func (e *NotRegularError) Is(target error) bool { return target == ErrNotRegular }

// TooLargeError is a file past its limit of Limit bytes.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string { return "too large (limit " + Size(e.Limit) + ")" }

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// kind names what a mode is, for NotRegularError.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a plain file"
}

// Regular returns nil when info is a regular file's, and a
// *NotRegularError saying what it is otherwise.
func Regular(info fs.FileInfo) error {
	if info.Mode().IsRegular() {
		return nil
	}
	return &NotRegularError{Kind: kind(info.Mode())}
}

// File is a regular file opened by Open: reading it gives at most its
// limit, then fails with ErrTooLarge.
type File struct {
	f    *os.File
	r    io.Reader
	info fs.FileInfo
}

// Open opens the regular file at path for reading at most limit bytes. It
// looks before opening, opens without waiting, and looks again on the
// handle. Errors are *fs.PathError naming path, wrapping ErrNotRegular,
// ErrChanged or the system's error.
func Open(path string, limit int64) (*File, error) {
	f, info, err := open(path, false)
	if err != nil {
		return nil, err
	}
	if info.Size() > limit {
		// Known too large before reading; reading would say the same.
		f.Close()
		return nil, &fs.PathError{Op: "read", Path: path, Err: &TooLargeError{Limit: limit}}
	}
	return &File{f: f, r: LimitReader(f, limit), info: info}, nil
}

// OpenFile opens the regular file at path as Open does (looked at before
// opening and again on the handle), for a reader that needs the file
// itself, to read at offsets, and checks its size on its own. Errors are
// *fs.PathError naming path.
func OpenFile(path string) (*os.File, fs.FileInfo, error) { return open(path, false) }

// open opens path for reading: a regular file, or a folder when dir is
// true; anything else is refused before it is opened, and again on the
// handle.
func open(path string, dir bool) (*os.File, fs.FileInfo, error) {
	ok := func(info fs.FileInfo) error {
		if dir && info.IsDir() {
			return nil
		}
		return Regular(info)
	}
	before, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if err := ok(before); err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, nil, err
	}
	after, err := f.Stat()
	if err == nil {
		err = ok(after)
	}
	if err == nil && !os.SameFile(before, after) {
		err = ErrChanged
	}
	if err != nil {
		f.Close()
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return f, after, nil
}

// Read reads from the file; past its limit it fails with ErrTooLarge.
func (f *File) Read(p []byte) (int, error) { return f.r.Read(p) }

// Stat is the opened file's information, as the handle gave it.
func (f *File) Stat() (fs.FileInfo, error) { return f.info, nil }

// Close closes the file.
func (f *File) Close() error { return f.f.Close() }

// ReadFile reads the whole regular file at path, at most limit bytes, as
// Open reads it.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := Open(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := readAll(f, f.info.Size(), limit)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return data, nil
}

// ReadFS reads the whole regular file name of fsys, at most limit bytes,
// by the same rule: looked at before it is opened and again once open,
// counted while read. Errors are *fs.PathError naming name.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := Regular(info); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := Regular(info); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	data, err := readAll(LimitReader(f, limit), info.Size(), limit)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return data, nil
}

// readAll reads r to its end. size is what stat said, a hint for the
// buffer only: it is never trusted beyond limit.
func readAll(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	buf := make([]byte, 0, max(size, 0)+1)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

// LimitReader reads r up to limit bytes; asked for more while r has more,
// it fails with a *TooLargeError. Unlike io.LimitReader it never takes a
// truncated file for a whole one.
func LimitReader(r io.Reader, limit int64) io.Reader {
	return &limitReader{r: r, left: limit, limit: limit}
}

type limitReader struct {
	r           io.Reader
	left, limit int64
	err         error
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if l.left <= 0 {
		// At the limit: one more byte says whether the file goes on.
		var one [1]byte
		n, err := io.ReadFull(l.r, one[:])
		if n > 0 {
			l.err = &TooLargeError{Limit: l.limit}
			return 0, l.err
		}
		if err == io.ErrUnexpectedEOF {
			err = io.EOF
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// Size prints n bytes for a person, in units of 1,024 as file managers
// count them: "512 bytes", "8.0 MB", "4.0 GB". Every message about a size
// says it this way.
func Size(n int64) string {
	const unit = 1 << 10
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	f, suffix := float64(n)/unit, "KB"
	for _, s := range []string{"MB", "GB", "TB", "PB", "EB"} {
		if f < unit {
			break
		}
		f, suffix = f/unit, s
	}
	return fmt.Sprintf("%.1f %s", f, suffix)
}
