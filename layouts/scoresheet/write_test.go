package scoresheet_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// Areas of the synthetic kits.
var (
	areaORM      = kit.Area{ID: "orm", Title: "Models and ORM"}
	areaSecurity = kit.Area{ID: "security", Title: "Security"}
	areaTesting  = kit.Area{ID: "testing", Title: "Testing"}
	areaPeople   = kit.Area{ID: "collaboration", Title: "Collaboration"}
)

// question makes a synthetic question; weight 0 means the default of 1.
func question(id string, weight float64, areas ...string) *kit.Question {
	return &kit.Question{
		ID:      id,
		Text:    "What would you do about " + strings.ReplaceAll(id, "-", " ") + "? Walk me through it.",
		Stage:   "core",
		Areas:   areas,
		Levels:  []string{"mid", "senior"},
		Minutes: 8,
		Weight:  weight,
		Rubric: kit.Rubric{
			"No evidence: cannot describe " + id + ".",
			"Partial: names the idea but not when it applies.",
			"Solid: explains it and picks the right tool.",
			"Exceptional: also weighs the trade-offs and prevents regressions.",
		},
	}
}

// syntheticKit is a kit of the given rounds, each a list of questions, with
// names that look like formulas.
func syntheticKit(rounds ...[]*kit.Question) *kit.Kit {
	k := &kit.Kit{
		Candidate:   "=HYPERLINK(\"http://evil.example\",\"Ana\")",
		Role:        "@Django Developer",
		Level:       kit.Level{ID: "senior", Title: "Senior", Years: "5-8 y"},
		Date:        time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC),
		Seed:        18446744073709551557, // too big for a spreadsheet number
		BankTitle:   "Django developer",
		BankVersion: "b3f1c2d4e5a6",
		ToolVersion: "v0.1.0-test",
	}
	titles := []string{"Django core", "Security: auth/permissions", "Candidate's questions"}
	interviewers := []string{"+1 555 0100", "-Bob & Co", ""}
	for i, qs := range rounds {
		k.Rounds = append(k.Rounds, kit.Round{
			Title:       titles[i%len(titles)],
			Interviewer: interviewers[i%len(interviewers)],
			Selection: kit.Selection{
				Level:     k.Level,
				Areas:     []kit.Area{areaORM, areaSecurity, areaTesting, areaPeople},
				Focused:   true,
				Questions: qs,
				Plan:      kit.TimePlan{Total: 60},
			},
		})
	}
	k.Finish()
	return k
}

// twelveQuestions is one round of 12 questions over four areas with mixed
// weights, as a 90-minute round has.
func twelveQuestions() []*kit.Question {
	return []*kit.Question{
		question("orm-n-plus-one", 2, "orm", "performance"),
		question("orm-migrations", 0, "orm"),
		question("orm-transactions", 1.5, "orm"),
		question("sec-csrf", 1, "security"),
		question("sec-xss", 0.5, "security", "web"),
		question("sec-idor", 2, "security"),
		question("test-strategy", 1, "testing"),
		question("test-fixtures", 1, "testing"),
		question("test-mocking", 1.5, "testing"),
		question("people-disagree", 1, "collaboration"),
		question("people-feedback", 1, "collaboration"),
		question("people-mentor", 3, "collaboration", "leadership"),
	}
}

func writeScoresheet(t testing.TB, k *kit.Kit) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := scoresheet.Write(&buf, k); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openScoresheet(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// findLabel returns the cell right of the first cell holding label, as a
// reader of completed sheets does.
func findLabel(t testing.TB, f *excelize.File, sheet, label string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			if v == label {
				cell, _ := excelize.CoordinatesToCellName(c+2, r+1)
				return cell
			}
		}
	}
	t.Fatalf("sheet %s: no label %q", sheet, label)
	return ""
}

