package archive

// Recognising a file before anything opens it as a database. Opening a
// database for writing changes it (switching it to write-ahead logging
// rewrites its header; a checkpoint moves pages), so a file that is not
// an interviewkit archive is recognised from its bytes, read through the
// intake, and refused before SQLite opens it for writing: another
// application's database given by mistake to --archive keeps every byte.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path/filepath"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// recognise says whether the file at path may be opened as an archive: a
// file that is not there yet, an empty file, an interviewkit archive, or
// an empty SQLite database. Anything else is an error wrapping
// ErrNotArchive that says what the file is; nothing is written to it.
func recognise(path string) error {
	f, err := intake.Open(path, 1<<62)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) && errors.Is(err, intake.ErrNotRegular) {
			return fmt.Errorf("%w: %s is %v", ErrNotArchive, path, pe.Err)
		}
		return err
	}
	defer f.Close()
	var head [100]byte
	n, err := io.ReadFull(f, head[:])
	switch {
	case n == 0:
		return nil // an empty file: SQLite makes a new database of it
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: %w", path, err)
	case n < len(head) || !bytes.HasPrefix(head[:], sqliteMagic):
		return fmt.Errorf("%w: %s is not a SQLite database", ErrNotArchive, path)
	}
	userVersion := binary.BigEndian.Uint32(head[60:64])
	appID := binary.BigEndian.Uint32(head[68:72])
	switch {
	case appID == applicationID:
		return nil
	case appID != 0:
		return fmt.Errorf("%w: %s is another application's SQLite database (application id %#x)", ErrNotArchive, path, appID)
	case userVersion != 0:
		return fmt.Errorf("%w: %s is another application's SQLite database (schema version %d, no interviewkit mark)", ErrNotArchive, path, userVersion)
	}
	tables, err := schemaSize(path)
	if err != nil {
		return fmt.Errorf("%w: %s cannot be read as a SQLite database (%v)", ErrNotArchive, path, err)
	}
	if tables > 0 {
		return fmt.Errorf("%w: %s is a SQLite database with other tables", ErrNotArchive, path)
	}
	return nil
}

// schemaSize counts the entries of a database's schema without writing
// anything: read-only and immutable, so SQLite takes no lock and makes no
// journal beside the file.
func schemaSize(path string) (int, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, err
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("immutable", "1")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(context.Background(), "SELECT count(*) FROM sqlite_schema").Scan(&n)
	return n, err
}
