package scoresheet_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// readKit is a two-round kit for reader tests, with names that read like
// labels and formulas.
func readKit(candidate, role string) *kit.Kit {
	q := func(id, area string, w float64) *kit.Question {
		return &kit.Question{ID: id, Text: "What about " + id + "?", Stage: "core", Areas: []string{area},
			Levels: []string{"mid"}, Minutes: 5, Weight: w, Rubric: kit.Rubric{"none", "some", "solid", "deep"}}
	}
	areas := []kit.Area{{ID: "orm", Title: "Models and ORM"}, {ID: "security", Title: "Security"}}
	k := &kit.Kit{Candidate: candidate, Role: role, Level: kit.Level{ID: "mid", Title: "Mid-level"},
		Date: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), Seed: 18446744073709551557,
		BankTitle: "Test bank", BankVersion: "abc123def456", ToolVersion: "v-test"}
	round := func(title, who string, qs ...*kit.Question) kit.Round {
		return kit.Round{Title: title, Interviewer: who, Selection: kit.Selection{Level: k.Level, Areas: areas,
			Questions: qs, Plan: kit.TimePlan{Total: 45}}}
	}
	k.Rounds = []kit.Round{
		round("Django core", "Bo Svensson", q("orm-a", "orm", 1), q("orm-b", "orm", 2), q("sec-a", "security", 0.5), q("sec-b", "security", 1)),
		round("Security: deep dive", "", q("sec-c", "security", 1), q("orm-c", "orm", 1.5)),
	}
	k.Finish()
	return k
}

// readSheet writes k's scoresheet.
func readSheet(t testing.TB, k *kit.Kit) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := scoresheet.Write(&buf, k); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readBack reads a scoresheet from bytes.
func readBack(b []byte) (*scoresheet.Completed, error) {
	return scoresheet.Read(bytes.NewReader(b), int64(len(b)))
}

