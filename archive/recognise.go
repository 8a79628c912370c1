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
	"time"

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
	// No mark in the header: a bare SQLite file, or an archive another
	// interviewkit is creating right now (its mark is still in the
	// write-ahead log, and may reach the file at any moment). The mark and
	// the schema are read again together, in one read of the file.
	var mark schemaMark
	for try := 0; ; try++ {
		if mark, err = readMark(path); err == nil || try == 3 {
			break
		}
		time.Sleep(50 * time.Millisecond) // a page being written as it was read
	}
	switch {
	case err != nil:
		return fmt.Errorf("%w: %s cannot be read as a SQLite database (%v)", ErrNotArchive, path, err)
	case mark.appID == applicationID:
		return nil
	case mark.appID != 0 || mark.userVersion != 0 || mark.tables > 0:
		return fmt.Errorf("%w: %s is a SQLite database with other tables", ErrNotArchive, path)
	}
	return nil
}

// schemaMark is what a database file says of itself: its application id
// and user version, and how many entries its schema has.
type schemaMark struct {
	appID, userVersion uint32
	tables             int
}

// readMark reads a database's mark and counts its schema's entries in one
// statement, without writing anything: read-only and immutable, so SQLite
// takes no lock and makes no journal beside the file.
func readMark(path string) (schemaMark, error) {
	var m schemaMark
	abs, err := filepath.Abs(path)
	if err != nil {
		return m, err
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("immutable", "1")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return m, err
	}
	defer db.Close()
	err = db.QueryRowContext(context.Background(), `SELECT a.application_id, v.user_version, (SELECT count(*) FROM sqlite_schema)
		FROM pragma_application_id AS a, pragma_user_version AS v`).Scan(&m.appID, &m.userVersion, &m.tables)
	return m, err
}
