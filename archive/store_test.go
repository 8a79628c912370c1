package archive

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenCreatesTheArchiveAndItsFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hr", "records", "archive.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := a.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q, %v; want wal", mode, err)
	}
	var fk, timeout int
	a.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	a.db.QueryRow("PRAGMA busy_timeout").Scan(&timeout)
	if fk != 1 || timeout < 1000 {
		t.Errorf("foreign_keys %d, busy_timeout %d", fk, timeout)
	}
	a.Close()
	a, err = OpenExisting(path) // and again: migrations are not re-run
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
}

func TestOpenRefusesWhatIsNotAnArchive(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte(strings.Repeat("not a database\n", 100)), 0o644)

	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec("CREATE TABLE invoices (id INTEGER)")
	db.Close()

	newer := filepath.Join(dir, "newer.db")
	a, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	a.db.Exec("PRAGMA user_version = 99")
	a.Close()

	tests := []struct {
		path string
		err  error
		want string
	}{
		{filepath.Join(dir, "missing.db"), ErrNoArchive, "no archive at"},
		{text, ErrNotArchive, "is not a SQLite database"},
		{other, ErrNotArchive, "SQLite database with other tables"},
		{newer, ErrNotArchive, "written by a newer interviewkit"},
	}
	for _, tt := range tests {
		_, err := OpenExisting(tt.path)
		if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v; want %v with %q", filepath.Base(tt.path), err, tt.err, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("OpenExisting created the missing archive")
	}
}