// edit opens b in excelize, lets fn change it and returns the new bytes.
func edit(t testing.TB, b []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fn(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadScoresheetRoundTrip(t *testing.T) {
	k := readKit("Ana López", "Django Developer")
	blank := readSheet(t, k)
	s, err := readBack(blank)
	if err != nil {
		t.Fatal(err)
	}
	// Type into the cells the blank sheet's reading says are there.
	r1, r2 := s.Rounds[0], s.Rounds[1]
	filled := edit(t, blank, func(f *excelize.File) {
		must(t, f.SetCellValue(r1.Sheet, r1.Rows[0].Score.Ref, 3))
		must(t, f.SetCellStr(r1.Sheet, r1.Rows[1].Score.Ref, "N/A"))
		must(t, f.SetCellStr(r1.Sheet, r1.Rows[3].Score.Ref, "4"))
		must(t, f.SetCellStr(r1.Sheet, r1.Rows[0].Notes.Ref, "=HYPERLINK(\"x\")"))
		must(t, f.SetCellFormula(r1.Sheet, r1.Rows[3].Notes.Ref, "1+1"))
		must(t, f.SetCellStr(r1.Sheet, r1.Recommendation.Ref, "Yes"))
		must(t, f.SetCellFormula(r2.Sheet, r2.Rows[0].Score.Ref, "1+2"))
		must(t, f.SetCellBool(r2.Sheet, r2.Rows[1].Score.Ref, true))
		must(t, f.SetCellStr(r2.Sheet, r2.InterviewerCell.Ref, "Chidi Okafor"))
	})
	s, err = readBack(filled)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s", s.KitID, s.Candidate, s.Role, s.Level, s.LevelID, s.Date,
		s.Seed, s.BankTitle, s.BankVersion, s.ToolVersion, s.Format, s.Retention)
	want := fmt.Sprintf("%s|Ana López|Django Developer|Mid-level|mid|2026-03-14|18446744073709551557|Test bank|abc123def456|v-test|%d|%s",
		k.ID, scoresheet.FormatVersion, kit.DefaultRetention)
	if got != want {
		t.Errorf("kit facts\n%s\nwant\n%s", got, want)
	}
	if s.Properties[scoresheet.PropertyKitID] != k.ID || s.Properties[scoresheet.PropertyFormat] != fmt.Sprint(scoresheet.FormatVersion) ||
		s.Properties[scoresheet.PropertyBankVersion] != "abc123def456" {
		t.Errorf("properties: %v", s.Properties)
	}
	names := scoresheet.RoundSheetNames(k)
	if len(s.Rounds) != 2 || s.Rounds[0].Sheet != names[0] || s.Rounds[1].Sheet != names[1] ||
		s.Rounds[1].Title != "Security: deep dive" || s.Rounds[0].Questions != 4 || s.Rounds[1].Questions != 2 {
		t.Fatalf("rounds: %+v", s.Rounds)
	}
	r1, r2 = s.Rounds[0], s.Rounds[1]
	if r1.KitID.Text != k.ID || r1.Candidate.Text != "Ana López" || r1.Date.Text != "2026-03-14" ||
		r1.InterviewerCell.Text != "Bo Svensson" || r1.Interviewer != "Bo Svensson" || r1.Recommendation.Text != "Yes" {
		t.Errorf("round 1 block: %+v", r1)
	}
	if r2.InterviewerCell.Text != "Chidi Okafor" || r2.Interviewer != "" || r2.Recommendation.Kind != scoresheet.CellEmpty {
		t.Errorf("round 2 block: %+v", r2)
	}
	var rows []string
	for _, r := range s.Rounds {
		for _, q := range r.Rows {
			status, v, err := scoresheet.ParseScore(q.Score)
			rows = append(rows, fmt.Sprintf("%s %s %s w=%s %s:%d/%d/%v notes=%q", r.Sheet, q.QuestionID, q.AreaID,
				q.Weight.Text, q.Score.Ref, status, v, err, q.Notes.Typed()))
		}
	}
	wantRows := []string{
		names[0] + ` orm-a orm w=1 H7:2/3/<nil> notes="=HYPERLINK(\"x\")"`,
		names[0] + ` orm-b orm w=2 H8:1/0/<nil> notes=""`,
		names[0] + ` sec-a security w=0.5 H9:0/0/<nil> notes=""`,
		names[0] + ` sec-b security w=1 H10:2/4/<nil> notes="=1+1"`,
		names[1] + ` sec-c security w=1 H7:0/0/score is a formula (=1+2), not 1-4 or N/A notes=""`,
		names[1] + ` orm-c orm w=1.5 H8:0/0/score TRUE is not 1-4 or N/A notes=""`,
	}
	if !slices.Equal(rows, wantRows) {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(wantRows, "\n"))
	}
}

// TestReadScoresheetTakesLabelsForLabels: a value that reads like a label
// (a candidate called "Kit ID", a role called "Candidate") is a value.
func TestReadScoresheetTakesLabelsForLabels(t *testing.T) {
	k := readKit(scoresheet.LabelKitID, scoresheet.LabelCandidate)
	s, err := readBack(readSheet(t, k))
	if err != nil {
		t.Fatal(err)
	}
	if s.KitID != k.ID || s.Candidate != scoresheet.LabelKitID || s.Role != scoresheet.LabelCandidate ||
		s.Rounds[0].KitID.Text != k.ID || s.Rounds[0].Candidate.Text != scoresheet.LabelKitID {
		t.Errorf("read %q %q %q, round %q %q", s.KitID, s.Candidate, s.Role, s.Rounds[0].KitID.Text, s.Rounds[0].Candidate.Text)
	}
}

