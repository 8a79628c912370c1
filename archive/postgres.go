package archive

// A team's archive lives in a PostgreSQL database the team already runs,
// named by a postgres:// URL. Its rules: the URL (and PGPASSWORD, a
// password file, PGSSLMODE and the other PG* variables, which pgx reads)
// passes to the driver as it is, so TLS settings such as sslmode and
// sslrootcert work as in psql; a password is never printed: the archive's
// name is the URL with its password masked, and every error from opening
// it is scrubbed of the password wherever it came from. The tables live in
// the connection's current schema (the first of search_path that exists),
// so one database can hold several archives, one a schema. Opening never
// waits more than openTimeout for the server.

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// openTimeout bounds connecting to the server and bringing the schema up
// to date.
const openTimeout = 30 * time.Second

// IsURL reports whether an --archive names a PostgreSQL database rather
// than a SQLite file.
func IsURL(archive string) bool {
	s := strings.ToLower(archive)
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact returns the URL with any password masked, for printing; what is
// not a URL comes back as it is.
func Redact(archive string) string {
	if !IsURL(archive) {
		return archive
	}
	u, err := url.Parse(archive)
	if err != nil {
		// Keep only the scheme: the rest may hold the password.
		return archive[:strings.Index(archive, "://")+3] + "(a URL that does not parse)"
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// openPostgres opens the archive at a postgres:// URL; with create it makes
// the tables in an empty schema, without it an empty schema is
// ErrNoArchive.
func openPostgres(archive string, create bool) (*Archive, error) {
	name := Redact(archive)
	cfg, err := pgx.ParseConfig(archive)
	if err != nil {
		return nil, scrub(fmt.Errorf("%s: %w", name, err), archive, "")
	}
	secret := cfg.Password
	sdb := stdlib.OpenDB(*cfg)
	sdb.SetMaxOpenConns(2)
	a := &Archive{db: &db{sdb, postgresDialect}, d: postgresDialect, path: name, now: func() time.Time { return time.Now().UTC() }}
	ctx, cancel := context.WithTimeout(context.Background(), openTimeout)
	defer cancel()
	err = a.identifyPostgres(ctx, create)
	if err == nil {
		err = a.migrate(ctx)
	}
	if err != nil {
		sdb.Close()
		if errors.Is(err, ErrNoArchive) || errors.Is(err, ErrNotArchive) {
			return nil, scrub(err, archive, secret)
		}
		return nil, scrub(fmt.Errorf("%s: %w", name, err), archive, secret)
	}
	return a, nil
}

// identifyPostgres refuses a schema that is not an archive: one with
// tables of its own, or another tool's schema_version table. Without
// create, a schema without an archive is ErrNoArchive.
func (a *Archive) identifyPostgres(ctx context.Context, create bool) error {
	var schema *string
	var tables, ours, foreign int
	err := a.db.QueryRowContext(ctx, `SELECT current_schema(),
			(SELECT count(*) FROM pg_class c WHERE c.relnamespace = to_regnamespace(current_schema())::oid AND c.relkind IN ('r', 'v', 'p')),
			(SELECT count(*) FROM information_schema.columns
				WHERE table_schema = current_schema() AND table_name = 'schema_version' AND column_name = 'tool_version'),
			(SELECT count(*) FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_name = 'schema_version')`).Scan(&schema, &tables, &ours, &foreign)
	switch {
	case err != nil:
		return err
	case schema == nil:
		return fmt.Errorf("no schema to keep the archive in: search_path names none that exists (create one, or set search_path in the URL)")
	case foreign > 0 && ours == 0:
		return fmt.Errorf("%w: schema %s of %s holds another tool's schema_version table", ErrNotArchive, *schema, a.path)
	case ours == 0 && tables > 0:
		return fmt.Errorf("%w: schema %s of %s holds other tables; give the archive a schema of its own (search_path in the URL)",
			ErrNotArchive, *schema, a.path)
	case ours == 0 && !create:
		return fmt.Errorf("%w at %s (schema %s holds none)", ErrNoArchive, a.path, *schema)
	}
	return nil
}

// scrub masks the password wherever it came from (URL, environment,
// password file) in err's text; errors.Is still sees what err wraps.
func scrub(err error, archive, password string) error {
	secrets := []string{password}
	if u, perr := url.Parse(archive); perr == nil {
		if p, ok := u.User.Password(); ok {
			secrets = append(secrets, p, url.QueryEscape(p), url.PathEscape(p))
		}
		if p := u.Query().Get("password"); p != "" {
			secrets = append(secrets, p, url.QueryEscape(p))
		}
	} else {
		// A URL that does not parse may still hold the password: mask
		// everything between the scheme and the host.
		if at := strings.LastIndex(archive, "@"); at > 0 {
			secrets = append(secrets, archive[strings.Index(archive, "://")+3:at])
		}
	}
	return scrubbed{err, secrets}
}

// scrubbed is an error whose text has secrets masked.
type scrubbed struct {
	err     error
	secrets []string
}

func (s scrubbed) Error() string {
	msg := s.err.Error()
	for _, p := range s.secrets {
		if p != "" {
			msg = strings.ReplaceAll(msg, p, "xxxxx")
		}
	}
	return msg
}

func (s scrubbed) Unwrap() error { return s.err }
