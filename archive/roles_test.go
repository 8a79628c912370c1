package archive

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// readmeRoles returns the README's two SQL blocks on roles: the
// administrator's and the owner's.
func readmeRoles(t *testing.T) (admin, owner string) {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i := strings.Index(text, "**Roles.**")
	if i < 0 {
		t.Fatal("README has no **Roles.** paragraph")
	}
	blocks := regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(text[i:], 2)
	if len(blocks) != 2 {
		t.Fatalf("README's roles have %d SQL blocks, want 2", len(blocks))
	}
	return blocks[0][1], blocks[1][1]
}

// runSQL runs a script of statements as the role of server URL u, leaving
// out what only psql or a whole server understands.
func runSQL(t *testing.T, u, script string) {
	t.Helper()
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	script = regexp.MustCompile(`(?m)--.*$`).ReplaceAllString(script, "")
	for _, s := range strings.Split(script, ";") {
		s = strings.TrimSpace(s)
		switch {
		case s == "", strings.HasPrefix(s, `\c`), strings.HasPrefix(s, "CREATE DATABASE"),
			strings.HasPrefix(s, "REVOKE ALL ON DATABASE"), strings.HasPrefix(s, "GRANT CONNECT"):
			continue
		}
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// TestREADMERolesCollectReportAndPurge sets up the README's roles and
// checks what each may do: the collector collects and corrects but cannot
// purge or delete a record, the reporter only reads, the owner purges.
func TestREADMERolesCollectReportAndPurge(t *testing.T) {
	server := testkit.PostgresServer(t)
	admin, owner := readmeRoles(t)
	var b [4]byte
	rand.Read(b[:])
	suffix := "_" + hex.EncodeToString(b[:])
	names := strings.NewReplacer("ik_owner", "ik_owner"+suffix, "ik_collect", "ik_collect"+suffix,
		"ik_report", "ik_report"+suffix, "SCHEMA archive", "SCHEMA ik_archive"+suffix,
		"search_path = archive", "search_path = ik_archive"+suffix, "archive TO", "ik_archive"+suffix+" TO")
	role := func(name string) string {
		u, _ := url.Parse(testkit.WithSearchPath(t, server, "ik_archive"+suffix))
		u.User = url.User(name + suffix)
		return u.String()
	}
	testkit.PostgresExec(t) // connects, or skips
	t.Cleanup(func() {
		testkit.PostgresExec(t, "DROP SCHEMA IF EXISTS ik_archive"+suffix+" CASCADE",
			"DROP ROLE IF EXISTS ik_owner"+suffix, "DROP ROLE IF EXISTS ik_collect"+suffix, "DROP ROLE IF EXISTS ik_report"+suffix)
	})
	runSQL(t, server, names.Replace(admin))
	a, err := Open(role("ik_owner")) // the owner creates the tables
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	runSQL(t, role("ik_owner"), names.Replace(owner))

	ctx := context.Background()
	dir := t.TempDir()
	k := newKit(t, "Rhea Roles", "2024-02-02", 2, 900)
	fill := fullFill(k, 0)
	blank := writeFile(t, dir, "blank.xlsx", blankSheet(t, k))
	filled := writeFile(t, dir, "filled.xlsx", fillWithExcelize(t, blankSheet(t, k), fill))
	q := k.Rounds[0].Questions[0].ID
	fill[scoresheet.RoundSheetNames(k)[0]].Notes[q] = "corrected"
	corrected := writeFile(t, dir, "corrected.xlsx", fillWithExcelize(t, blankSheet(t, k), fill))

	collector, err := OpenExisting(role("ik_collect"))
	if err != nil {
		t.Fatal(err)
	}
	defer collector.Close()
	for _, f := range []string{blank, filled, corrected} { // blank dropped, then a correction
		if r := collector.CollectFile(ctx, f); r.Err != nil {
			t.Fatalf("the collector collecting %s: %v", f, r.Err)
		}
	}
	if _, err := collector.Purge(ctx, "2025-01-01", false); !errors.Is(err, ErrNotOwner) {
		t.Errorf("the collector purging: %v, want ErrNotOwner", err)
	}
	for _, s := range []string{"DELETE FROM kits", "DELETE FROM scores", "UPDATE scores SET score = 4", "UPDATE versions SET interviewer = 'x'"} {
		if _, err := collector.db.ExecContext(ctx, s); err == nil {
			t.Errorf("the collector could %s", s)
		}
	}
	if res, err := collector.db.ExecContext(ctx, "DELETE FROM versions"); err != nil {
		t.Errorf("DELETE FROM versions as the collector: %v", err)
	} else if n, _ := res.RowsAffected(); n != 0 {
		t.Errorf("the collector deleted %d versions holding scores", n)
	}

	reporter, err := OpenExisting(role("ik_report"))
	if err != nil {
		t.Fatal(err)
	}
	defer reporter.Close()
	rows, err := reporter.Rows(ctx, Filter{History: true})
	if err != nil || len(rows) != 9 {
		t.Errorf("the reporter exports %d rows, %v; want 9 (6 current, 3 history)", len(rows), err)
	}
	other := newKit(t, "Otto Other", "2024-03-03", 1, 901)
	if r := reporter.CollectFile(ctx, writeFile(t, dir, "other.xlsx", blankSheet(t, other))); r.Err == nil {
		t.Error("the reporter could collect")
	}
	if _, err := reporter.Purge(ctx, "2025-01-01", false); !errors.Is(err, ErrNotOwner) {
		t.Errorf("the reporter purging: %v, want ErrNotOwner", err)
	}

	owner1, err := OpenExisting(role("ik_owner"))
	if err != nil {
		t.Fatal(err)
	}
	defer owner1.Close()
	gone, err := owner1.Purge(ctx, "2025-01-01", false)
	if err != nil || len(gone) != 1 {
		t.Errorf("the owner purged %v, %v; want the one kit", gone, err)
	}
}
