package scoresheet_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

func TestScoresheetScoreDropdown(t *testing.T) {
	k := loopKit()
	f := openScoresheet(t, writeScoresheet(t, k))
	for _, name := range scoresheet.RoundSheetNames(k) {
		rows, order, cols := questionRows(t, f, name)
		want := cols[scoresheet.ColumnScore] + strconv.Itoa(rows[order[0]]) + ":" +
			cols[scoresheet.ColumnScore] + strconv.Itoa(rows[order[len(order)-1]])
		dvs, err := f.GetDataValidations(name)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(dvs, func(dv *excelize.DataValidation) bool { return dv.Sqref == want })
		if i < 0 {
			t.Fatalf("%s: no validation on %s among %d", name, want, len(dvs))
		}
		dv := dvs[i]
		if dv.Type != "list" || dv.Formula1 != `"1,2,3,4,N/A"` {
			t.Errorf("%s: validation %s %s, want a list of 1,2,3,4,N/A", name, dv.Type, dv.Formula1)
		}
		if dv.ErrorStyle == nil || *dv.ErrorStyle != "stop" || !dv.ShowErrorMessage || !dv.AllowBlank {
			t.Errorf("%s: validation must stop bad input and allow blanks: %+v", name, dv)
		}
		if dv.Error == nil || !strings.Contains(*dv.Error, "1, 2, 3, 4 or N/A") {
			t.Errorf("%s: error message %v does not list the choices", name, dv.Error)
		}
	}
}

// TestScoresheetRubricOnScoreCells checks that pointing at a Score cell
// shows the question's four anchors.
func TestScoresheetRubricOnScoreCells(t *testing.T) {
	k := loopKit()
	f := openScoresheet(t, writeScoresheet(t, k))
	for i, name := range scoresheet.RoundSheetNames(k) {
		comments, err := f.GetComments(name)
		if err != nil {
			t.Fatal(err)
		}
		rows, _, cols := questionRows(t, f, name)
		for _, q := range k.Rounds[i].Questions {
			cell := cols[scoresheet.ColumnScore] + strconv.Itoa(rows[q.ID])
			j := slices.IndexFunc(comments, func(c excelize.Comment) bool { return c.Cell == cell })
			if j < 0 {
				t.Errorf("%s!%s: no rubric comment", name, cell)
				continue
			}
			var text strings.Builder
			for _, run := range comments[j].Paragraph {
				text.WriteString(run.Text)
			}
			for s := 1; s <= 4; s++ {
				if want := strconv.Itoa(s) + " " + q.Rubric.Anchor(s); !strings.Contains(text.String(), want) {
					t.Errorf("%s!%s: comment %q lacks %q", name, cell, text.String(), want)
				}
			}
		}
	}
}

// TestScoresheetLocksAllButInput checks that protection covers every sheet
// and that only the cells a person fills in are unlocked.
func TestScoresheetLocksAllButInput(t *testing.T) {
	k := loopKit()
	f := openScoresheet(t, writeScoresheet(t, k))
	for _, sheet := range f.GetSheetList() {
		p, err := f.GetSheetProtection(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.SelectUnlockedCells || p.InsertRows || p.DeleteRows {
			t.Errorf("%s: protection %+v", sheet, p)
		}
		if err := f.UnprotectSheet(sheet, "wrong"); err == nil {
			t.Errorf("%s: not protected by a password", sheet)
		}
	}
	locked := func(sheet, cell string) bool {
		t.Helper()
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st.Protection == nil || st.Protection.Locked
	}
	for _, name := range scoresheet.RoundSheetNames(k) {
		rows, order, cols := questionRows(t, f, name)
		for _, id := range order {
			for _, col := range scoresheet.RoundColumns {
				cell := cols[col] + strconv.Itoa(rows[id])
				input := col == scoresheet.ColumnScore || col == scoresheet.ColumnNotes
				if locked(name, cell) == input {
					t.Errorf("%s!%s (%s): locked = %v", name, cell, col, !input)
				}
			}
		}
		for _, label := range []string{scoresheet.LabelInterviewer, scoresheet.LabelInterviewerCall} {
			if cell := findLabel(t, f, name, label); locked(name, cell) {
				t.Errorf("%s!%s (%s) is locked", name, cell, label)
			}
		}
		for _, label := range []string{scoresheet.LabelCandidate, scoresheet.LabelKitID} {
			if cell := findLabel(t, f, name, label); !locked(name, cell) {
				t.Errorf("%s!%s (%s) is not locked", name, cell, label)
			}
		}
	}
	for _, label := range []string{scoresheet.LabelOverall, scoresheet.LabelRecommendation, scoresheet.LabelStrongYesAt} {
		if cell := findLabel(t, f, scoresheet.SummarySheet, label); !locked(scoresheet.SummarySheet, cell) {
			t.Errorf("Summary!%s (%s) is not locked", cell, label)
		}
	}
}

// TestScoresheetKitWithEmptyRound checks that a round without questions
// gets its sheet and leaves the results alone.
func TestScoresheetKitWithEmptyRound(t *testing.T) {
	k := syntheticKit(twelveQuestions()[:4], nil)
	fl := filling{{4, 3, nil, 2}, {}}
	f := openScoresheet(t, fill(t, writeScoresheet(t, k), k, fl))
	checkSummary(t, calcGrid(t, f, scoresheet.SummarySheet), k, fl)
}

// openpyxl runs the checker script with a Python that has openpyxl
// (testkit.NeedPython3Module) and returns its report.
func openpyxl(t *testing.T, args ...string) map[string]any {
	t.Helper()
	python := testkit.NeedPython3Module(t, "openpyxl", "apt-get install python3-openpyxl")
	cmd := exec.Command(python, append([]string{filepath.Join("testdata", "openpyxl_check.py")}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, stderr.String())
	}
	var report map[string]any
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("openpyxl report: %v\n%s", err, out)
	}
	return report
}