// questionRows finds a round sheet's header row by its names and returns
// the row number of each question, keyed by question ID, and the column of
// each header name.
func questionRows(t testing.TB, f *excelize.File, sheet string) (rows map[string]int, order []string, cols map[string]string) {
	t.Helper()
	all, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	header := -1
	for r, row := range all {
		if len(row) >= len(scoresheet.RoundColumns) && slices.Equal(row[:len(scoresheet.RoundColumns)], scoresheet.RoundColumns) {
			header = r
			break
		}
	}
	if header < 0 {
		t.Fatalf("sheet %s: no header row %q", sheet, scoresheet.RoundColumns)
	}
	cols = map[string]string{}
	for i, name := range scoresheet.RoundColumns {
		cols[name], _ = excelize.ColumnNumberToName(i + 1)
	}
	rows = map[string]int{}
	idCol := slices.Index(scoresheet.RoundColumns, scoresheet.ColumnID)
	for r := header + 1; r < len(all) && len(all[r]) > idCol && all[r][idCol] != ""; r++ {
		rows[all[r][idCol]] = r + 1
		order = append(order, all[r][idCol])
	}
	return rows, order, cols
}

func TestScoresheetSheetsAndHeader(t *testing.T) {
	k := syntheticKit(twelveQuestions()[:7], twelveQuestions()[7:], nil)
	f := openScoresheet(t, writeScoresheet(t, k))
	names := scoresheet.RoundSheetNames(k)
	want := append(slices.Clone(names), scoresheet.SummarySheet, scoresheet.KitSheet)
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	if names[1] != "Security- auth-permissions" || names[2] != "Candidate's questions" {
		t.Errorf("round sheet names = %q", names)
	}
	for i, r := range k.Rounds {
		_, order, _ := questionRows(t, f, names[i])
		var ids []string
		for _, q := range r.Questions {
			ids = append(ids, q.ID)
		}
		if !slices.Equal(order, ids) {
			t.Errorf("sheet %s: question rows %q, want packet order %q", names[i], order, ids)
		}
	}
}

func TestScoresheetKitSheet(t *testing.T) {
	k := syntheticKit(twelveQuestions())
	f := openScoresheet(t, writeScoresheet(t, k))
	for label, want := range map[string]string{
		scoresheet.LabelKitID:       k.ID,
		scoresheet.LabelCandidate:   k.Candidate,
		scoresheet.LabelRole:        k.Role,
		scoresheet.LabelLevel:       "Senior",
		scoresheet.LabelLevelID:     "senior",
		scoresheet.LabelDate:        "2026-03-14",
		scoresheet.LabelSeed:        "18446744073709551557",
		scoresheet.LabelBankVersion: k.BankVersion,
		scoresheet.LabelToolVersion: k.ToolVersion,
		scoresheet.LabelFormat:      strconv.Itoa(scoresheet.FormatVersion),
		scoresheet.LabelRetention:   k.Retention,
	} {
		cell := findLabel(t, f, scoresheet.KitSheet, label)
		if got, _ := f.GetCellValue(scoresheet.KitSheet, cell); got != want {
			t.Errorf("Kit!%s (%s) = %q, want %q", cell, label, got, want)
		}
	}
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if got[scoresheet.PropertyKitID] != k.ID || got[scoresheet.PropertyBankVersion] != k.BankVersion {
		t.Errorf("custom properties = %v, want %s = %s", got, scoresheet.PropertyKitID, k.ID)
	}
	doc, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Title, k.ID) || doc.Identifier != k.ID || doc.Creator != "interviewkit" {
		t.Errorf("document properties = %+v", doc)
	}
}

