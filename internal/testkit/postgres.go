package testkit

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// PostgresEnv names the environment variable that gives the PostgreSQL
// tests a server, e.g. postgres://postgres@127.0.0.1:55432/postgres. Its
// role must be able to create and drop schemas in that database.
const PostgresEnv = "INTERVIEWKIT_TEST_POSTGRES"

var (
	pgOnce sync.Once
	pgDB   *sql.DB
	pgErr  error
)

// PostgresServer returns the test server's URL. It skips the test with
// -short or when PostgresEnv is not set, saying so; under CI a missing
// server fails the test instead.
func PostgresServer(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("needs a PostgreSQL server; skipped with -short")
	}
	server := os.Getenv(PostgresEnv)
	if server == "" {
		if CI() {
			t.Fatalf("no PostgreSQL server, and CI must run every check: set %s (.ci/run starts one)", PostgresEnv)
		}
		t.Skipf("no PostgreSQL server: set %s=postgres://USER@HOST:PORT/DB to run this test", PostgresEnv)
	}
	return server
}

// Postgres returns the URL of a new, empty schema on the test server; the
// schema and everything in it are dropped when the test ends, so tests can
// run in parallel. It skips or fails as PostgresServer does.
func Postgres(t testing.TB) string {
	t.Helper()
	server := PostgresServer(t)
	pgConnect(t, server)
	var b [6]byte
	rand.Read(b[:])
	schema := "ik_test_" + hex.EncodeToString(b[:])
	if _, err := pgDB.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("PostgreSQL test server: %v", err)
	}
	t.Cleanup(func() {
		if _, err := pgDB.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("dropping the test schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(t, server, schema)
}

// WithSearchPath returns the server URL with its search_path set to schema.
func WithSearchPath(t testing.TB, server, schema string) string {
	t.Helper()
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// PostgresExec runs statements on the test server as its role, for tests
// that set up roles or look behind the archive.
func PostgresExec(t testing.TB, statements ...string) {
	t.Helper()
	pgConnect(t, PostgresServer(t))
	for _, s := range statements {
		if _, err := pgDB.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// pgConnect opens the one connection pool to the test server.
func pgConnect(t testing.TB, server string) {
	t.Helper()
	pgOnce.Do(func() {
		pgDB, pgErr = sql.Open("pgx", server)
		if pgErr == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			pgErr = pgDB.PingContext(ctx)
		}
	})
	if pgErr != nil {
		t.Fatalf("PostgreSQL test server (%s): %v", PostgresEnv, pgErr)
	}
}