// TestScoresheetReadByOpenpyxl checks the file with a program other than
// ours: it reads without warnings, sees the dropdowns, the protection, the
// print setup, and the names as text.
func TestScoresheetReadByOpenpyxl(t *testing.T) {
	k := loopKit()
	in := filepath.Join(t.TempDir(), "scoresheet.xlsx")
	if err := os.WriteFile(in, writeScoresheet(t, k), 0o644); err != nil {
		t.Fatal(err)
	}
	r := openpyxl(t, in)
	get := func(path ...string) any {
		var v any = r
		for _, p := range path {
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[p]
		}
		return v
	}
	if get("workbook_locked") != true {
		t.Error("workbook structure is not locked")
	}
	for _, sheet := range append(scoresheet.RoundSheetNames(k), scoresheet.SummarySheet, scoresheet.KitSheet) {
		if get("protected", sheet) != true {
			t.Errorf("%s: not protected with a password", sheet)
		}
		if get("print", sheet, "orientation") != "landscape" || get("print", sheet, "fitToWidth") != 1.0 ||
			get("print", sheet, "fitToPage") != true {
			t.Errorf("%s: print setup %v", sheet, get("print", sheet))
		}
		if h, _ := get("print", sheet, "header").(string); !strings.Contains(h, "HYPERLINK") {
			t.Errorf("%s: page header %q lacks the candidate", sheet, h)
		}
	}
	for _, sheet := range scoresheet.RoundSheetNames(k) {
		dvs, _ := get("validations", sheet).([]any)
		found := false
		for _, dv := range dvs {
			m := dv.(map[string]any)
			if m["formula1"] == `"1,2,3,4,N/A"` && m["type"] == "list" && m["errorStyle"] == "stop" && m["showErrorMessage"] == true {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: openpyxl sees no score dropdown in %v", sheet, dvs)
		}
		if rows, _ := get("print", sheet, "printTitleRows").(string); rows != "$6:$6" {
			t.Errorf("%s: print title rows %q", sheet, rows)
		}
		if v := get("cells", sheet, "C2"); v == nil || v.(map[string]any)["type"] != "s" ||
			v.(map[string]any)["value"] != k.Candidate {
			t.Errorf("%s!C2: candidate read as %v, want the text %q", sheet, v, k.Candidate)
		}
	}
}

// fillByOpenpyxl types a filling's scores, and the names it gives, into
// k's scoresheet with openpyxl and returns the file openpyxl saved.
func fillByOpenpyxl(t *testing.T, k *kit.Kit, fl loopFilling) []byte {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.xlsx"), filepath.Join(dir, "out.xlsx")
	sheet := writeScoresheet(t, k)
	if err := os.WriteFile(in, sheet, 0o644); err != nil {
		t.Fatal(err)
	}
	f := openScoresheet(t, sheet)
	args := []string{in, out}
	for i, name := range scoresheet.RoundSheetNames(k) {
		rows, _, cols := questionRows(t, f, name)
		for j, q := range k.Rounds[i].Questions {
			if v := fl.scores[i][j]; v != nil {
				args = append(args, name+"="+cols[scoresheet.ColumnScore]+strconv.Itoa(rows[q.ID])+":"+toString(v))
			}
		}
		if fl.names != nil && fl.names[i] != nil {
			args = append(args, name+"="+findLabel(t, f, name, scoresheet.LabelInterviewer)+":"+*fl.names[i])
		}
	}
	openpyxl(t, args...)
	saved, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return saved
}

// TestFilledByOpenpyxlRecalculatesInLibreOffice types scores and names
// with openpyxl, saves, and recalculates in LibreOffice: the results
// survive another program's save, for a two-round kit and a loop.
func TestFilledByOpenpyxlRecalculatesInLibreOffice(t *testing.T) {
	t.Parallel()
	testkit.NeedLibreOffice(t)
	two, loop := loopKit(), fourRoundKit()
	twoFill, loopFill := loopFilling{scores: fillings[0].fill}, loopFillings[2]
	values := testkit.Recalc(t, xlsxValues, fillByOpenpyxl(t, two, twoFill), fillByOpenpyxl(t, loop, loopFill))
	checkSummary(t, values[0][scoresheet.SummarySheet], two, twoFill.scores)
	checkLoopSummary(t, values[1][scoresheet.SummarySheet], loop, loopFill)
}

func toString(v any) string {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case string:
		return v
	}
	panic("unexpected score value")
}

// TestSummaryHelperColumnsAreHidden: the Summary shows its tables and
// nothing else; every helper column, the person-key parts included, is
// hidden from where ColumnWeightedPoints starts to the last used column.
func TestSummaryHelperColumnsAreHidden(t *testing.T) {
	for _, k := range []*kit.Kit{syntheticKit(twelveQuestions()), fourRoundKit()} {
		f := openScoresheet(t, writeScoresheet(t, k))
		cols, err := f.GetCols(scoresheet.SummarySheet)
		if err != nil {
			t.Fatal(err)
		}
		last := len(cols)
		first := slices.Index(scoresheet.SummaryRoundsColumns, scoresheet.ColumnWeightedPoints) + 1
		for c := 1; c <= last; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			visible, err := f.GetColVisible(scoresheet.SummarySheet, name)
			if err != nil {
				t.Fatal(err)
			}
			if visible != (c < first) {
				t.Errorf("%d rounds: Summary column %s visible = %v", len(k.Rounds), name, visible)
			}
		}
	}
}
