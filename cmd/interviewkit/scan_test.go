package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// TestScanAsHRWould is the workflow end to end: generate a one-round kit
// and a loop, print their packets, mark them as interviewers do (a row
// with two marks, a recommendation changed in its Changed box), scan them
// all into one PDF with a blank page, and scan it. The clean rounds are
// archived with the scores marked; the two rounds in doubt wait in a
// review workbook beside the loop's scoresheet; a person settles them and
// collects the workbook; export and report show every score.
// SCAN_OUT=DIR keeps the kits, the stack, the archive and the review files
// in DIR (which must be new) to be looked at.
func TestScanAsHRWould(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils", "pdftoppm")
	tmp := t.TempDir()
	if dir := os.Getenv("SCAN_OUT"); dir != "" {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		tmp = dir
	}
	out, db, stack := filepath.Join(tmp, "out"), filepath.Join(tmp, "archive.db"), filepath.Join(tmp, "stack.pdf")
	if code, so, se := runScanCmd("generate", "--candidate", "Ana López", "--level", "mid", "--count", "3", "--date", "2026-03-02",
		"--paper", "letter", "--out", filepath.Join(out, "one")); code != 0 {
		t.Fatalf("generate: %d\n%s%s", code, so, se)
	}
	if code, so, se := runScanCmd("loop", "--candidate", "Kim Park", "--level", "senior", "--date", "2026-03-03",
		"--round", "Django core: stages=django-core; minutes=25", "--round", "Advanced Django: stages=advanced; minutes=25",
		"--round", "Behavioural: minutes=20", "--out", filepath.Join(out, "loops")); code != 0 {
		t.Fatalf("loop: %d\n%s%s", code, so, se)
	}
	ana, kim := printKit(t, onlyDir(t, filepath.Join(out, "one")), 200), printKit(t, onlyDir(t, filepath.Join(out, "loops")), 200)
	fill := func(q int) string { return form4(q) }
	type roundPlan struct {
		pk    *printedKit
		round int
		plan  map[string]rowPlan
	}
	plans := []roundPlan{
		{ana, 1, map[string]rowPlan{"Recommendation": {values: []string{kit.Yes}}}},
		{kim, 1, map[string]rowPlan{"Recommendation": {values: []string{kit.No}}, "Q2": {}}},
		{kim, 2, map[string]rowPlan{"Q1": {values: []string{"2", "3"}}, "Recommendation": {values: []string{kit.Yes}}}},
		{kim, 3, map[string]rowPlan{"Recommendation": {values: []string{kit.No}, changed: kit.Yes}}},
	}
	var sheets []synth.Sheet
	var kimRound2 []*image.RGBA                       // the marked pages of Kim's round 2, to scan again
	marked := map[string]map[int]map[string]rowPlan{} // kit -> round -> row -> plan
	for i, p := range plans {
		pages, m := p.pk.markRound(p.round, p.plan, fill, uint64(i+1))
		if p.pk == kim && p.round == 2 {
			kimRound2 = pages
		}
		if marked[p.pk.layout.KitID] == nil {
			marked[p.pk.layout.KitID] = map[int]map[string]rowPlan{}
		}
		marked[p.pk.layout.KitID][p.round] = m
		sheets = append(sheets, scanSheets(t, p.pk.templates[p.round-1], pages, 200, 1, uint64(10+i))...)
	}
	// The stack as it comes off the scanner: kits interleaved, a blank page.
	slices.Reverse(sheets[len(sheets)/2:])
	sheets = slices.Insert(sheets, 3, blankSheet(t, 200))
	packStack(t, stack, sheets)

	code, stdout, stderr := runScanCmd("scan", "--kits", out, "--archive", db, stack)
	t.Logf("scan:\n%s%s", stdout, stderr)
	if code != 1 {
		t.Fatalf("scan exited %d, want 1: two rows need a person", code)
	}
	for _, want := range []string{
		"kit " + ana.layout.KitID + "  Ana López, 2026-03-02",
		": 3 of 3 questions read, recommendation Yes; archived as version 1",
		", Q1: two marks: 2 and 3",
		"round 1 Django core: 2 of 2 questions read (1 question left blank: Q2), recommendation No",
		", Recommendation: written in the Changed box; marked No",
		"stack.pdf page 4: no page code found",
		"review: " + filepath.Join(kim.dir, "kim-park-scan-review.xlsx"),
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("scan output lacks %q", want)
		}
	}
	if !strings.Contains(stderr, "error: 2 rows need a person") || !strings.Contains(stderr, "hint: correct the highlighted cells") {
		t.Errorf("stderr:\n%s", stderr)
	}
	checkArchived(t, db, ana.layout.KitID, marked[ana.layout.KitID], []int{1})
	checkArchived(t, db, kim.layout.KitID, marked[kim.layout.KitID], []int{1})

	// A person settles the two rows and collects the review workbook.
	review := filepath.Join(kim.dir, "kim-park-scan-review.xlsx")
	settle(t, review, map[string]string{"2:Q1": "3", "3:Recommendation": kit.Yes})
	if code, so, se := runScanCmd("collect", "--archive", db, review); code != 0 {
		t.Fatalf("collect of the settled review: %d\n%s%s", code, so, se)
	}
	marked[kim.layout.KitID][2]["Q1"] = rowPlan{values: []string{"3"}}
	marked[kim.layout.KitID][3]["Recommendation"] = rowPlan{values: []string{kit.Yes}}
	checkArchived(t, db, kim.layout.KitID, marked[kim.layout.KitID], []int{1, 2, 3})

	// Scanning the same stack again changes nothing and asks nobody
	// twice: the rows in doubt on these very pages were settled since.
	code, stdout, _ = runScanCmd("scan", "--kits", out, "--archive", db, stack)
	t.Logf("second scan:\n%s", stdout)
	for _, want := range []string{
		"a person settled 1 row in doubt as version 1; nothing asked again",
		"2 rounds settled by a person before",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("second scan lacks %q", want)
		}
	}
	if code != 0 || strings.Contains(stdout, "scan-review-2") {
		t.Errorf("second scan: exit %d, or a second review written\n%s", code, stdout)
	}
	checkArchived(t, db, kim.layout.KitID, marked[kim.layout.KitID], []int{1, 2, 3})
	// A dry run tells the same, reading the archive without changing it.
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = runScanCmd("scan", "--kits", out, "--archive", db, "--dry-run", stack)
	if after, _ := os.ReadFile(db); code != 0 || !strings.Contains(stdout, "2 rounds settled by a person before") || !bytes.Equal(before, after) {
		t.Errorf("dry run: exit %d, archive unchanged %v\n%s", code, bytes.Equal(before, after), stdout)
	}
	// A page the archive has not seen (the same paper scanned again at
	// another resolution) is new evidence: its doubt goes to a person, in
	// a second review beside the first, which a person may be working on.
	rescan := filepath.Join(tmp, "rescan.pdf")
	packStack(t, rescan, scanSheets(t, kim.templates[1], kimRound2, 150, 1, 99))
	code, stdout, _ = runScanCmd("scan", "--kits", out, "--archive", db, rescan)
	if code != 1 || !strings.Contains(stdout, "kim-park-scan-review-2.xlsx") || !strings.Contains(stdout, "two marks: 2 and 3") {
		t.Errorf("rescan at 150 dpi: exit %d\n%s", code, stdout)
	}
	for _, cmd := range [][]string{{"export", "--archive", db}, {"report", "--archive", db}} {
		code, so, se := runScanCmd(cmd...)
		if code != 0 || !strings.Contains(so, "Kim Park") {
			t.Errorf("%s: exit %d\n%s%s", cmd[0], code, so, se)
		}
	}
}