// TestScoresheetNamesStayText checks that names which look like formulas
// are stored as literal text wherever they appear.
func TestScoresheetNamesStayText(t *testing.T) {
	for _, name := range []string{`=HYPERLINK("http://evil.example","x")`, "+1 555 0100", "-2+3", "@SUM(A1)", "=1+1"} {
		t.Run(name, func(t *testing.T) {
			k := syntheticKit(twelveQuestions()[:3])
			k.Candidate, k.Rounds[0].Interviewer = name, name
			f := openScoresheet(t, writeScoresheet(t, k))
			sheet := scoresheet.RoundSheetNames(k)[0]
			for _, at := range []struct{ sheet, label string }{
				{scoresheet.KitSheet, scoresheet.LabelCandidate},
				{scoresheet.SummarySheet, scoresheet.LabelCandidate},
				{sheet, scoresheet.LabelCandidate},
				{sheet, scoresheet.LabelInterviewer},
			} {
				cell := findLabel(t, f, at.sheet, at.label)
				if formula, _ := f.GetCellFormula(at.sheet, cell); formula != "" {
					t.Errorf("%s!%s holds formula %q", at.sheet, cell, formula)
				}
				if typ, _ := f.GetCellType(at.sheet, cell); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s!%s has type %v, want a string", at.sheet, cell, typ)
				}
				if got, _ := f.GetCellValue(at.sheet, cell); got != name {
					t.Errorf("%s!%s = %q, want %q", at.sheet, cell, got, name)
				}
			}
		})
	}
}

func TestRoundSheetNames(t *testing.T) {
	tests := []struct {
		titles []string
		want   []string
	}{
		{[]string{"Django core"}, []string{"Django core"}},
		{[]string{"System design / practical [60]"}, []string{"System design - practical -60-"}},
		{[]string{"Summary", "summary", "Kit"}, []string{"Summary (2)", "summary (3)", "Kit (2)"}},
		{[]string{"", "  "}, []string{"Round 1", "Round 2"}},
		{[]string{"'quoted'"}, []string{"quoted"}},
		{[]string{"Python screen + Django core + Advanced Django"}, []string{"Python screen + Django core + A"}},
		{[]string{"Python screen + Django core + Advanced", "Python screen + Django core + Advanced"},
			[]string{"Python screen + Django core + A", "Python screen + Django core (2)"}},
		{[]string{"Système 设计 / review"}, []string{"Système 设计 - review"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.titles, "|"), func(t *testing.T) {
			k := &kit.Kit{}
			for _, title := range tt.titles {
				k.Rounds = append(k.Rounds, kit.Round{Title: title})
			}
			got := scoresheet.RoundSheetNames(k)
			if !slices.Equal(got, tt.want) {
				t.Errorf("RoundSheetNames(%q) = %q, want %q", tt.titles, got, tt.want)
			}
			f := excelize.NewFile()
			defer f.Close()
			for _, n := range got {
				if _, err := f.NewSheet(n); err != nil {
					t.Errorf("sheet name %q: %v", n, err)
				}
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// dumpCells lists the custom properties, then every cell of every sheet,
// its value or its formula, one a line: the workbook's content without the
// zip and XML around it.
func dumpCells(t testing.TB, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	b.WriteString("== custom properties\n")
	for _, p := range props {
		fmt.Fprintf(&b, "%s %v\n", p.Name, p.Value)
	}
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sheet)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		width := 12
		for _, row := range rows {
			width = max(width, len(row))
		}
		if dim, err := f.GetSheetDimension(sheet); err == nil {
			if _, to, ok := strings.Cut(dim, ":"); ok {
				if c, _, err := excelize.CellNameToCoordinates(to); err == nil {
					width = max(width, c)
				}
			}
		}
		for r := range len(rows) {
			for c := range width {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					fmt.Fprintf(&b, "%s =%s\n", cell, formula)
				} else if v, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true}); v != "" {
					fmt.Fprintf(&b, "%s %q\n", cell, v)
				}
			}
		}
	}
	return b.String()
}

// TestScoresheetGolden compares the cells of a two-round scoresheet with
// testdata/two-rounds.golden, and of the same kit in German with
// two-rounds-de.golden; go test ./layouts/scoresheet -update rewrites them.
func TestScoresheetGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		k    *kit.Kit
	}{{"two-rounds", loopKit()}, {"two-rounds-de", testkit.InGerman(loopKit())}} {
		t.Run(c.name, func(t *testing.T) {
			got := dumpCells(t, openScoresheet(t, writeScoresheet(t, c.k)))
			if again := dumpCells(t, openScoresheet(t, writeScoresheet(t, c.k))); again != got {
				t.Fatal("two scoresheets of one kit hold different cells")
			}
			golden := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("cells differ from %s (go test ./layouts/scoresheet -update rewrites it):\n%s", golden, testkit.LineDiff(string(want), got))
			}
		})
	}
}

