package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// legacyV1 turns a SQLite archive into one as interviewkit wrote it before
// schema 2: the tables of migration 1 (no kits.rule, migration 3's, and no
// page_scans, migration 4's), the version in the file's header.
func legacyV1(t *testing.T, a *Archive) {
	t.Helper()
	if _, err := a.db.Exec("DROP TABLE page_scans; DROP TABLE schema_version; ALTER TABLE kits DROP COLUMN rule; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
}

// schemaLog lists the schema_version table as "version applied? tool".
func schemaLog(t *testing.T, a *Archive) []string {
	t.Helper()
	rows, err := a.db.Query("SELECT version, applied_at != '', tool_version FROM schema_version ORDER BY version")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v int
		var applied bool
		var tool string
		if err := rows.Scan(&v, &applied, &tool); err != nil {
			t.Fatal(err)
		}
		when := "before"
		if applied {
			when = "applied"
		}
		out = append(out, strings.TrimSpace(fmt.Sprintf("%d %s %s", v, when, tool)))
	}
	return out
}

func TestOpenUpgradesAVersion1SQLiteArchive(t *testing.T) {
	path := sqliteWithHistory(t)
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := dump(t, a)
	legacyV1(t, a)
	a.Close()

	a, err = OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if v, err := a.SchemaVersion(context.Background()); err != nil || v != len(migrations) {
		t.Errorf("schema version %d, %v; want %d", v, err, len(migrations))
	}
	if got := dump(t, a); got != want {
		t.Error("upgrading changed the archived records")
	}
	if got := strings.Join(schemaLog(t, a), "; "); got != "1 before; 2 applied "+ToolVersion+"; 3 applied "+ToolVersion+"; 4 applied "+ToolVersion {
		t.Errorf("schema_version holds %q", got)
	}
	mustCheck(t, a)
}

// TestOpenAppliesANewMigrationOnBothBackends adds a migration, as the next
// change to the schema will, to an archive of the current schema: it is
// applied once, in order, and recorded; a tool that does not know it then
// refuses the archive.
func TestOpenAppliesANewMigrationOnBothBackends(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		name := b.archive(t)
		a, err := Open(name)
		if err != nil {
			t.Fatal(err)
		}
		a.Close()
		shipped := migrations
		t.Cleanup(func() { migrations = shipped })
		migrations = append(shipped[:len(shipped):len(shipped)],
			`CREATE TABLE page_images (kit_id {{text}} NOT NULL REFERENCES kits (kit_id) ON DELETE CASCADE, page {{int}} NOT NULL, image {{blob}} NOT NULL, PRIMARY KEY (kit_id, page)) {{strict}};`)
		for range 2 { // the second open finds nothing to do
			a, err = OpenExisting(name)
			if err != nil {
				t.Fatal(err)
			}
			if v, err := a.SchemaVersion(ctx); err != nil || v != len(shipped)+1 {
				t.Errorf("schema version %d, %v; want %d", v, err, len(shipped)+1)
			}
			if _, err := a.db.ExecContext(ctx, "INSERT INTO page_images (kit_id, page, image) SELECT kit_id, 1, ? FROM kits", []byte{0, 1}); err != nil {
				t.Errorf("the new table: %v", err)
			}
			a.Close()
		}
		migrations = shipped
		_, err = OpenExisting(name)
		if want := fmt.Sprintf("written by a newer interviewkit (schema %d; this one knows up to %d)", len(shipped)+1, len(shipped)); !errors.Is(err, ErrNotArchive) || !strings.Contains(err.Error(), want) {
			t.Errorf("an older tool opening the upgraded archive: %v", err)
		}
	})
}