// form4 is the value a plan gives question q by default: 1-4 and N/A in
// turn.
func form4(q int) string { return kit.ScoreValues[q%len(kit.ScoreValues)] }

// checkArchived checks the archived rounds of a kit hold what was marked,
// and that every page of the scanned rounds is kept.
func checkArchived(t *testing.T, db, kitID string, marked map[int]map[string]rowPlan, rounds []int) {
	t.Helper()
	a, err := archive.OpenExisting(db)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	rows, err := a.Rows(context.Background(), archive.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]int{}
	for _, r := range rows {
		if r.KitID != kitID || !slices.Contains(rounds, r.Round) {
			continue
		}
		seen[r.Round]++
		q := fmt.Sprintf("Q%d", seen[r.Round])
		want := ""
		if p := marked[r.Round][q]; len(p.values) == 1 {
			want = p.values[0]
		}
		if r.Score != want {
			t.Errorf("kit %s round %d %s (%s) archived %q, marked %q", kitID, r.Round, q, r.QuestionID, r.Score, want)
		}
		if rec := marked[r.Round]["Recommendation"].values; len(rec) == 1 && r.Recommendation != rec[0] {
			t.Errorf("kit %s round %d: recommendation %q, marked %q", kitID, r.Round, r.Recommendation, rec[0])
		}
	}
	for _, n := range rounds {
		if seen[n] == 0 {
			t.Errorf("kit %s round %d: nothing archived", kitID, n)
		}
	}
	pages, err := a.PageScans(context.Background(), kitID)
	if err != nil || len(pages) == 0 {
		t.Errorf("kit %s: %d pages kept, %v", kitID, len(pages), err)
	}
}

