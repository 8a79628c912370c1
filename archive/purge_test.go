package archive

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

func TestPurgeDeletesOldRecordsFromTheFile(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		a := openTest(t, b)
		old := newKit(t, "Olga Oldrecord", "2025-01-10", 2, 501)
		fill := fullFill(old, 0)
		v1 := writeFile(t, dir, "old-v1.xlsx", fillWithExcelize(t, blankSheet(t, old), fill))
		q := old.Rounds[0].Questions[0].ID
		fill[scoresheet.RoundSheetNames(old)[0]].Notes[q] = "Secretnote corrected"
		v2 := writeFile(t, dir, "old-v2.xlsx", fillWithExcelize(t, blankSheet(t, old), fill))
		mid := newKit(t, "Milo Midyear", "2025-06-30", 1, 502)
		recent := newKit(t, "Rita Recent", "2025-07-01", 1, 503)
		paths := []string{v1, v2,
			writeFile(t, dir, "mid.xlsx", fillWithExcelize(t, blankSheet(t, mid), fullFill(mid, 1))),
			writeFile(t, dir, "recent.xlsx", fillWithExcelize(t, blankSheet(t, recent), fullFill(recent, 2)))}
		for _, r := range collectAll(t, a, paths...) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		ctx := context.Background()
		before := dump(t, a)
		dry, err := a.Purge(ctx, "2025-07-01", true)
		if err != nil {
			t.Fatal(err)
		}
		if dump(t, a) != before {
			t.Fatal("--dry-run changed the archive")
		}
		want := fmt.Sprint([]Purged{
			{KitID: old.ID, Candidate: "Olga Oldrecord", Date: "2025-01-10", Rounds: 2, Versions: 3, Scores: 9},
			{KitID: mid.ID, Candidate: "Milo Midyear", Date: "2025-06-30", Rounds: 1, Versions: 1, Scores: 3},
		})
		if fmt.Sprint(dry) != want {
			t.Errorf("dry run lists\n%v\nwant\n%v", dry, want)
		}
		gone, err := a.Purge(ctx, "2025-07-01", false)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(gone) != want {
			t.Errorf("purge deleted\n%v\nwant\n%v", gone, want)
		}
		rows, err := a.Rows(ctx, Filter{History: true})
		if err != nil {
			t.Fatal(err)
		}
		if names := Candidates(rows); len(names) != 1 || names[0] != "Rita Recent" {
			t.Errorf("left after purge: %v", names)
		}
		mustCheck(t, a)
		// Gone from the disk, not just from the tables.
		files := []string{a.Path(), a.Path() + "-wal"}
		if b.name == "postgres" {
			files = postgresFiles(t, a)
		}
		for i, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			for _, secret := range []string{"Olga Oldrecord", "Milo Midyear", "Secretnote", old.ID} {
				if bytes.Contains(b, []byte(secret)) {
					t.Errorf("%s still holds %q after the purge", filepath.Base(file), secret)
				}
			}
			if i == 0 && !bytes.Contains(b, []byte("Rita Recent")) {
				t.Error("the kept record is not in the file either; is the test looking at the right file?")
			}
		}
	})
}

func TestPurgeRefusesABadDate(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		a := openTest(t, b)
		if _, err := a.Purge(context.Background(), "last year", false); err == nil {
			t.Error("purge accepted a date that is not YYYY-MM-DD")
		}
	})
}

// postgresFiles lists the files on the server's disk that hold the
// archive's tables, kits first, their indexes and TOAST included; it skips
// the test when the server's files cannot be read from here.
func postgresFiles(t *testing.T, a *Archive) []string {
	t.Helper()
	var dataDir string
	if err := a.db.QueryRow("SHOW data_directory").Scan(&dataDir); err != nil {
		t.Skipf("cannot find the server's files: %v", err)
	}
	// Write what the server holds in memory to its files.
	if _, err := a.db.Exec("CHECKPOINT"); err != nil {
		t.Skipf("cannot write the server's buffers to disk: %v", err)
	}
	paths, err := strings1(context.Background(), a.db, `SELECT pg_relation_filepath(c.oid) FROM pg_class c
		WHERE c.relnamespace = to_regnamespace(current_schema())::oid AND c.relkind IN ('r', 'i', 't')
		   OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = to_regnamespace(current_schema())::oid)
		ORDER BY c.relname != 'kits', c.relname`)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		paths[i] = filepath.Join(dataDir, p)
	}
	if _, err := os.Stat(paths[0]); err != nil {
		t.Skipf("the server's files are not readable here: %v", err)
	}
	return paths
}
