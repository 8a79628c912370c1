package archive

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// sqliteWithHistory collects into a new SQLite archive three kits, one of
// them corrected, and returns its path.
func sqliteWithHistory(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(t.TempDir(), "archive.db")
	var files []string
	for i := range 3 {
		k := newKit(t, fmt.Sprintf("Copied Candidate %d", i), fmt.Sprintf("2026-04-%02d", i+1), 1+i, uint64(600+i))
		fill := fullFill(k, i)
		files = append(files, writeFile(t, dir, fmt.Sprintf("k%d.xlsx", i), fillWithExcelize(t, blankSheet(t, k), fill)))
		if i == 2 {
			q := k.Rounds[0].Questions[0].ID
			fill[scoresheet.RoundSheetNames(k)[0]].Notes[q] = "corrected after the debrief"
			files = append(files, writeFile(t, dir, "k2-corrected.xlsx", fillWithExcelize(t, blankSheet(t, k), fill)))
		}
	}
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for _, r := range collectAll(t, a, files...) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	return path
}

// fileHashes hashes every file in dir, by name.
func fileHashes(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][32]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = sha256.Sum256(b)
	}
	return out
}

func TestCopyMovesEverythingAndLeavesTheSourceUntouched(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		path := sqliteWithHistory(t)
		dst := openTest(t, b)
		before := fileHashes(t, filepath.Dir(path))
		src, err := OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		n, err := dst.CopyFrom(ctx, src)
		if err != nil {
			t.Fatal(err)
		}
		if want := (Copied{Kits: 3, Versions: 7, Scores: 21}); n != want {
			t.Errorf("copied %+v, want %+v", n, want)
		}
		for _, history := range []bool{false, true} {
			want, err := src.Rows(ctx, Filter{History: history})
			if err != nil {
				t.Fatal(err)
			}
			got, err := dst.Rows(ctx, Filter{History: history})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("history %v: the copy exports %d rows unlike the source's %d", history, len(got), len(want))
			}
		}
		wantReport, _ := src.Report(ctx, nil)
		gotReport, _ := dst.Report(ctx, nil)
		if !reflect.DeepEqual(gotReport, wantReport) {
			t.Error("the copy reports otherwise than the source")
		}
		mustCheck(t, dst)

		// A second copy would duplicate every kit: refused, nothing written.
		before2 := dump(t, dst)
		if _, err := dst.CopyFrom(ctx, src); !errors.Is(err, ErrCopyConflict) {
			t.Errorf("copying again: %v, want ErrCopyConflict", err)
		}
		if dump(t, dst) != before2 {
			t.Error("a refused copy changed the destination")
		}
		src.Close()
		if after := fileHashes(t, filepath.Dir(path)); !reflect.DeepEqual(after, before) {
			t.Errorf("the source's folder changed: %d files before, %d after", len(before), len(after))
		}
	})
}

func TestOpenReadOnlyNeverMigrates(t *testing.T) {
	path := sqliteWithHistory(t)
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	legacyV1(t, a)
	a.Close()
	before := fileHashes(t, filepath.Dir(path))
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := ro.SchemaVersion(context.Background()); err != nil || v != 1 {
		t.Errorf("schema version %d, %v; want 1, left as it was", v, err)
	}
	rows, err := ro.Rows(context.Background(), Filter{History: true})
	if err != nil || len(rows) != 21 {
		t.Errorf("%d rows of the old archive, %v; want 21", len(rows), err)
	}
	ro.Close()
	if after := fileHashes(t, filepath.Dir(path)); !reflect.DeepEqual(after, before) {
		t.Error("reading an old archive changed its folder")
	}
	for _, bad := range []string{filepath.Join(t.TempDir(), "missing.db")} {
		if _, err := OpenReadOnly(bad); !errors.Is(err, ErrNoArchive) {
			t.Errorf("%s: %v, want ErrNoArchive", bad, err)
		}
	}
}

// TestCopyFromAnArchiveOfEachEarlierSchema copies from archives as earlier
// interviewkits left them, read as they are: schema 1 (no rule, no
// scanned pages) and schema 3 (the rule, no scanned pages yet). Neither has
// a page_scans table to read, and every record arrives.
func TestCopyFromAnArchiveOfEachEarlierSchema(t *testing.T) {
	for _, c := range []struct {
		schema int
		make   func(t *testing.T, a *Archive)
	}{
		{1, legacyV1},
		{3, func(t *testing.T, a *Archive) {
			if _, err := a.db.Exec("DROP TABLE page_scans; DELETE FROM schema_version WHERE version > 3; PRAGMA user_version = 3"); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(fmt.Sprintf("schema %d", c.schema), func(t *testing.T) {
			ctx := context.Background()
			path := sqliteWithHistory(t)
			a, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			c.make(t, a)
			a.Close()
			src, err := OpenReadOnly(path)
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()
			if v, err := src.SchemaVersion(ctx); err != nil || v != c.schema {
				t.Fatalf("schema version %d, %v; want %d", v, err, c.schema)
			}
			dst := openTest(t, backends[0])
			n, err := dst.CopyFrom(ctx, src)
			if want := (Copied{Kits: 3, Versions: 7, Scores: 21}); err != nil || n != want {
				t.Errorf("copied %+v, %v; want %+v", n, err, want)
			}
		})
	}
}
