package archive

// The archive is one SQLite file. Its rules: every change happens in one
// transaction per scoresheet file, so a process killed at any moment leaves
// each kit either fully in or fully out; the journal is a write-ahead log,
// so readers (export, report) never block a collect; a second writer waits
// up to busyTimeout for the first instead of failing. The schema evolves by
// numbered migrations recorded in PRAGMA user_version, and a file written
// by a newer interviewkit is refused rather than misread.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// DefaultPath is where the archive lives unless a command says otherwise.
const DefaultPath = "out/archive.db"

// applicationID marks the file as an interviewkit archive ("IKAR"), so
// `file` and the archive itself can tell it from another SQLite database.
const applicationID = 0x494B4152

// busyTimeout is how long a writer waits for another one to finish.
const busyTimeout = 10 * time.Second

// Errors callers branch on.
var (
	// ErrNoArchive is an archive path where there is no file.
	ErrNoArchive = errors.New("no archive")
	// ErrNotArchive is a file that is not an interviewkit archive, or one
	// written by a newer version.
	ErrNotArchive = errors.New("not an interviewkit archive")
)

// Archive is an open archive database.
type Archive struct {
	db   *sql.DB
	path string
	// now stamps collections and purges; tests replace it.
	now func() time.Time
}

// migrations build the schema; migration i brings user_version from i to
// i+1. Never edit one that has shipped: append another.
var migrations = []string{
	// 1: kits, the versions of each round (the current one and the history
	// it replaced) and the scores of each version.
	`
CREATE TABLE kits (
	kit_id          TEXT PRIMARY KEY,
	candidate       TEXT NOT NULL,
	candidate_key   TEXT NOT NULL, -- candidate folded for search: lower case, no accents
	role            TEXT NOT NULL,
	level           TEXT NOT NULL,
	level_id        TEXT NOT NULL,
	interview_date  TEXT NOT NULL, -- YYYY-MM-DD
	seed            TEXT NOT NULL,
	bank_title      TEXT NOT NULL,
	bank_version    TEXT NOT NULL,
	tool_version    TEXT NOT NULL,
	format          INTEGER NOT NULL,
	retention       TEXT NOT NULL,
	rounds          INTEGER NOT NULL,
	first_collected TEXT NOT NULL  -- RFC 3339, UTC
) STRICT;
CREATE INDEX kits_date ON kits (interview_date);

CREATE TABLE versions (
	id             INTEGER PRIMARY KEY,
	kit_id         TEXT NOT NULL REFERENCES kits (kit_id) ON DELETE CASCADE,
	round          INTEGER NOT NULL, -- position in the kit, from 1
	version        INTEGER NOT NULL, -- 1 when first collected, then 2, 3...
	sheet          TEXT NOT NULL,
	title          TEXT NOT NULL,
	interviewer    TEXT NOT NULL,
	recommendation TEXT NOT NULL,    -- the interviewer's own call, or ''
	questions      INTEGER NOT NULL,
	scored         INTEGER NOT NULL,
	not_applicable INTEGER NOT NULL,
	blank          INTEGER NOT NULL,
	content_hash   TEXT NOT NULL,    -- SHA-256 of what was typed, not of the file
	source_file    TEXT NOT NULL,
	source_hash    TEXT NOT NULL,    -- SHA-256 of the file
	collected_at   TEXT NOT NULL,
	replaced_at    TEXT,             -- NULL while current; set when a correction replaced it
	UNIQUE (kit_id, round, version)
) STRICT;
CREATE UNIQUE INDEX versions_current ON versions (kit_id, round) WHERE replaced_at IS NULL;

CREATE TABLE scores (
	version_id  INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL, -- from 1, in packet order
	question_id TEXT NOT NULL,
	area        TEXT NOT NULL,
	area_id     TEXT NOT NULL,
	weight      REAL NOT NULL,
	status      TEXT NOT NULL CHECK (status IN ('scored', 'n/a', 'blank')),
	score       INTEGER CHECK (score BETWEEN 1 AND 4),
	notes       TEXT NOT NULL,
	cell        TEXT NOT NULL,    -- where the score was typed, e.g. H7
	PRIMARY KEY (version_id, position),
	CHECK ((status = 'scored') = (score IS NOT NULL))
) STRICT;
CREATE INDEX scores_question ON scores (question_id);

-- The history HR keeps: every version a correction replaced.
CREATE VIEW history AS SELECT * FROM versions WHERE replaced_at IS NOT NULL;
`,
}

// Open opens the archive at path, creating it (and its folder) when there
// is none, and brings its schema up to date.
func Open(path string) (*Archive, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return open(path)
}

// OpenExisting opens the archive at path; it is ErrNoArchive when there is
// none, so a mistyped --archive never creates an empty one.
func OpenExisting(path string) (*Archive, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s", ErrNoArchive, path)
	} else if err != nil {
		return nil, err
	}
	return open(path)
}

