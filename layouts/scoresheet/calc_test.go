package scoresheet_test

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// A filling is what an interviewer typed in the Score cells: one list per
// round, one value per question; nil leaves the cell blank.
type filling [][]any

// fillings are the cases the formulas must get right. The two-round kit has
// seven and five questions over four areas with weights 0.5 to 3.
var fillings = []struct {
	name string
	fill filling
}{
	{"mixed with blank and N/A", filling{
		{3, nil, 4, kit.ScoreNA, 2, 1, 4},
		{3, 2, kit.ScoreNA, 4, 2},
	}},
	{"nothing scored", filling{
		{nil, nil, nil, nil, nil, nil, nil},
		{kit.ScoreNA, nil, nil, nil, nil},
	}},
	{"too few scored", filling{
		{4, 4, nil, nil, nil, nil, nil},
		{4, nil, nil, kit.ScoreNA, nil},
	}},
	{"strong yes", filling{
		{4, 4, 3, 4, 4, 4, 3},
		{4, 4, 4, 4, 4},
	}},
	{"strong no", filling{
		{1, 2, 1, 1, 1, 2, 1},
		{1, 1, 1, nil, 2},
	}},
	// Typed past the dropdown by another program: a score as text counts,
	// anything but 1-4 does not.
	{"typed by another program", filling{
		{"3", "4", 7, 2.5, "three", 0, "2"},
		{"n/a", 4.0, -1, "", 1},
	}},
}

func loopKit() *kit.Kit {
	qs := twelveQuestions()
	return syntheticKit(qs[:7], qs[7:])
}