// TestScoresheetSameBytesEveryRun writes a loop's scoresheet again and
// again: excelize adds a chart's content types in map order, which
// WriteScoresheet puts in a fixed one.
func TestScoresheetSameBytesEveryRun(t *testing.T) {
	k := loopKit()
	first := writeScoresheet(t, k)
	for range 20 {
		if !bytes.Equal(writeScoresheet(t, k), first) {
			t.Fatal("two scoresheets of one kit differ in their bytes")
		}
	}
}

func TestScoresheetNeedsRounds(t *testing.T) {
	if err := scoresheet.Write(&bytes.Buffer{}, &kit.Kit{ID: "AAAA-BBBB"}); err == nil {
		t.Fatal("WriteScoresheet of a kit without rounds: no error")
	}
}

func TestScoresheetFromEmbeddedBank(t *testing.T) {
	b := testkit.Bank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: "senior", Minutes: 90, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	k := &kit.Kit{Candidate: "Ana López", Level: sel.Level, Date: testkit.Date,
		Seed: 7, BankTitle: b.Title, BankVersion: b.Version, ToolVersion: "test",
		Rounds: []kit.Round{{Title: kit.RoundTitle(sel.Stages), Interviewer: "Bob", Selection: *sel}}}
	k.Finish()
	f := openScoresheet(t, writeScoresheet(t, k))
	_, order, _ := questionRows(t, f, scoresheet.RoundSheetNames(k)[0])
	if len(order) != len(sel.Questions) || len(order) == 0 {
		t.Fatalf("%d question rows, want %d", len(order), len(sel.Questions))
	}
	for i, q := range sel.Questions {
		if order[i] != q.ID {
			t.Errorf("row %d = %s, want %s", i+1, order[i], q.ID)
		}
	}
}

func BenchmarkScoresheet(b *testing.B) {
	k := syntheticKit(twelveQuestions())
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := scoresheet.Write(&buf, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}

// FuzzScoresheetNames writes kits whose names and round titles are any
// text: the file opens, the names stay literal text, and every round gets a
// valid sheet of its own.
func FuzzScoresheetNames(f *testing.F) {
	f.Add(`=HYPERLINK("http://x","y")`, "+1 555", "Summary", "kit")
	f.Add("Ana & Bob", "@x", "System design / practical [60]'", "'")
	f.Add(strings.Repeat("&", 100), strings.Repeat("𝄞", 40), strings.Repeat("x", 40), "History")
	f.Add("tab\there", "bell\x07", "new\nline", "\xff\xfe")
	f.Fuzz(func(t *testing.T, candidate, interviewer, title1, title2 string) {
		if len(candidate) > 400 || len(interviewer) > 400 {
			t.Skip()
		}
		qs := twelveQuestions()
		k := syntheticKit(qs[:2], qs[2:3])
		k.Candidate, k.Rounds[0].Interviewer = candidate, interviewer
		k.Rounds[0].Title, k.Rounds[1].Title = title1, title2
		f := openScoresheet(t, writeScoresheet(t, k))
		names := scoresheet.RoundSheetNames(k)
		seen := map[string]bool{}
		for _, n := range names {
			if seen[strings.ToLower(n)] {
				t.Errorf("sheet name %q used twice", n)
			}
			seen[strings.ToLower(n)] = true
		}
		cell := findLabel(t, f, scoresheet.KitSheet, scoresheet.LabelCandidate)
		if got, _ := f.GetCellValue(scoresheet.KitSheet, cell); got != xmlText(candidate) {
			t.Errorf("candidate %q read back as %q", candidate, got)
		}
		if formula, _ := f.GetCellFormula(scoresheet.KitSheet, cell); formula != "" {
			t.Errorf("candidate %q became formula %q", candidate, formula)
		}
	})
}

// xmlText is s as an XML file can hold it: characters XML forbids become
// U+FFFD.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, s)
}
