package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzLimits are a scoresheet's.
var fuzzLimits = Limits{Name: "a scoresheet", Size: 8 << 20, Unzipped: 64 << 20, Parts: 2000,
	Rows: 5000, Columns: 64, SharedStrings: 500_000}

// fuzzBook is a small workbook whose one sheet holds sheetXML, stored
// uncompressed so mutations of the whole file reach the XML.
func fuzzBook(tb testing.TB, sheetXML string) []byte {
	tb.Helper()
	parts := []struct{ name, content string }{
		{"_rels/.rels", `<Relationships><Relationship Id="r1" Type="http://x/officeDocument" Target="xl/workbook.xml"/>` +
			`<Relationship Id="r2" Type="http://x/custom-properties" Target="docProps/custom.xml"/></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns:r="http://r"><sheets><sheet name="Kit" r:id="rId1"/><sheet name="S" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/s.xml"/>` +
			`<Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/worksheets/s.xml", sheetXML},
		{"xl/sharedStrings.xml", `<sst><si><t>Kit ID</t></si><si><r><t>Ana </t></r><r><t>López</t></r><rPh><t>x</t></rPh></si></sst>`},
		{"docProps/custom.xml", `<Properties><property name="KitID"><lpwstr>K1</lpwstr></property></Properties>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		if err == nil {
			_, err = w.Write([]byte(p.content))
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

var fuzzSheets = []string{
	`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>K7QF-3M2A</t></is></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><f>1+2</f><v>3</v></c><c r="C2" t="b"><v>1</v></c></row>` +
		`<row r="7"><c r="H7"><v>3</v></c><c r="I7" t="str"><v>=HYPERLINK("x")</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row><c><v>1</v></c><c t="e"><v>#N/A</v></c></row><row r="5000"><c r="BL5000"><v>far</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="XFD1048576"><v>9</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="d"><v>2026-03-16T13:30:00</v></c><c r="B1"><v>46097.5625</v></c>` +
		`<c r="C1"><v>0.999999</v></c><c r="D1"><v>-1e308</v></c><c r="E1" t="d"><v>2026-03-16</v></c></row></sheetData></worksheet>`,
}

// checkOpened holds for any package: a workbook or an error of Open's
// kinds, and sheets whose grids stay within the limits.
func checkOpened(t *testing.T, b []byte) {
	wb, err := Open(bytes.NewReader(b), int64(len(b)), fuzzLimits)
	if err != nil {
		if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrUnreadable) {
			t.Fatalf("error of no kind: %v", err)
		}
		return
	}
	if len(wb.Sheets()) > fuzzLimits.Parts || len(wb.Properties()) > maxProperties {
		t.Fatalf("%d sheets, %d properties", len(wb.Sheets()), len(wb.Properties()))
	}
	for _, name := range wb.Sheets() {
		g, err := wb.Sheet(name)
		if err != nil {
			if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrUnreadable) && !errors.Is(err, ErrNoSheet) {
				t.Fatalf("sheet %q: error of no kind: %v", name, err)
			}
			continue
		}
		if len(g) > fuzzLimits.Rows {
			t.Fatalf("sheet %q: %d rows read", name, len(g))
		}
		for _, row := range g {
			if len(row) > fuzzLimits.Columns {
				t.Fatalf("sheet %q: a row of %d cells read", name, len(row))
			}
			for _, c := range row {
				if utf8.RuneCountInString(c.Text) > maxCellChars {
					t.Fatalf("sheet %q: cell %s of %d characters", name, c.Ref, utf8.RuneCountInString(c.Text))
				}
				checkTimes(t, c)
			}
		}
	}
}

// checkTimes holds for any cell a timetable reads as a date or a time: a
// day of the years 1900 to 9999 from a number, of 0000 to 9999 from a
// stored ISO date (as --date and a CSV timetable take it), and a time of
// day under 24 hours.
func checkTimes(t *testing.T, c Cell) {
	first := 1900
	if c.Kind == Date {
		first = 0
	}
	if d, ok := DateOf(c); ok && (d.Year() < first || d.Year() > 9999) {
		t.Fatalf("cell %s (%q): the date %v", c.Ref, c.Text, d)
	}
	if clock, ok := ClockOf(c); ok && (clock < 0 || clock >= 24*time.Hour) {
		t.Fatalf("cell %s (%q): the time %v", c.Ref, c.Text, clock)
	}
}

// FuzzOpen mutates whole packages, stored uncompressed: the zip directory,
// the relationships and every part.
func FuzzOpen(f *testing.F) {
	for _, s := range fuzzSheets {
		f.Add(fuzzBook(f, s))
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) { checkOpened(t, b) })
}

// FuzzSheetXML puts arbitrary XML in a sheet part of a sound package.
func FuzzSheetXML(f *testing.F) {
	for _, s := range fuzzSheets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, sheet []byte) { checkOpened(t, fuzzBook(t, string(sheet))) })
}
