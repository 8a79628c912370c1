package scoresheet

// Each formula that mirrors a rule of kit, run in excelize's calculation
// engine and in LibreOffice against the Go function. Every case of a
// formula is a row of one workbook, so LibreOffice, slow to start,
// recalculates each formula's cases in a single run.

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"
	"unicode"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/xuri/excelize/v2"
)

// casesSheet is the sheet of a case workbook that holds the cases.
const casesSheet = "Cases"

// caseBook is a workbook of test cases: a row per case on casesSheet, its
// inputs and the formulas under test.
type caseBook struct {
	t testing.TB
	f *excelize.File
}

func newCaseBook(t testing.TB) *caseBook {
	t.Helper()
	f := excelize.NewFile()
	t.Cleanup(func() { f.Close() })
	if err := f.SetSheetName("Sheet1", casesSheet); err != nil {
		t.Fatal(err)
	}
	return &caseBook{t: t, f: f}
}

// set stores v in a cell as a person or a program would type it: nil
// leaves the cell blank.
func (cb *caseBook) set(sheet, cell string, v any) {
	cb.t.Helper()
	var err error
	switch v := v.(type) {
	case nil:
	case string:
		err = cb.f.SetCellStr(sheet, cell, v)
	case int:
		err = cb.f.SetCellInt(sheet, cell, int64(v))
	case float64:
		err = cb.f.SetCellFloat(sheet, cell, v, -1, 64)
	case bool:
		err = cb.f.SetCellBool(sheet, cell, v)
	default:
		cb.t.Fatalf("cannot type %T", v)
	}
	if err != nil {
		cb.t.Fatal(err)
	}
}

func (cb *caseBook) formula(cell, formula string) {
	cb.t.Helper()
	if err := cb.f.SetCellFormula(casesSheet, cell, formula); err != nil {
		cb.t.Fatal(err)
	}
}

// computed runs check with the cells of casesSheet as excelize computes
// them and, in full mode, as LibreOffice does.
func (cb *caseBook) computed(t *testing.T, check func(t *testing.T, at func(cell string) string)) {
	t.Run("excelize", func(t *testing.T) {
		check(t, func(cell string) string {
			t.Helper()
			v, err := cb.f.CalcCellValue(casesSheet, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s: %v", cell, err)
			}
			return v
		})
	})
	var buf bytes.Buffer
	if err := cb.f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	t.Run("LibreOffice", func(t *testing.T) {
		t.Parallel()
		rows := testkit.Recalc(t, xlsxValues, buf.Bytes())[0][casesSheet]
		check(t, func(cell string) string {
			c, r, err := excelize.CellNameToCoordinates(cell)
			if err != nil {
				t.Fatal(err)
			}
			if r-1 < len(rows) && c-1 < len(rows[r-1]) {
				return rows[r-1][c-1]
			}
			return ""
		})
	})
}

// xlsxValues recalculates workbooks in LibreOffice (testkit.Recalc).
const xlsxValues = "testdata/xlsx-values"

func TestScoreFormulaCountsWhatParseScoreAccepts(t *testing.T) {
	cases := []struct {
		typed any // as typed into the Score cell
		cell  Cell
	}{
		{nil, Cell{}},
		{1, Cell{Kind: CellNumber, Text: "1"}},
		{2, Cell{Kind: CellNumber, Text: "2"}},
		{3, Cell{Kind: CellNumber, Text: "3"}},
		{4, Cell{Kind: CellNumber, Text: "4"}},
		{3.0, Cell{Kind: CellNumber, Text: "3"}},
		{0, Cell{Kind: CellNumber, Text: "0"}},
		{5, Cell{Kind: CellNumber, Text: "5"}},
		{-1, Cell{Kind: CellNumber, Text: "-1"}},
		{2.5, Cell{Kind: CellNumber, Text: "2.5"}},
		{"1", Cell{Kind: CellText, Text: "1"}},
		{"2", Cell{Kind: CellText, Text: "2"}},
		{"3", Cell{Kind: CellText, Text: "3"}},
		{"4", Cell{Kind: CellText, Text: "4"}},
		{kit.ScoreNA, Cell{Kind: CellText, Text: kit.ScoreNA}},
		{"n/a", Cell{Kind: CellText, Text: "n/a"}},
		{"N/a", Cell{Kind: CellText, Text: "N/a"}},
		{"NA", Cell{Kind: CellText, Text: "NA"}},
		{"", Cell{Kind: CellText, Text: ""}},
		{"   ", Cell{Kind: CellText, Text: "   "}},
		{" 3", Cell{Kind: CellText, Text: " 3"}},
		{"3 ", Cell{Kind: CellText, Text: "3 "}},
		{"0", Cell{Kind: CellText, Text: "0"}},
		{"5", Cell{Kind: CellText, Text: "5"}},
		{"2.5", Cell{Kind: CellText, Text: "2.5"}},
		{"3.0", Cell{Kind: CellText, Text: "3.0"}},
		{"03", Cell{Kind: CellText, Text: "03"}},
		{"+3", Cell{Kind: CellText, Text: "+3"}},
		{"three", Cell{Kind: CellText, Text: "three"}},
		{true, Cell{Kind: CellBool, Text: "1"}},
		{false, Cell{Kind: CellBool, Text: "0"}},
	}
	cb := newCaseBook(t)
	for i, c := range cases {
		row := i + 1
		cb.set(casesSheet, cellName(1, row), c.typed)
		cb.formula(cellName(2, row), countedFormula(cellName(1, row)))
		cb.formula(cellName(3, row), pointsFormula(cellName(2, row), cellName(1, row)))
	}
	cb.computed(t, func(t *testing.T, at func(string) string) {
		for i, c := range cases {
			row := i + 1
			status, value, err := ParseScore(c.cell)
			counted, points := "0", ""
			if err == nil && status == kit.ScoreGiven {
				counted, points = "1", strconv.Itoa(value)
			}
			if got := at(cellName(2, row)); got != counted {
				t.Errorf("%#v: counted %q; ParseScore gives %v, %d, %v", c.typed, got, status, value, err)
			}
			if got := at(cellName(3, row)); got != points {
				t.Errorf("%#v: points %q, want %q", c.typed, got, points)
			}
		}
	})
}