func TestParseScore(t *testing.T) {
	text := func(s string) scoresheet.Cell { return scoresheet.Cell{Kind: scoresheet.CellText, Text: s} }
	number := func(s string) scoresheet.Cell { return scoresheet.Cell{Kind: scoresheet.CellNumber, Text: s} }
	tests := []struct {
		cell   scoresheet.Cell
		status kit.ScoreStatus
		value  int
		err    string
	}{
		{scoresheet.Cell{}, kit.ScoreBlank, 0, ""},
		{text(""), kit.ScoreBlank, 0, ""},
		{text("   "), kit.ScoreBlank, 0, ""},
		{number("1"), kit.ScoreGiven, 1, ""},
		{number("4"), kit.ScoreGiven, 4, ""},
		{number("3.0"), kit.ScoreGiven, 3, ""},
		{number("2E0"), kit.ScoreGiven, 2, ""},
		{text("3"), kit.ScoreGiven, 3, ""},
		{text("N/A"), kit.ScoreNotApplicable, 0, ""},
		{text("n/a"), kit.ScoreNotApplicable, 0, ""},
		{number("7"), 0, 0, "score 7 is not 1-4 or N/A"},
		{number("0"), 0, 0, "score 0 is not 1-4 or N/A"},
		{number("2.5"), 0, 0, "score 2.5 is not 1-4 or N/A"},
		{number("-1"), 0, 0, "score -1 is not 1-4 or N/A"},
		{text("three"), 0, 0, `score "three" is not 1-4 or N/A`},
		{text(" 3"), 0, 0, `score " 3" is not 1-4 or N/A`}, // the sheet's formulas would not count it either
		{text("3.0"), 0, 0, `score "3.0" is not 1-4 or N/A`},
		{text("NA"), 0, 0, `score "NA" is not 1-4 or N/A`},
		{scoresheet.Cell{Kind: scoresheet.CellFormula, Formula: "1+2", Text: "3"}, 0, 0, "score is a formula (=1+2), not 1-4 or N/A"},
		{scoresheet.Cell{Kind: scoresheet.CellBool, Text: "1"}, 0, 0, "score TRUE is not 1-4 or N/A"},
		{scoresheet.Cell{Kind: scoresheet.CellError, Text: "#N/A"}, 0, 0, `score "#N/A" is not 1-4 or N/A`},
		{scoresheet.Cell{Kind: scoresheet.CellDate, Text: "2026-03-14T00:00:00"}, 0, 0, `score "2026-03-14T00:00:00" is not 1-4 or N/A`},
	}
	for _, tt := range tests {
		status, v, err := scoresheet.ParseScore(tt.cell)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if status != tt.status || v != tt.value || msg != tt.err {
			t.Errorf("ParseScore(%+v) = %v, %d, %q; want %v, %d, %q", tt.cell, status, v, msg, tt.status, tt.value, tt.err)
		}
	}
}

// rezip rewrites a package: fn returns a part's new content, or nil to
// drop it. Parts are stored uncompressed.
func rezip(t testing.TB, b []byte, fn func(name string, data []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if data = fn(f.Name, data); data == nil {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// replacePart swaps one part of a package for other content.
func replacePart(t testing.TB, b []byte, part string, content func([]byte) []byte) []byte {
	t.Helper()
	return rezip(t, b, func(name string, data []byte) []byte {
		if name == part {
			return content(data)
		}
		return data
	})
}

// kitSheetPart is the part holding the Kit sheet of readKit's scoresheet.
const kitSheetPart = "xl/worksheets/sheet4.xml"

// Damaged and hostile packages the reader refuses.
var (
	// honestBomb is a part that really unpacks to 65 MB, past the limit.
	honestBomb = func() []byte {
		var deflated bytes.Buffer
		fw, _ := flate.NewWriter(&deflated, flate.BestSpeed)
		fw.Write(make([]byte, 65<<20))
		fw.Close()
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.CreateRaw(&zip.FileHeader{Name: "xl/sharedStrings.xml", Method: zip.Deflate,
			CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 65 << 20})
		w.Write(deflated.Bytes())
		zw.Close()
		return buf.Bytes()
	}
	// lyingBomb declares a part of 1 TB.
	lyingBomb = func() []byte {
		var small bytes.Buffer
		fw, _ := flate.NewWriter(&small, flate.BestCompression)
		fw.Write(make([]byte, 1<<20))
		fw.Close()
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
			CompressedSize64: uint64(small.Len()), UncompressedSize64: 1 << 40})
		w.Write(small.Bytes())
		zw.Close()
		return buf.Bytes()
	}
	// manyParts has more parts than a scoresheet ever has.
	manyParts = func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for i := range 2100 {
			zw.Create(fmt.Sprintf("p%d.xml", i))
		}
		zw.Close()
		return buf.Bytes()
	}
	// docx is a Word document.
	docx = func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte("<document/>"))
		zw.Close()
		return buf.Bytes()
	}
	// otherWorkbook is an empty workbook.
	otherWorkbook = func() []byte {
		var plain bytes.Buffer
		f := excelize.NewFile()
		f.Write(&plain)
		f.Close()
		return plain.Bytes()
	}
)