// fill types a filling into a generated scoresheet, as an interviewer would.
func fill(t testing.TB, sheet []byte, k *kit.Kit, fl filling) []byte {
	t.Helper()
	f := openScoresheet(t, sheet)
	for i, name := range scoresheet.RoundSheetNames(k) {
		rows, _, cols := questionRows(t, f, name)
		for j, q := range k.Rounds[i].Questions {
			cell := cols[scoresheet.ColumnScore] + strconv.Itoa(rows[q.ID])
			var err error
			switch v := fl[i][j].(type) {
			case nil:
			case int:
				err = f.SetCellInt(name, cell, int64(v))
			case float64:
				err = f.SetCellFloat(name, cell, v, -1, 64)
			case string:
				err = f.SetCellStr(name, cell, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// scoreValue is what a typed value scores, as the archive will read it: 1-4
// as a number or as text, else not scored (0).
func scoreValue(v any) int {
	var s string
	switch v := v.(type) {
	case int:
		s = strconv.Itoa(v)
	case float64:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		s = v
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 4 {
		return n
	}
	return 0
}

// expected is what kit.Summarize makes of a filling, for the whole kit and
// for each round.
func expected(k *kit.Kit, fl filling) (kit.Summary, []kit.Summary) {
	var all []kit.Score
	var rounds []kit.Summary
	for i := range k.Rounds {
		r := &k.Rounds[i]
		var scores []kit.Score
		for j, q := range r.Questions {
			scores = append(scores, kit.Score{QuestionID: q.ID, Area: r.AreaOf(q).ID,
				Weight: q.ScoreWeight(), Value: scoreValue(fl[i][j])})
		}
		rounds = append(rounds, kit.Summarize(k.Policy, scores))
		all = append(all, scores...)
	}
	return kit.Summarize(k.Policy, all), rounds
}

// grid is a sheet's computed values, row by row, as a reader sees them.
type grid [][]string

func (g grid) at(r, c int) string {
	if r < len(g) && c < len(g[r]) {
		return g[r][c]
	}
	return ""
}

// label is the value right of a label.
func (g grid) label(t testing.TB, label string) string {
	t.Helper()
	for r, row := range g {
		if c := slices.Index(row, label); c >= 0 {
			return g.at(r, c+1)
		}
	}
	t.Fatalf("no label %q", label)
	return ""
}

// table reads the table under a title: a header row, then rows until the
// first empty cell in column A.
func (g grid) table(t testing.TB, title string) []map[string]string {
	t.Helper()
	for r, row := range g {
		if len(row) == 0 || row[0] != title {
			continue
		}
		header := g[r+1]
		var out []map[string]string
		for i := r + 2; i < len(g) && g.at(i, 0) != ""; i++ {
			m := map[string]string{}
			for c, h := range header {
				m[h] = g.at(i, c)
			}
			out = append(out, m)
		}
		return out
	}
	t.Fatalf("no table %q", title)
	return nil
}

// calcGrid computes every formula of a sheet with excelize.
func calcGrid(t testing.TB, f *excelize.File, sheet string) grid {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	// Every column the sheet uses, hidden helpers included.
	width := 12
	if dim, err := f.GetSheetDimension(sheet); err == nil {
		if _, to, ok := strings.Cut(dim, ":"); ok {
			if c, _, err := excelize.CellNameToCoordinates(to); err == nil {
				width = max(width, c)
			}
		}
	}
	g := make(grid, len(rows))
	for r := range rows {
		g[r] = make([]string, width)
		for c := range g[r] {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
				g[r][c], err = f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatalf("%s!%s =%s: %v", sheet, cell, formula, err)
				}
				continue
			}
			g[r][c], _ = f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		}
	}
	return g
}

// checkSummary compares a computed Summary sheet with kit.Summarize.
func checkSummary(t *testing.T, g grid, k *kit.Kit, fl filling) {
	t.Helper()
	want, rounds := expected(k, fl)
	checkNumber(t, "Overall", g.label(t, scoresheet.LabelOverall), want.Overall, want.Scored > 0)
	if got := g.label(t, scoresheet.LabelRecommendation); got != want.Recommendation {
		t.Errorf("Recommendation = %q, want %q", got, want.Recommendation)
	}
	checkNumber(t, "Scored", g.label(t, scoresheet.LabelScored), float64(want.Scored), true)
	checkNumber(t, "Unscored", g.label(t, scoresheet.LabelUnscored), float64(want.Unscored), true)
	checkNumber(t, "Questions", g.label(t, scoresheet.LabelQuestions), float64(want.Scored+want.Unscored), true)

	byRound := g.table(t, scoresheet.SummaryRoundsTable)
	if len(byRound) != len(k.Rounds) {
		t.Fatalf("%d rows by round, want %d", len(byRound), len(k.Rounds))
	}
	names := scoresheet.RoundSheetNames(k)
	for i, row := range byRound {
		w := rounds[i]
		if row["Sheet"] != names[i] {
			t.Errorf("round %d: sheet %q, want %q", i+1, row["Sheet"], names[i])
		}
		checkNumber(t, names[i]+" average", row["Average"], w.Overall, w.Scored > 0)
		checkNumber(t, names[i]+" scored", row[scoresheet.LabelScored], float64(w.Scored), true)
		if row[scoresheet.LabelRecommendation] != w.Recommendation {
			t.Errorf("%s: recommendation %q, want %q", names[i], row[scoresheet.LabelRecommendation], w.Recommendation)
		}
		if row[scoresheet.LabelInterviewer] != k.Rounds[i].Interviewer {
			t.Errorf("%s: interviewer %q, want %q", names[i], row[scoresheet.LabelInterviewer], k.Rounds[i].Interviewer)
		}
	}

	byArea := g.table(t, scoresheet.SummaryAreasTable)
	seen := map[string]bool{}
	for _, row := range byArea {
		id := row[scoresheet.ColumnAreaID]
		seen[id] = true
		avg, scored := want.AreaAverages[id]
		checkNumber(t, "area "+id, row["Average"], avg, scored)
	}
	for id := range want.AreaAverages {
		if !seen[id] {
			t.Errorf("area %s missing from %q", id, scoresheet.SummaryAreasTable)
		}
	}
}

// checkNumber compares a computed cell with a Go value; when present is
// false the cell must be empty, never zero.
func checkNumber(t *testing.T, what, got string, want float64, present bool) {
	t.Helper()
	if !present {
		if got != "" {
			t.Errorf("%s = %q, want empty", what, got)
		}
		return
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(got), 64)
	if err != nil || math.Abs(v-want) > 1e-9 {
		t.Errorf("%s = %q, want %v", what, got, want)
	}
}

func TestScoresheetFormulasMatchSummarizeInExcelize(t *testing.T) {
	k := loopKit()
	sheet := writeScoresheet(t, k)
	for _, tt := range fillings {
		t.Run(tt.name, func(t *testing.T) {
			f := openScoresheet(t, fill(t, sheet, k, tt.fill))
			checkSummary(t, calcGrid(t, f, scoresheet.SummarySheet), k, tt.fill)
		})
	}
}

// xlsxValues recalculates workbooks in LibreOffice (testkit.Recalc).
const xlsxValues = "testdata/xlsx-values"

// TestScoresheetFormulasMatchSummarizeInLibreOffice recalculates every
// filling, of the kit in English and in German, in one LibreOffice run.
func TestScoresheetFormulasMatchSummarizeInLibreOffice(t *testing.T) {
	t.Parallel()
	testkit.NeedLibreOffice(t)
	kits := []struct {
		lang string
		k    *kit.Kit
	}{{"en", loopKit()}, {"de", testkit.InGerman(loopKit())}}
	var books [][]byte
	for _, c := range kits {
		sheet := writeScoresheet(t, c.k)
		for _, tt := range fillings {
			books = append(books, fill(t, sheet, c.k, tt.fill))
		}
	}
	values := testkit.Recalc(t, xlsxValues, books...)
	for j, c := range kits {
		for i, tt := range fillings {
			t.Run(c.lang+"/"+tt.name, func(t *testing.T) {
				sheets := values[j*len(fillings)+i]
				g, ok := sheets[scoresheet.SummarySheet]
				if !ok {
					t.Fatalf("LibreOffice wrote no %s sheet; it wrote %v", scoresheet.SummarySheet, keys(sheets))
				}
				checkSummary(t, g, c.k, tt.fill)
				// The names typed in stay as typed.
				if got := grid(sheets[scoresheet.KitSheet]).label(t, scoresheet.LabelCandidate); got != c.k.Candidate {
					t.Errorf("Kit candidate = %q, want %q", got, c.k.Candidate)
				}
			})
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
