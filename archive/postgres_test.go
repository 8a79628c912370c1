package archive

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
)

// secret is the password of the tests that check it is never printed.
const secret = "S3cret-Hunter2"

func TestPostgresOpenRefusesWhatIsNotAnArchive(t *testing.T) {
	server := testkit.PostgresServer(t)
	empty := testkit.Postgres(t)
	other := testkit.Postgres(t)
	foreign := testkit.Postgres(t)
	newer := testkit.Postgres(t)
	schema := func(u string) string {
		p, _ := url.Parse(u)
		return p.Query().Get("search_path")
	}
	testkit.PostgresExec(t,
		"CREATE TABLE "+schema(other)+".invoices (id bigint)",
		"CREATE TABLE "+schema(foreign)+".schema_version (version bigint, description text)")
	a, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	a.db.Exec("INSERT INTO schema_version VALUES (99, '', 'interviewkit 9')")
	a.Close()

	tests := []struct {
		name, archive string
		err           error
		want          string
	}{
		{"empty schema", empty, ErrNoArchive, "no archive at postgres://"},
		{"other tables", other, ErrNotArchive, "holds other tables"},
		{"another tool's schema_version", foreign, ErrNotArchive, "another tool's schema_version"},
		{"newer", newer, ErrNotArchive, fmt.Sprintf("written by a newer interviewkit (schema 99; this one knows up to %d)", len(migrations))},
		{"no such schema", testkit.WithSearchPath(t, server, "ik_no_such_schema"), nil, "search_path names none that exists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := OpenExisting(tt.archive)
			if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%v; want %v with %q", err, tt.err, tt.want)
			}
		})
	}
	for _, tt := range tests[1:4] {
		if _, err := Open(tt.archive); !errors.Is(err, tt.err) {
			t.Errorf("Open %s: %v; want %v", tt.name, err, tt.err)
		}
	}
}

// TestPostgresNeverPrintsThePassword opens archives that fail in every way
// a URL can, its password in the URL, in a password= parameter and in
// PGPASSWORD: neither the error nor the archive's name shows it.
func TestPostgresNeverPrintsThePassword(t *testing.T) {
	t.Setenv("PGCONNECT_TIMEOUT", "5")
	tests := []struct {
		name, archive, env string
		want               string // in the error: the setting reached the driver
	}{
		{"refused, password in the URL", "postgres://hr:" + secret + "@127.0.0.1:1/interviews", "", "127.0.0.1"},
		{"refused, password parameter", "postgres://hr@127.0.0.1:1/interviews?password=" + secret, "", "127.0.0.1"},
		{"refused, PGPASSWORD", "postgres://hr@127.0.0.1:1/interviews", secret, "127.0.0.1"},
		{"escaped password", "postgres://hr:" + url.PathEscape(secret+"/@:") + "@127.0.0.1:1/interviews", "", "127.0.0.1"},
		{"bad port", "postgres://hr:" + secret + "@127.0.0.1:notaport/interviews", "", "postgres://hr:xxxxx@"},
		{"unreadable root certificate", "postgres://hr:" + secret + "@127.0.0.1:1/interviews?sslmode=verify-full&sslrootcert=/nonexistent/root.crt", "", "root.crt"},
		{"unknown sslmode", "postgresql://hr:" + secret + "@127.0.0.1:1/interviews?sslmode=sometimes", "", "sslmode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PGPASSWORD", tt.env)
			for _, open := range []func(string) (*Archive, error){Open, OpenExisting, OpenReadOnly} {
				a, err := open(tt.archive)
				if err == nil {
					a.Close()
					t.Fatal("opened")
				}
				if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), url.PathEscape(secret+"/@:")) {
					t.Errorf("the error shows the password: %v", err)
				}
				if !strings.Contains(err.Error(), tt.want) {
					t.Errorf("%v; want it to mention %q", err, tt.want)
				}
			}
			if r := Redact(tt.archive); strings.Contains(r, secret) || strings.Contains(r, "S3cret") {
				t.Errorf("Redact: %s", r)
			}
		})
	}
}

// TestPostgresTLSSettingsReachTheServer asks for TLS from a server that
// offers none: the connection must fail, not fall back to plain text.
func TestPostgresTLSSettingsReachTheServer(t *testing.T) {
	u, err := url.Parse(testkit.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("sslmode", "require")
	u.RawQuery = q.Encode()
	a, err := Open(u.String())
	if err == nil {
		// The server offers TLS: then the archive runs over it.
		a.Close()
		t.Skip("the test server offers TLS; sslmode=require succeeded")
	}
	if !strings.Contains(err.Error(), "TLS") && !strings.Contains(err.Error(), "SSL") {
		t.Errorf("sslmode=require against a plain server: %v", err)
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"out/archive.db", "out/archive.db"},
		{"postgres://hr:" + secret + "@db.example:5432/interviews?sslmode=verify-full", "postgres://hr:xxxxx@db.example:5432/interviews?sslmode=verify-full"},
		{"postgres://hr@db.example/interviews?password=" + secret, "postgres://hr@db.example/interviews?password=xxxxx"},
		{"POSTGRESQL://hr:" + secret + "@db.example/interviews", "postgresql://hr:xxxxx@db.example/interviews"},
		{"postgres://hr:" + secret + "@db.example:port/x", "postgres://(a URL that does not parse)"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