func TestReadScoresheetRefuses(t *testing.T) {
	k := readKit("Ana López", "Django Developer")
	good := readSheet(t, k)
	names := scoresheet.RoundSheetNames(k)
	tests := []struct {
		name string
		data []byte
		err  error
		want string
	}{
		{"empty", nil, scoresheet.ErrUnreadable, "the file is empty"},
		{"random bytes", []byte("\x00\x01\x02\xff\xfe garbage \x00"), scoresheet.ErrUnreadable, "not a zip package"},
		{"a CSV named .xlsx", []byte("Kit ID,Candidate,Score\r\nK7QF-3M2A,Ana López,3\r\n"), scoresheet.ErrUnreadable, "it is a text file (CSV or similar)"},
		{"truncated", good[:len(good)*2/3], scoresheet.ErrUnreadable, "damaged or truncated"},
		{"encrypted or .xls", append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 100)...), scoresheet.ErrUnreadable, "password-protected or an old .xls"},
		{"too big a file", nil, scoresheet.ErrTooLarge, "the file is 9.0 MB; a scoresheet is at most 8.0 MB"},
		{"zip bomb", honestBomb(), scoresheet.ErrTooLarge, `part "xl/sharedStrings.xml" unpacks to 65.0 MB`},
		{"zip bomb declaring 1 TB", lyingBomb(), scoresheet.ErrTooLarge, "unpacks to 1.0 TB"},
		{"thousands of parts", manyParts(), scoresheet.ErrTooLarge, "the package has 2100 parts"},
		{"a Word document", docx(), scoresheet.ErrUnreadable, "no workbook part"},
		{"another workbook", otherWorkbook(), scoresheet.ErrOtherWorkbook, `it has no "Kit" sheet (its sheets: Sheet1)`},
		{"no kit ID", edit(t, good, func(f *excelize.File) {
			must(t, f.SetCellStr(scoresheet.KitSheet, "A3", "Kit"))
		}), scoresheet.ErrOtherWorkbook, `the Kit sheet has no "Kit ID"`},
		{"no rounds table", edit(t, good, func(f *excelize.File) {
			must(t, f.SetCellStr(scoresheet.KitSheet, "A16", "Roundz"))
		}), scoresheet.ErrOtherWorkbook, `the Kit sheet has no "Rounds" table`},
		{"a round's sheet renamed", edit(t, good, func(f *excelize.File) {
			must(t, f.SetSheetName(names[1], "Renamed"))
		}), scoresheet.ErrOtherWorkbook, `round 2's sheet "Security- deep dive" is missing`},
		{"no header row", edit(t, good, func(f *excelize.File) {
			must(t, f.SetCellStr(names[0], "H6", "Points scored"))
		}), scoresheet.ErrOtherWorkbook, `sheet Django core has no header row with "ID" and "Score"`},
		{"broken XML", replacePart(t, good, kitSheetPart, func(b []byte) []byte { return b[:len(b)/2] }),
			scoresheet.ErrUnreadable, "part xl/worksheets/sheet4.xml: XML syntax error"},
		{"a shared string that is not there", replacePart(t, good, kitSheetPart, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`t="s"><v>`), []byte(`t="s"><v>99999`), 1)
		}), scoresheet.ErrUnreadable, "refers to shared string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, size := tt.data, int64(len(tt.data))
			if tt.name == "too big a file" {
				size = 9 << 20 // the size is checked before anything is read
			}
			s, err := scoresheet.Read(bytes.NewReader(data), size)
			if s != nil || !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want %v with %q", err, tt.err, tt.want)
			}
		})
	}
}

