package archive

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// scanned is k's blank scoresheet, read as scan reads it from the kit
// folder, with round r's scores and call put in as read from paper:
// scores by question ID ("3", "N/A", or "" for blank).
func scanned(t testing.TB, k *kit.Kit, r int, scores map[string]string, call string) *scoresheet.Completed {
	t.Helper()
	b := blankSheet(t, k)
	s, err := scoresheet.Read(bytesReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	cr := &s.Rounds[r-1]
	for i := range cr.Rows {
		row := &cr.Rows[i]
		if v := scores[row.QuestionID]; v != "" {
			row.Score = scoresheet.Cell{Ref: row.Score.Ref, Kind: scoresheet.CellText, Text: v}
		}
	}
	if call != "" {
		cr.Recommendation = scoresheet.Cell{Ref: cr.Recommendation.Ref, Kind: scoresheet.CellText, Text: call}
	}
	return s
}

// pagesOf are n scanned pages of a round, their images made of salt.
func pagesOf(n int, salt string) []PageScan {
	var out []PageScan
	for i := range n {
		out = append(out, PageScan{Page: i + 1, Format: "jpeg", Image: []byte(fmt.Sprintf("\xff\xd8\xff page %d %s", i+1, salt)),
			Source: "stack.pdf", SourcePage: 10 + i})
	}
	return out
}

// roundScores scores every question of round r of k from pattern.
func roundScores(k *kit.Kit, r int, pattern ...string) map[string]string {
	out := map[string]string{}
	for i, q := range k.Rounds[r-1].Questions {
		out[q.ID] = pattern[i%len(pattern)]
	}
	return out
}

func TestCollectScanArchivesARoundAsCollectDoes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		k := newKit(t, "Sam Scanned", "2026-05-04", 2, 801)
		scores := roundScores(k, 1, "3", "N/A", "2")
		// The same round, typed into the scoresheet and collected.
		typed := openTest(t, b)
		fill := map[string]sheetFill{scoresheet.RoundSheetNames(k)[0]: {Recommendation: ptr(kit.Yes), Scores: map[string]any{}}}
		for q, v := range scores {
			if v == kit.ScoreNA {
				fill[scoresheet.RoundSheetNames(k)[0]].Scores[q] = v
			} else {
				fill[scoresheet.RoundSheetNames(k)[0]].Scores[q] = int(v[0] - '0')
			}
		}
		if r := typed.Collect(ctx, "typed.xlsx", bytesReader(fillWithExcelize(t, blankSheet(t, k), fill))); r.Err != nil {
			t.Fatal(r.Err)
		}
		a := openTest(t, b)
		res := a.CollectScan(ctx, "stack.pdf", scanned(t, k, 1, scores, kit.Yes), ScanRound{Number: 1, Store: true, Pages: pagesOf(3, "a")})
		if res.Err != nil || res.Status != Archived || len(res.Rounds) != 2 || res.Rounds[0].Change != RoundNew || res.Rounds[0].Version != 1 {
			t.Fatalf("CollectScan = %+v", res)
		}
		if len(res.Rounds[1].Unscored) != 3 {
			t.Errorf("round 2, not scanned, archived with %v unscored; want all 3, as collect archives an untouched round", res.Rounds[1].Unscored)
		}
		rows := func(a *Archive) string {
			rs, err := a.Rows(ctx, Filter{History: true})
			if err != nil {
				t.Fatal(err)
			}
			for i := range rs {
				rs[i].SourceFile = ""
			}
			return fmt.Sprint(rs)
		}
		if got, want := rows(a), rows(typed); got != want {
			t.Errorf("scanned rows\n%v\nwant, as collected from a typed scoresheet,\n%v", got, want)
		}
		if pages, err := a.PageScans(ctx, k.ID); err != nil || len(pages) != 3 || pages[2].SourcePage != 12 || pages[0].Round != 1 {
			t.Errorf("pages kept: %+v, %v", pages, err)
		}
		mustCheck(t, a)
	})
}