// rulePolicies are the rules TestRuleFormulaIsRecommend checks: the
// default, and a team's own with other thresholds and labels.
var rulePolicies = map[string]kit.Policy{
	"default": kit.DefaultPolicy(),
	"team": {Rule: kit.Rule{StrongYesAt: 3.6, YesAt: 3, NoAt: 2.25, MinScoredShare: 0.6,
		Labels: kit.RecommendationLabels{StrongNo: "Strong no hire", No: "No hire", Yes: "Hire",
			StrongYes: "Strong hire", NoDecision: "Undecided"}}},
}

func TestRuleFormulaIsRecommend(t *testing.T) {
	for name, p := range rulePolicies {
		t.Run(name, func(t *testing.T) { testRuleFormula(t, p.WithDefaults()) })
	}
}

func testRuleFormula(t *testing.T, p kit.Policy) {
	const below = 1e-9 // further below than any program's comparison slack
	type rule struct {
		average       any // "" when nothing is scored, as the Summary has it
		scored, total int
	}
	var cases []rule
	for _, at := range []float64{p.Rule.StrongYesAt, p.Rule.YesAt, p.Rule.NoAt} {
		cases = append(cases, rule{at, 4, 4}, rule{at - below, 4, 4}, rule{at + below, 4, 4})
	}
	cases = append(cases,
		rule{4.0, 4, 4}, rule{1.0, 4, 4}, rule{3.2, 10, 12},
		rule{"", 0, 4}, rule{"", 0, 0},
		rule{3.6, 2, 4}, // exactly half scored: a decision by the default rule
		rule{3.6, 2, 5}, // just under half: none
		rule{3.6, 3, 5}, rule{2.5, 1, 2}, rule{2.5, 1, 3}, rule{1.5, 1, 1},
		rule{3.7, 6, 10}, rule{3.7, 5, 10}, // 60% scored, and just under
	)
	cb := newCaseBook(t)
	if _, err := cb.f.NewSheet(SummarySheet); err != nil {
		t.Fatal(err)
	}
	for _, c := range ruleCells(p.Rule) { // where ruleFormula reads the thresholds
		cb.set(SummarySheet, cellName(2, c.row), c.value)
	}
	for i, c := range cases {
		row := i + 1
		cb.set(casesSheet, cellName(1, row), c.average)
		cb.set(casesSheet, cellName(2, row), c.scored)
		cb.set(casesSheet, cellName(3, row), c.total)
		cb.formula(cellName(4, row), ruleFormula(cellName(1, row), cellName(2, row), cellName(3, row), p.Rule.Labels))
	}
	cb.computed(t, func(t *testing.T, at func(string) string) {
		for i, c := range cases {
			avg, _ := c.average.(float64)
			want := kit.Recommend(p, avg, c.scored, c.total)
			if got := at(cellName(4, i+1)); got != want {
				t.Errorf("average %v, %d of %d scored: %q, kit.Recommend says %q", c.average, c.scored, c.total, got, want)
			}
		}
	})
}