func open(path string) (*Archive, error) {
	// Recognise the file before SQLite opens it for writing, which would
	// change another application's database before refusing it.
	if err := recognise(path); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	// A file: URI, so a path with ? or # in it stays a path. Each
	// connection gets the pragmas; synchronous=NORMAL in WAL mode loses at
	// most the last commits on power loss, never consistency.
	q := url.Values{}
	for _, p := range []string{
		fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()),
		"synchronous(NORMAL)",
		"foreign_keys(1)",
		"secure_delete(1)", // deleted records are overwritten, not just unlinked
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate") // writers queue at BEGIN, never deadlock on upgrade
	dsn := "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: a command does one thing at a time, and SQLite
	// serialises writers anyway.
	db.SetMaxOpenConns(1)
	a := &Archive{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	err = a.walMode(context.Background())
	if err == nil {
		err = a.migrate(context.Background())
	}
	if err != nil {
		db.Close()
		if isNotADatabase(err) {
			return nil, fmt.Errorf("%w: %s is not a SQLite database", ErrNotArchive, path)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// walMode switches the file to write-ahead logging, which stays set in the
// file. The switch needs the file to itself, and SQLite reports a busy file
// at once rather than waiting when another process is creating the same
// archive, so it waits here, up to busyTimeout.
func (a *Archive) walMode(ctx context.Context) error {
	deadline := time.Now().Add(busyTimeout)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		var mode string
		err := a.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode)
		switch {
		case err == nil && strings.EqualFold(mode, "wal"):
			return nil
		case err == nil:
			return fmt.Errorf("cannot use write-ahead logging (journal mode %s)", mode)
		case !isBusy(err) || time.Now().After(deadline):
			return err
		}
		time.Sleep(wait)
	}
}

// isBusy reports SQLITE_BUSY, another connection holding the lock.
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// isNotADatabase reports SQLite's SQLITE_NOTADB, which the driver reports
// only as text.
func isNotADatabase(err error) bool {
	return err != nil && strings.Contains(err.Error(), "file is not a database")
}

// Close closes the database.
func (a *Archive) Close() error { return a.db.Close() }

// Path is the archive's file.
func (a *Archive) Path() string { return a.path }

// migrate applies the migrations the file has not seen, each in its own
// transaction.
func (a *Archive) migrate(ctx context.Context) error {
	// One statement, so one read: another interviewkit creating the same
	// archive commits its mark and its tables together.
	var version, appID, tables int
	err := a.db.QueryRowContext(ctx, `SELECT v.user_version, a.application_id, (SELECT count(*) FROM sqlite_schema)
		FROM pragma_user_version AS v, pragma_application_id AS a`).Scan(&version, &appID, &tables)
	if err != nil {
		return err
	}
	if appID != 0 && appID != applicationID {
		return fmt.Errorf("%w: it is another application's SQLite database", ErrNotArchive)
	}
	if appID == 0 && version != 0 {
		return fmt.Errorf("%w: it is another application's SQLite database", ErrNotArchive)
	}
	if appID == 0 && tables > 0 {
		return fmt.Errorf("%w: it is a SQLite database with other tables", ErrNotArchive)
	}
	if version > len(migrations) {
		return fmt.Errorf("%w: it was written by a newer interviewkit (schema %d; this one knows up to %d); upgrade interviewkit",
			ErrNotArchive, version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		err := a.inTx(ctx, func(tx *sql.Tx) error {
			// Another process may have migrated since the check above;
			// the transaction holds the write lock, so look again.
			var now int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil || now > v {
				return err
			}
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
			// PRAGMA takes no parameters; both values are ours.
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d; PRAGMA application_id = %d", v+1, applicationID))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// inTx runs fn in a transaction, committing when it returns nil and rolling
// back otherwise.
func (a *Archive) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Check runs SQLite's integrity check and the archive's own invariants:
// every kit has a current version of each round and every version the
// scores it counts. It returns the problems found, none when all is well.
func (a *Archive) Check(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := a.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return nil, err
		}
		if s != "ok" {
			problems = append(problems, "integrity: "+s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	checks := []struct{ what, query string }{
		{"foreign key", `SELECT 'table ' || "table" || ' row ' || rowid FROM pragma_foreign_key_check`},
		{"kit without all its rounds", `SELECT k.kit_id FROM kits k
			WHERE k.rounds != (SELECT count(*) FROM versions v WHERE v.kit_id = k.kit_id AND v.replaced_at IS NULL)`},
		{"version without all its scores", `SELECT v.kit_id || ' round ' || v.round || ' version ' || v.version FROM versions v
			WHERE v.questions != (SELECT count(*) FROM scores s WHERE s.version_id = v.id)
			   OR v.scored != (SELECT count(*) FROM scores s WHERE s.version_id = v.id AND s.status = 'scored')
			   OR v.blank != (SELECT count(*) FROM scores s WHERE s.version_id = v.id AND s.status = 'blank')`},
	}
	for _, c := range checks {
		rows, err := a.db.QueryContext(ctx, c.query)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, err
			}
			problems = append(problems, c.what+": "+s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return problems, nil
}