func TestCollectScanAgainChangesNothingAndACorrectionKeepsHistory(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		a := openTest(t, b)
		k := newKit(t, "Rhea Rescan", "2026-05-05", 1, 802)
		first := scanned(t, k, 1, roundScores(k, 1, "2"), kit.No)
		round := ScanRound{Number: 1, Store: true, Pages: pagesOf(2, "first")}
		if r := a.CollectScan(ctx, "stack.pdf", first, round); r.Err != nil {
			t.Fatal(r.Err)
		}
		before := dump(t, a)
		if r := a.CollectScan(ctx, "stack.pdf", first, round); r.Err != nil || r.Status != Unchanged || r.Rounds[0].Change != RoundUnchanged {
			t.Fatalf("the same scan again: %+v", r)
		}
		if dump(t, a) != before {
			t.Error("scanning the same stack again changed the archive")
		}
		// The paper scanned again after a correction: a new version, the
		// first kept in the history, the new pages beside the old.
		second := scanned(t, k, 1, roundScores(k, 1, "3"), kit.Yes)
		r := a.CollectScan(ctx, "rescan.pdf", second, ScanRound{Number: 1, Store: true, Pages: pagesOf(2, "second")})
		if r.Err != nil || r.Status != Updated || r.Rounds[0].Change != RoundReplaced || r.Rounds[0].Version != 2 {
			t.Fatalf("the corrected scan: %+v", r)
		}
		rows, err := a.Rows(ctx, Filter{History: true})
		if err != nil {
			t.Fatal(err)
		}
		versions := map[int]bool{}
		for _, row := range rows {
			versions[row.Version] = true
		}
		if !versions[1] || !versions[2] {
			t.Errorf("history holds versions %v, want 1 and 2", versions)
		}
		if pages, _ := a.PageScans(ctx, k.ID); len(pages) != 4 {
			t.Errorf("%d pages kept, want both scans' 4", len(pages))
		}
		// A typed scoresheet then replaces the scan, as any correction does.
		fill := fullFill(k, 5)
		res := a.Collect(ctx, "typed.xlsx", bytesReader(fillWithExcelize(t, blankSheet(t, k), fill)))
		if res.Err != nil || res.Rounds[0].Change != RoundReplaced || res.Rounds[0].Version != 3 {
			t.Fatalf("typed after scanned: %+v", res)
		}
		mustCheck(t, a)
	})
}

func TestCollectScanOfARoundForReviewKeepsOnlyItsPages(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		a := openTest(t, b)
		k := newKit(t, "Ria Review", "2026-05-06", 2, 803)
		r := a.CollectScan(ctx, "stack.pdf", scanned(t, k, 2, roundScores(k, 2, "4"), kit.Yes), ScanRound{Number: 2, Pages: pagesOf(2, "r")})
		if r.Err != nil || r.Status != Archived || len(r.Rounds) != 2 {
			t.Fatalf("CollectScan = %+v", r)
		}
		rows, err := a.Rows(ctx, Filter{History: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			if row.Score != "" || row.Recommendation != "" {
				t.Errorf("round %d %s archived as %q, %q; a round awaiting review is archived blank", row.Round, row.QuestionID, row.Score, row.Recommendation)
			}
		}
		if pages, _ := a.PageScans(ctx, k.ID); len(pages) != 2 || pages[0].Round != 2 {
			t.Errorf("pages kept: %+v", pages)
		}
		// The person's corrected scoresheet is then collected as usual.
		res := a.Collect(ctx, "settled.xlsx", bytesReader(fillWithExcelize(t, blankSheet(t, k), fullFill(k, 1))))
		if res.Err != nil || res.Status != Updated {
			t.Fatalf("collecting the settled scoresheet: %+v", res)
		}
		mustCheck(t, a)
	})
}

func TestCollectScanLeavesOtherRoundsOut(t *testing.T) {
	ctx := context.Background()
	a := openTest(t, backends[0])
	k := newKit(t, "Omar Other", "2026-05-07", 2, 804)
	s := scanned(t, k, 1, roundScores(k, 1, "1"), "")
	// Round 2 of the folder's scoresheet holds something no score is.
	other := &s.Rounds[1].Rows[0]
	other.Score = scoresheet.Cell{Ref: other.Score.Ref, Kind: scoresheet.CellText, Text: "three"}
	r := a.CollectScan(ctx, "stack.pdf", s, ScanRound{Number: 1, Store: true})
	if r.Err != nil || len(r.Rounds) != 2 || len(r.Rounds[0].Unscored) != 0 || len(r.Rounds[1].Unscored) != 3 {
		t.Fatalf("CollectScan = %+v", r)
	}
}

func TestCollectScanStoresNothingOfABadRound(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		a := openTest(t, b)
		k := newKit(t, "Bea Bad", "2026-05-08", 1, 805)
		before := dump(t, a)
		for _, tc := range []struct {
			name  string
			sheet *scoresheet.Completed
			round ScanRound
			err   error
			msg   string
		}{
			{"a value no score is", scanned(t, k, 1, roundScores(k, 1, "7"), ""), ScanRound{Number: 1, Store: true, Pages: pagesOf(1, "x")},
				ErrInvalid, `score "7" is not 1-4 or N/A`},
			{"a round the kit has not", scanned(t, k, 1, nil, ""), ScanRound{Number: 2, Store: true}, ErrNoRound, "round 2"},
			{"a page in no format kept", scanned(t, k, 1, nil, ""), ScanRound{Number: 1, Store: true,
				Pages: []PageScan{{Page: 1, Format: "tiff", Image: []byte("II*")}}}, nil, `"tiff" is not jpeg or png`},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := a.CollectScan(ctx, "stack.pdf", tc.sheet, tc.round)
				if r.Status != Rejected || r.Err == nil || (tc.err != nil && !errors.Is(r.Err, tc.err)) || !strings.Contains(r.Err.Error(), tc.msg) {
					t.Fatalf("CollectScan = %v %v, want %v saying %q", r.Status, r.Err, tc.err, tc.msg)
				}
				if dump(t, a) != before {
					t.Error("a rejected round left something in the archive")
				}
			})
		}
	})
}