// settle types values into a review workbook, as a person would: by round
// and row, "2:Q1" or "3:Recommendation".
func settle(t *testing.T, path string, values map[string]string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := scoresheet.Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for key, v := range values {
		var round int
		var row string
		fmt.Sscanf(strings.Replace(key, ":", " ", 1), "%d %s", &round, &row)
		r := s.Rounds[round-1]
		cell := r.Recommendation.Ref
		if row != "Recommendation" {
			var q int
			fmt.Sscanf(row, "Q%d", &q)
			cell = r.Rows[q-1].Score.Ref
		}
		if err := f.SetCellValue(r.Sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// TestScanAGermanKit scans a kit a team prints in German: its packet
// carries the same marks, page codes and boxes, its score boxes the same
// values 1-4 and N/A, and its recommendation the German labels, which the
// archive takes as the kit's own.
func TestScanAGermanKit(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils", "pdftoppm")
	tmp := t.TempDir()
	out, db, stack, config := filepath.Join(tmp, "out"), filepath.Join(tmp, "archive.db"), filepath.Join(tmp, "stack.pdf"), filepath.Join(tmp, "team.yaml")
	if err := os.WriteFile(config, []byte("language: de\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, so, se := runScanCmd("generate", "--config", config, "--candidate", "Friederike Müller", "--level", "senior", "--count", "4",
		"--date", "2026-03-14", "--out", out); code != 0 {
		t.Fatalf("generate: %d\n%s%s", code, so, se)
	}
	pk := printKit(t, onlyDir(t, out), 200)
	yes := catalog.For(catalog.German).T(catalog.RecStrongYes)
	pages, marked := pk.markRound(1, map[string]rowPlan{"Recommendation": {values: []string{yes}}}, form4, 7)
	packStack(t, stack, scanSheets(t, pk.templates[0], pages, 200, 1, 8))

	code, stdout, stderr := runScanCmd("scan", "--kits", out, "--archive", db, stack)
	t.Logf("scan:\n%s%s", stdout, stderr)
	if code != 0 || !strings.Contains(stdout, ": 4 of 4 questions read, recommendation "+yes+"; archived as version 1") {
		t.Fatalf("scan exited %d, want 0 and the round archived", code)
	}
	checkArchived(t, db, pk.layout.KitID, map[int]map[string]rowPlan{1: marked}, []int{1})
}
