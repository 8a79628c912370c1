package archive

// The archive is one SQLite file, or a PostgreSQL database for a team
// (postgres.go). Its rules: every change happens in one transaction per
// scoresheet file, so a process killed at any moment leaves each kit either
// fully in or fully out; a transaction that loses a race with another
// collector is run again from the start. In SQLite the journal is a
// write-ahead log, so readers (export, report) never block a collect, and a
// second writer waits up to busyTimeout for the first instead of failing.
// The schema evolves by numbered migrations (schema.go), and an archive
// written by a newer interviewkit is refused rather than misread.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
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
	db   *db
	d    *dialect
	path string // as it may be printed: a URL's password redacted
	// now stamps collections and purges; tests replace it.
	now func() time.Time
}

// Open opens the archive at path, creating it (and its folder) when there
// is none, and brings its schema up to date. A postgres:// or
// postgresql:// URL opens a PostgreSQL archive instead (see OpenPostgres).
func Open(path string) (*Archive, error) {
	if IsURL(path) {
		return openPostgres(path, true)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return open(path)
}

// OpenExisting opens the archive at path; it is ErrNoArchive when there is
// none, so a mistyped --archive never creates an empty one.
func OpenExisting(path string) (*Archive, error) {
	if IsURL(path) {
		return openPostgres(path, false)
	}
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
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: a command does one thing at a time, and SQLite
	// serialises writers anyway.
	sdb.SetMaxOpenConns(1)
	a := &Archive{db: &db{sdb, sqliteDialect}, d: sqliteDialect, path: path, now: func() time.Time { return time.Now().UTC() }}
	err = a.walMode(context.Background())
	if err == nil {
		err = a.identify(context.Background())
	}
	if err == nil {
		err = a.migrate(context.Background())
	}
	if err != nil {
		sdb.Close()
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
		case !a.d.retryable(err) || time.Now().After(deadline):
			return err
		}
		time.Sleep(wait)
	}
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

// identify refuses a SQLite file that is not an archive: another
// application's database, or one with tables of its own. The mark and the
// schema are read in one statement, so one read: another interviewkit
// creating the same archive commits its mark and its tables together.
func (a *Archive) identify(ctx context.Context) error {
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
	return nil
}

// maxTries bounds how often a transaction that lost a race is run again.
const maxTries = 30

// inTx runs fn in a transaction, committing when it returns nil and rolling
// back otherwise. When the database says another transaction got in the
// way (a serialization failure, a deadlock, a unique key taken meanwhile),
// it waits a moment and runs fn again from the start, so fn must begin
// from nothing each time.
func (a *Archive) inTx(ctx context.Context, fn func(*tx) error) error {
	return a.inTxWith(ctx, a.d.txOptions, fn)
}

// inTxWith is inTx with the transaction's options.
func (a *Archive) inTxWith(ctx context.Context, opts *sql.TxOptions, fn func(*tx) error) error {
	var err error
	for try, wait := 1, 2*time.Millisecond; ; try, wait = try+1, min(2*wait, 250*time.Millisecond) {
		if err = a.tryTx(ctx, opts, fn); err == nil || !a.d.retryable(err) || try == maxTries {
			return err
		}
		select {
		case <-time.After(wait/2 + rand.N(wait)):
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		}
	}
}

// tryTx runs fn in one transaction.
func (a *Archive) tryTx(ctx context.Context, opts *sql.TxOptions, fn func(*tx) error) error {
	t, err := a.db.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	if err := fn(&tx{t, a.d}); err != nil {
		t.Rollback()
		return err
	}
	return t.Commit()
}

// Check runs the database's own integrity checks and the archive's
// invariants: every kit has a current version of each round and every
// version the scores it counts. It returns the problems found, none when
// all is well.
func (a *Archive) Check(ctx context.Context) ([]string, error) {
	var problems []string
	checks := append(slices.Clip(a.d.integrity), []query{
		{"kit without all its rounds", `SELECT k.kit_id FROM kits k
			WHERE k.rounds != (SELECT count(*) FROM versions v WHERE v.kit_id = k.kit_id AND v.replaced_at IS NULL)`},
		{"version without all its scores", `SELECT v.kit_id || ' round ' || v.round || ' version ' || v.version FROM versions v
			WHERE v.questions != (SELECT count(*) FROM scores s WHERE s.version_id = v.id)
			   OR v.scored != (SELECT count(*) FROM scores s WHERE s.version_id = v.id AND s.status = 'scored')
			   OR v.blank != (SELECT count(*) FROM scores s WHERE s.version_id = v.id AND s.status = 'blank')`},
	}...)
	for _, c := range checks {
		found, err := strings1(ctx, a.db, c.query)
		if err != nil {
			return nil, err
		}
		for _, s := range found {
			problems = append(problems, c.what+": "+s)
		}
	}
	return problems, nil
}
