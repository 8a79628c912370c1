package archive

// Collecting scoresheets another program filled in or saved: openpyxl, and
// LibreOffice after it. These tests need python3 with openpyxl and
// soffice; they run without -short, and fail under CI when a tool is
// missing (internal/testkit).

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

func TestCollectSheetsFilledByOpenpyxl(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		one := newKit(t, "Ana López", "2026-03-14", 1, 11)
		loop := newKit(t, "Björn Ølsen", "2026-03-16", 3, 12)
		oneFill := fullFill(one, 0)
		// The loop: one round left partly blank and without a call, a
		// note that looks like a formula, an interviewer who stood in.
		loopFill := fullFill(loop, 1)
		names := scoresheet.RoundSheetNames(loop)
		partial := loopFill[names[1]]
		partial.Scores[loop.Rounds[1].Questions[0].ID] = nil
		partial.Recommendation = nil
		loopFill[names[1]] = partial
		first := loopFill[names[0]]
		first.Notes[loop.Rounds[0].Questions[0].ID] = "=HYPERLINK(\"http://x\")"
		first.Interviewer = ptr("Farah Haddad")
		loopFill[names[0]] = first

		jobs := []fillJob{
			{In: writeFile(t, dir, "blank/one.xlsx", blankSheet(t, one)), Out: filepath.Join(dir, "one.xlsx"), Sheets: oneFill},
			{In: writeFile(t, dir, "blank/loop.xlsx", blankSheet(t, loop)), Out: filepath.Join(dir, "loop.xlsx"), Sheets: loopFill},
		}
		fillWithOpenpyxl(t, jobs...)

		a := openTest(t, b)
		res := collectAll(t, a, jobs[0].Out, jobs[1].Out)
		for _, r := range res {
			if r.Err != nil {
				t.Fatalf("%s: %v %v", r.Source, r.Err, r.Problems)
			}
			if r.Status != Archived {
				t.Errorf("%s: status %v, want archived", r.Source, r.Status)
			}
		}
		if res[0].Incomplete() {
			t.Errorf("fully scored kit reported incomplete: %+v", res[0].Rounds)
		}
		if !res[1].Incomplete() || !slices.Equal(res[1].Rounds[1].Unscored, []string{loop.Rounds[1].Questions[0].ID}) ||
			!res[1].Rounds[1].NoRecommendation {
			t.Errorf("loop round 2 should be incomplete with one blank and no call: %+v", res[1].Rounds[1])
		}
		if got, want := scoresOf(t, a, one.ID), expected(one, oneFill); !slices.Equal(got, want) {
			t.Errorf("one-round kit archived\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if got, want := scoresOf(t, a, loop.ID), expected(loop, loopFill); !slices.Equal(got, want) {
			t.Errorf("loop archived\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		rows, err := a.Rows(context.Background(), Filter{Candidate: "olsen"})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 9 || rows[0].Interviewer != "Farah Haddad" || rows[3].Interviewer != roundPlans[1].interviewer {
			t.Errorf("loop rows: %d, interviewers %q and %q", len(rows), rows[0].Interviewer, rows[3].Interviewer)
		}
		mustCheck(t, a)
	})
}

// soffice converts files to .xlsx with LibreOffice, as a person saving
// from Calc would, into outDir; it needs soffice as testkit.NeedTools says.
func soffice(t *testing.T, outDir string, files ...string) {
	t.Helper()
	testkit.NeedLibreOffice(t)
	profile := t.TempDir() // a private profile: other soffice runs may be going on
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir}, files...)
	out, err := exec.Command("soffice", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(outDir, filepath.Base(f))); err != nil {
			t.Fatalf("soffice wrote no %s:\n%s", filepath.Base(f), out)
		}
	}
}

// TestCollectLibreOfficeRoundTrip collects sheets filled by openpyxl and
// saved again by LibreOffice: the same values must archive the same, so the
// LibreOffice copy of an archived sheet is unchanged.
func TestCollectLibreOfficeRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		loop := newKit(t, "Chloé Dubois", "2026-03-20", 4, 21)
		fill := fullFill(loop, 2)
		typo := newKit(t, "Dev Patel", "2026-03-21", 1, 22)
		typoFill := fullFill(typo, 0)
		typoFill[scoresheet.RoundSheetNames(typo)[0]].Scores[typo.Rounds[0].Questions[1].ID] = "three"
		jobs := []fillJob{
			{In: writeFile(t, dir, "blank/loop.xlsx", blankSheet(t, loop)), Out: filepath.Join(dir, "py", "loop.xlsx"), Sheets: fill},
			{In: writeFile(t, dir, "blank/typo.xlsx", blankSheet(t, typo)), Out: filepath.Join(dir, "py", "typo.xlsx"), Sheets: typoFill},
		}
		os.MkdirAll(filepath.Join(dir, "py"), 0o755)
		fillWithOpenpyxl(t, jobs...)
		lo := filepath.Join(dir, "lo")
		blankCopy := writeFile(t, dir, "blank-loop.xlsx", blankSheet(t, loop))
		soffice(t, lo, jobs[0].Out, jobs[1].Out, blankCopy)

		a := openTest(t, b)
		res := collectAll(t, a, filepath.Join(lo, "loop.xlsx"))
		if res[0].Err != nil || res[0].Status != Archived {
			t.Fatalf("LibreOffice copy: %v %v %v", res[0].Status, res[0].Err, res[0].Problems)
		}
		if got, want := scoresOf(t, a, loop.ID), expected(loop, fill); !slices.Equal(got, want) {
			t.Errorf("archived from LibreOffice\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		before := dump(t, a)
		res = collectAll(t, a, jobs[0].Out)
		if res[0].Status != Unchanged {
			t.Errorf("openpyxl copy of the same values: %v %v, want unchanged", res[0].Status, res[0].Err)
		}
		if dump(t, a) != before {
			t.Error("collecting the same values from another program changed the archive")
		}

		// A typo survives LibreOffice and is still caught, with its cell.
		res = collectAll(t, a, filepath.Join(lo, "typo.xlsx"))
		want := fmt.Sprintf(`%s!H8: score "three" is not 1-4 or N/A`, scoresheet.RoundSheetNames(typo)[0])
		if res[0].Status != Rejected || len(res[0].Problems) != 1 || res[0].Problems[0].String() != want {
			t.Errorf("typo through LibreOffice: %v %v, want %s", res[0].Status, res[0].Problems, want)
		}

		// A blank sheet saved by LibreOffice reads as a blank round, which
		// never replaces the archived scores.
		res = collectAll(t, a, filepath.Join(lo, "blank-loop.xlsx"))
		if res[0].Err != nil {
			t.Fatalf("blank LibreOffice copy: %v", res[0].Err)
		}
		if res[0].Status != Unchanged || res[0].Rounds[0].Change != RoundKept {
			t.Errorf("blank copy: %v %+v, want unchanged with kept rounds", res[0].Status, res[0].Rounds)
		}
		mustCheck(t, a)
	})
}
