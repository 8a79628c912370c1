package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// testLimits are small, so a test file can cross each one.
var testLimits = Limits{Name: "a test book", Size: 1 << 20, Unzipped: 1 << 20, Parts: 20,
	Rows: 3, Columns: 2, SharedStrings: 4}

// book builds a minimal workbook package: one sheet "S" with the given
// sheetData rows and shared strings, plus extra parts.
func book(t *testing.T, rows string, shared []string, extra map[string]string) []byte {
	t.Helper()
	var sst strings.Builder
	for _, s := range shared {
		fmt.Fprintf(&sst, "<si><t>%s</t></si>", s)
	}
	parts := map[string]string{
		"_rels/.rels": `<Relationships><Relationship Id="r1" Type="http://x/officeDocument" Target="xl/workbook.xml"/>` +
			`<Relationship Id="r2" Type="http://x/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
		"xl/workbook.xml": `<workbook xmlns:r="http://r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/s.xml"/>` +
			`<Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/worksheets/s.xml":  "<worksheet><sheetData>" + rows + "</sheetData></worksheet>",
		"xl/sharedStrings.xml": "<sst>" + sst.String() + "</sst>",
		"docProps/custom.xml":  `<Properties><property name="KitID"><lpwstr>K1</lpwstr></property><property name="N"><r8>1.0</r8></property></Properties>`,
	}
	for name, content := range extra {
		parts[name] = content
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func open(b []byte) (*Workbook, error) { return Open(bytes.NewReader(b), int64(len(b)), testLimits) }

func TestOpenReadsSheetsCellsAndProperties(t *testing.T) {
	rows := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c><c r="C1" t="s"><v>1</v></c></row>` +
		`<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2"><f>1+2</f><v>3</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>inline</t></is></c></row>` +
		`<row r="9"><c r="A9"><v>far</v></c></row>`
	wb, err := open(book(t, rows, []string{"Ana", "skipped"}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if !wb.HasSheet("S") || wb.HasSheet("T") || strings.Join(wb.Sheets(), ",") != "S" {
		t.Errorf("sheets %q", wb.Sheets())
	}
	if p := wb.Properties(); p["KitID"] != "K1" || p["N"] != "1" {
		t.Errorf("properties %v", p)
	}
	g, err := wb.Sheet("S")
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(g.At(0, 0), g.At(0, 1), g.At(1, 0), g.At(1, 1), g.At(2, 0), g.At(8, 0), g.At(0, 2))
	want := fmt.Sprint(Cell{"A1", Text, "Ana", ""}, Cell{"B1", Number, "2.5", ""}, Cell{"A2", Bool, "1", ""},
		Cell{"B2", Formula, "3", "1+2"}, Cell{"A3", Text, "inline", ""},
		Cell{Ref: "A9"}, Cell{Ref: "C1"}) // past Rows and Columns: skipped
	if got != want {
		t.Errorf("cells\n%s\nwant\n%s", got, want)
	}
}

func TestOpenRefusesPastItsLimits(t *testing.T) {
	manyParts := map[string]string{}
	for i := range 20 {
		manyParts[fmt.Sprintf("p%d.xml", i)] = "<p/>"
	}
	tests := []struct {
		name string
		data []byte
		err  error
		want string
	}{
		{"too many parts", book(t, "", nil, manyParts), ErrTooLarge, "parts; a test book has fewer than 20"},
		{"a part too large", book(t, "", nil, map[string]string{"big.xml": strings.Repeat("x", 1<<20+1)}),
			ErrTooLarge, `part "big.xml" unpacks to 1.0 MB; a test book unpacks to at most 1.0 MB`},
		{"too many shared strings", book(t, "", []string{"a", "b", "c", "d", "e"}, nil), ErrTooLarge, "more than 4 shared strings"},
		{"not a zip", []byte("\x00\x01 nothing"), ErrUnreadable, "not a zip package"},
		{"no workbook part", book(t, "", nil, map[string]string{"_rels/.rels": `<Relationships>` +
			`<Relationship Id="r1" Type="http://x/officeDocument" Target="word/document.xml"/></Relationships>`}),
			ErrUnreadable, "no workbook part"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb, err := open(tt.data)
			if wb != nil || !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open: %v; want %v with %q", err, tt.err, tt.want)
			}
		})
	}
	if _, err := Open(bytes.NewReader(nil), testLimits.Size+1, testLimits); !errors.Is(err, ErrTooLarge) ||
		!strings.Contains(err.Error(), "a test book is at most 1.0 MB") {
		t.Errorf("a file past Size: %v", err)
	}
}

func TestSheetRefusesDamagedCells(t *testing.T) {
	tests := []struct {
		name, rows string
		err        error
		want       string
	}{
		{"a shared string that is not there", `<row r="1"><c r="A1" t="s"><v>7</v></c></row>`, ErrUnreadable, "refers to shared string"},
		{"a bad reference", `<row r="1"><c r="1A"><v>1</v></c></row>`, ErrUnreadable, `cell reference "1A"`},
		{"a bad row", `<row r="0"><c><v>1</v></c></row>`, ErrUnreadable, `row number "0"`},
		{"cut short", `<row r="1"><c r="A1"><v>1</v>`, ErrUnreadable, "XML syntax error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb, err := open(book(t, tt.rows, []string{"a"}, nil))
			if err != nil {
				t.Fatal(err)
			}
			g, err := wb.Sheet("S")
			if g != nil || !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Sheet: %v; want %v with %q", err, tt.err, tt.want)
			}
		})
	}
	wb, err := open(book(t, "", nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wb.Sheet("Nope"); !errors.Is(err, ErrNoSheet) {
		t.Errorf("a sheet that is not there: %v", err)
	}
}