func TestPurgeTakesTheScannedPages(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		a := openTest(t, b)
		old := newKit(t, "Olga Oldscan", "2025-01-10", 1, 806)
		if r := a.CollectScan(ctx, "stack.pdf", scanned(t, old, 1, roundScores(old, 1, "2"), ""), ScanRound{Number: 1, Store: true, Pages: pagesOf(3, "old")}); r.Err != nil {
			t.Fatal(r.Err)
		}
		gone, err := a.Purge(ctx, "2025-07-01", false)
		if err != nil || len(gone) != 1 || gone[0].Pages != 3 {
			t.Fatalf("Purge = %+v, %v; want one kit with 3 pages", gone, err)
		}
		if pages, err := a.PageScans(ctx, old.ID); err != nil || len(pages) != 0 {
			t.Errorf("pages left after the purge: %v, %v", pages, err)
		}
	})
}

func TestCopyTakesTheScannedPages(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		path := sqliteWithHistory(t)
		src, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		k := newKit(t, "Cora Copy", "2026-05-09", 1, 807)
		if r := src.CollectScan(ctx, "stack.pdf", scanned(t, k, 1, roundScores(k, 1, "4"), ""), ScanRound{Number: 1, Store: true, Pages: pagesOf(2, "copy")}); r.Err != nil {
			t.Fatal(r.Err)
		}
		src.Close()
		ro, err := OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		defer ro.Close()
		dst := openTest(t, b)
		n, err := dst.CopyFrom(ctx, ro)
		if err != nil || n.Pages != 2 || n.Kits != 4 {
			t.Fatalf("CopyFrom = %+v, %v", n, err)
		}
		img, format, err := dst.PageImage(ctx, k.ID, 1, 2)
		if err != nil || format != "jpeg" || string(img) != string(pagesOf(2, "copy")[1].Image) {
			t.Errorf("page 2 in the copy: %q %s %v", img, format, err)
		}
	})
}

// TestSettledSinceOnlyForTheSamePagesAndAPersonsLaterVersion: scanning
// the same pages again after a person settled their round has nothing to
// add; a page never kept, or a round whose current version is a scan's,
// or a person's version older than the pages, is not settled.
func TestSettledSinceOnlyForTheSamePagesAndAPersonsLaterVersion(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		a := openTest(t, b)
		clock := time.Date(2026, 5, 6, 10, 0, 0, 0, time.UTC)
		a.now = func() time.Time { clock = clock.Add(time.Minute); return clock }
		k := newKit(t, "Sam Settled", "2026-05-06", 2, 804)
		pages := pagesOf(2, "s")
		images := [][]byte{pages[0].Image, pages[1].Image}
		settled := func(images [][]byte) (int, bool) {
			t.Helper()
			v, ok, err := a.SettledSince(ctx, k.ID, 2, images)
			if err != nil {
				t.Fatal(err)
			}
			return v, ok
		}
		if _, ok := settled(images); ok {
			t.Error("settled before anything was archived")
		}
		// A person typed the scoresheet before the paper was scanned.
		if res := a.Collect(ctx, "typed.xlsx", bytesReader(fillWithExcelize(t, blankSheet(t, k), fullFill(k, 1)))); res.Err != nil {
			t.Fatal(res.Err)
		}
		// The scan finds a row in doubt: its pages are kept, nothing stored.
		if r := a.CollectScan(ctx, ScanSourcePrefix+"stack.pdf", scanned(t, k, 2, roundScores(k, 2, "4"), kit.Yes),
			ScanRound{Number: 2, Pages: pages}); r.Err != nil {
			t.Fatal(r.Err)
		}
		if _, ok := settled(images); ok {
			t.Error("settled by a version older than the pages")
		}
		// The person settles the review: a version after the pages.
		res := a.Collect(ctx, "review.xlsx", bytesReader(fillWithExcelize(t, blankSheet(t, k), fullFill(k, 2))))
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		v, ok := settled(images)
		if !ok || v != 2 {
			t.Errorf("the same pages after the person's version: version %d, settled %v; want 2, true", v, ok)
		}
		if _, ok := settled(images[:1]); !ok {
			t.Error("one of the same pages is not settled")
		}
		if _, ok := settled(append(images, []byte("\xff\xd8\xff another scan"))); ok {
			t.Error("settled with a page never kept")
		}
		// A later clean reading of other paper stores the round: the
		// current version is a scan's, no person's.
		if r := a.CollectScan(ctx, ScanSourcePrefix+"other.pdf", scanned(t, k, 2, roundScores(k, 2, "3"), kit.No),
			ScanRound{Number: 2, Store: true, Pages: pagesOf(2, "t")}); r.Err != nil {
			t.Fatal(r.Err)
		}
		if _, ok := settled(images); ok {
			t.Error("settled while the current version is a scan's")
		}
	})
}
