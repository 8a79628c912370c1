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
		for _, suffix := range []string{"", "-wal"} {
			b, err := os.ReadFile(a.Path() + suffix)
			if err != nil {
				continue
			}
			for _, secret := range []string{"Olga Oldrecord", "Milo Midyear", "Secretnote", old.ID} {
				if bytes.Contains(b, []byte(secret)) {
					t.Errorf("%s still holds %q after the purge", filepath.Base(a.Path()+suffix), secret)
				}
			}
			if suffix == "" && !bytes.Contains(b, []byte("Rita Recent")) {
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