// personNames are names as interviewers type them: accents of many Latin
// languages, Greek and Cyrillic, case, doubled, leading and trailing
// spaces, no-break and other Unicode spaces, tabs, and nothing at all.
var personNames = []string{
	"Ana López", "ana lopez", "Ana  Lopez", " ANA LÓPEZ ", "Ana\u00a0López", "Ana\tLópez", "Ana\u2003\u2003López",
	"\u00a0Ana López\u3000", "", "   ", "\u00a0", "\t",
	"José María Núñez", "Begoña Ibáñez",
	"João Gonçalves", "Conceição Araújo", "Ângela Lusíadas",
	"François Lefèvre", "Hélène Bézier", "Maëlle Cœur", "Noël Garçon", "ÈVE ŒUVRAY",
	"Jürgen Groß", "STRAẞE", "Änne Öhlschläger",
	"Łukasz Żółć", "Michał Kościuszko", "Agnieszka Wąsowska",
	"Antonín Dvořák", "Ľudovít Štúr", "Zdeněk Šťastný", "ŤAŽKÝ ĎÁBEL",
	"Erdős Pál", "Ödön Lőrincz", "Győző Újvári", "ŐRS ŰRHAJÓS",
	"Ștefan Țiriac", "Ioana Brâncuși", "Şerban Ţuţea",
	"İlkay Gündoğan", "Çağrı Öztürk", "IŞIK Ilıcalı", "ilkay gundogan",
	"Nguyễn Thị Ánh", "Trần Hưng Đạo", "Phạm Văn Đồng", "NGUYỄN THỊ ÁNH",
	"Þóra Guðmundsdóttir", "Bjarnþór Æsir", "ÞÓRA GUÐMUNDSDÓTTIR",
	"Søren Kierkegaard", "Åse Ærø", "Åsa Ström", "Jääskeläinen",
	"Đorđe Čolić", "Džemal Džeko", "Ǆemal ǅeko ǆ",
	"Jānis Bērziņš", "Ķēniņš Ļaudis", "Ģirts Ņikitins",
	"Žemaitė Šatrijos", "Vytautas Ąžuolas Įsrūtis", "Ųla Ėglė",
	"Ġużè Ħabib", "Żaren Ċensu",
	"Siân Ŵyn Ŷr", "Seán Ó Súilleabháin", "Niccolò Lucà",
	"Ĉiuĵaŭde Ŝanĝo Ĝuste Ĥoro", "Pere Gual·la", "Čedomir Šušteršič",
	"Ëndrit Çela", "Õie Õunapuu", "Áŋŋá Čáhppes", "Əli Ağayev", "Lǚ Xiùyīng",
	"ΟΔΥΣΣΕΥΣ Σ", "Οδυσσεύς", "Пётр Чайковский", "Kūkaʻilimoku", "O'Brien-Smith", "=HYPERLINK(\"x\")", `Quote "Q" Name`,
}

func TestPersonKeyFormulaIsPersonKey(t *testing.T) {
	names := personNames
	if !testing.Short() {
		// Every letter of the blocks the tables cover, in both cases.
		for _, block := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}, {0x0370, 0x03FF}} {
			for r := block[0]; r <= block[1]; r++ {
				if unicode.IsLetter(r) {
					names = append(names, fmt.Sprintf("x%cY", r))
				}
			}
		}
	}
	parts := personKeyParts()
	keyCol := parts + 2
	cb := newCaseBook(t)
	for i, name := range names {
		row := i + 1
		part := func(p int) string { return cellName(2+p, row) }
		cb.set(casesSheet, cellName(1, row), name)
		for p, f := range personKeyFormulas(cellName(1, row), part) {
			cb.formula(part(p), f)
		}
		cb.formula(cellName(keyCol, row), personFormula(part(parts-1), 1))
	}
	cb.computed(t, func(t *testing.T, at func(string) string) {
		for i, name := range names {
			want := kit.PersonKey(name)
			if want == "" {
				want = nobody(1)
			}
			if got := at(cellName(keyCol, i+1)); got != want {
				t.Errorf("%q: key %q, kit.PersonKey gives %q", name, got, want)
			}
		}
	})
}

func TestPersonKeyFormulaFitsExcel(t *testing.T) {
	formulas := personKeyFormulas("Summary!B21", func(p int) string { return cellName(30+p, 21) })
	for p, f := range formulas {
		if len(f) > 8192 {
			t.Errorf("part %d is %d characters; Excel allows 8,192", p+1, len(f))
		}
		depth, deepest := 0, 0
		for _, r := range f {
			switch r {
			case '(':
				depth++
				deepest = max(deepest, depth)
			case ')':
				depth--
			}
		}
		if deepest > 64 {
			t.Errorf("part %d nests %d deep; Excel allows 64", p+1, deepest)
		}
	}
}