// TestReadScoresheetIgnoresFarCells: a sheet with a cell at the last
// column of every row and one at the last row reads as it would without
// them, cheaply; a reader that makes sheets dense would need gigabytes.
func TestReadScoresheetIgnoresFarCells(t *testing.T) {
	k := readKit("Ana López", "Django Developer")
	good := readSheet(t, k)
	want, err := readBack(good)
	if err != nil {
		t.Fatal(err)
	}
	far := replacePart(t, good, kitSheetPart, func(b []byte) []byte {
		var rows strings.Builder
		for r := 100; r < 20000; r++ {
			fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
		}
		rows.WriteString(`<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>far</t></is></c></row>`)
		return bytes.Replace(b, []byte("</sheetData>"), []byte(rows.String()+"</sheetData>"), 1)
	})
	got, err := readBack(far)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("far cells changed the reading:\n%+v\nwant\n%+v", got, want)
	}
}

// fuzzSeeds are real scoresheets, blank and filled, deflated and stored,
// whole and cut.
func fuzzSeeds(t testing.TB) [][]byte {
	k := readKit("Ana López", "Django Developer")
	blank := readSheet(t, k)
	s, err := readBack(blank)
	if err != nil {
		t.Fatal(err)
	}
	r := s.Rounds[0]
	filled := edit(t, blank, func(f *excelize.File) {
		must(t, f.SetCellValue(r.Sheet, r.Rows[0].Score.Ref, 3))
		must(t, f.SetCellStr(r.Sheet, r.Rows[1].Score.Ref, "three"))
		must(t, f.SetCellStr(r.Sheet, r.Rows[0].Notes.Ref, "fine"))
	})
	stored := rezip(t, filled, func(_ string, b []byte) []byte { return b })
	return [][]byte{blank, filled, stored, filled[:len(filled)/2], []byte("PK\x03\x04"), []byte("a,b\n1,2\n")}
}

// FuzzReadScoresheet: arbitrary bytes, and mutations of real files, never
// make the reader panic, and every failure is one of its errors.
func FuzzReadScoresheet(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := readBack(b)
		checkRead(t, s, err)
	})
}

// FuzzReadScoresheetPart replaces one part of a real scoresheet, stored
// uncompressed, with arbitrary bytes: the XML the reader parses itself.
func FuzzReadScoresheetPart(f *testing.F) {
	seeds := fuzzSeeds(f)
	stored := seeds[2]
	zr, err := zip.NewReader(bytes.NewReader(stored), int64(len(stored)))
	if err != nil {
		f.Fatal(err)
	}
	var parts []string
	for i, zf := range zr.File {
		parts = append(parts, zf.Name)
		rc, _ := zf.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		f.Add(uint8(i), data)
	}
	f.Fuzz(func(t *testing.T, part uint8, content []byte) {
		name := parts[int(part)%len(parts)]
		b := replacePart(t, stored, name, func([]byte) []byte { return content })
		s, err := readBack(b)
		checkRead(t, s, err)
	})
}

// checkRead holds for any reading: a value or an error of the reader's,
// and a value whose cells can all be judged.
func checkRead(t *testing.T, s *scoresheet.Completed, err error) {
	t.Helper()
	if err != nil {
		if s != nil {
			t.Fatal("a value and an error")
		}
		if !errors.Is(err, scoresheet.ErrUnreadable) && !errors.Is(err, scoresheet.ErrTooLarge) && !errors.Is(err, scoresheet.ErrOtherWorkbook) {
			t.Fatalf("error of no kind: %v", err)
		}
		return
	}
	if s == nil || s.KitID == "" || len(s.Rounds) == 0 {
		t.Fatalf("a reading without a kit ID or rounds: %+v", s)
	}
	// Every count the file controls stays within its limit.
	if len(s.Rounds) > scoresheet.MaxRounds {
		t.Fatalf("%d rounds read", len(s.Rounds))
	}
	sheets := map[string]bool{}
	for _, r := range s.Rounds {
		if sheets[r.Sheet] || len(r.Rows) > scoresheet.MaxRoundRows {
			t.Fatalf("sheet %q read twice, or with %d rows", r.Sheet, len(r.Rows))
		}
		sheets[r.Sheet] = true
	}
	for _, r := range s.Rounds {
		for _, q := range r.Rows {
			scoresheet.ParseScore(q.Score)
			_ = q.Notes.Typed()
		}
	}
}
