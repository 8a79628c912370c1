package scoresheet

// The scoresheet follows three rules. Every text that came from a person
// (names, titles, question wording) is written with SetCellStr, so a name like
// "=HYPERLINK(...)" stays a name and never becomes a formula. Every result is
// a formula over the typed-in scores, so the sheet recomputes itself as the
// interviewer types, and follows kit.Recommend exactly. Every cell is locked
// except the ones a person fills in.

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/xuri/excelize/v2"
)

// Write writes the Excel scoresheet for every round of k: a scoring sheet
// per round, the Summary and the Kit sheet. Its layout is described by the
// constants of layout.go.
func Write(w io.Writer, k *kit.Kit) error {
	if len(k.Rounds) == 0 {
		return fmt.Errorf("scoresheet: kit %s has no rounds", k.ID)
	}
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, k: k, look: defaultLook, words: catalog.For(k.Policy.Language)}
	b.build()
	if b.err == nil {
		sameBytes(f)
		b.err = f.Write(w)
	}
	if b.err != nil {
		return fmt.Errorf("scoresheet: %w", b.err)
	}
	return nil
}

// sameBytes puts what excelize leaves in map order into a fixed one, so one
// kit always gives the same file: the content types it adds with a chart.
func sameBytes(f *excelize.File) {
	if ct := f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	}
}

// book builds one workbook. Its methods keep the first error and do
// nothing after it, so the layout code reads as a list of cells.
type book struct {
	f      *excelize.File
	k      *kit.Kit
	look   sheetLook
	st     sheetStyles
	words  catalog.Printer // what a person reads, in the kit's language
	rounds []roundSheet
	areas  []kit.Area // every area scored in the kit, in focus order
	err    error
}

// roundSheet is where one round's questions sit.
type roundSheet struct {
	name        string
	round       *kit.Round
	first, last int // question rows; last < first for a round without questions
}

func (b *book) build() {
	b.st, b.err = newSheetStyles(b.f, b.look)
	names := RoundSheetNames(b.k)
	for i := range b.k.Rounds {
		r := &b.k.Rounds[i]
		b.rounds = append(b.rounds, roundSheet{name: names[i], round: r,
			first: roundFirstRow, last: roundFirstRow + len(r.Questions) - 1})
	}
	b.areas = b.k.ScoredAreas()

	// The workbook starts with one sheet, "Sheet1": it becomes the first
	// round's sheet so the interviewer lands where they type.
	if b.err == nil {
		b.err = b.f.SetSheetName("Sheet1", b.rounds[0].name)
	}
	for _, rs := range b.rounds[1:] {
		b.newSheet(rs.name)
	}
	b.newSheet(SummarySheet)
	b.newSheet(KitSheet)

	for i := range b.rounds {
		b.roundSheet(i)
	}
	b.summarySheet()
	b.kitSheet()
	b.properties()
	if b.err == nil {
		b.f.SetActiveSheet(0)
		b.err = b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: sheetPtr(true)})
	}
	if b.err == nil {
		// Keep sheets from being renamed, moved or deleted: readers find
		// them by name. No password: it is a guard rail, not a lock.
		b.err = b.f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true})
	}
}

func (b *book) newSheet(name string) {
	if b.err == nil {
		_, b.err = b.f.NewSheet(name)
	}
}

// text stores s as a literal string, whatever it looks like.
func (b *book) text(sheet, cell, s string, style int) {
	if b.err == nil {
		b.err = b.f.SetCellStr(sheet, cell, s)
	}
	b.style(sheet, cell, cell, style)
}

func (b *book) number(sheet, cell string, v float64, style int) {
	if b.err == nil {
		b.err = b.f.SetCellFloat(sheet, cell, v, -1, 64)
	}
	b.style(sheet, cell, cell, style)
}

func (b *book) formula(sheet, cell, formula string, style int) {
	if b.err == nil {
		b.err = b.f.SetCellFormula(sheet, cell, formula)
	}
	b.style(sheet, cell, cell, style)
}

func (b *book) style(sheet, from, to string, style int) {
	if b.err == nil {
		b.err = b.f.SetCellStyle(sheet, from, to, style)
	}
}

// labelled writes a label and its value to the right of it.
func (b *book) labelled(sheet string, col, row int, label, value string, style int) {
	b.text(sheet, cellName(col, row), label, b.st.label)
	b.text(sheet, cellName(col+1, row), value, style)
}

func (b *book) widths(sheet string, widths []float64) {
	for i, w := range widths {
		c := colName(i + 1)
		if b.err == nil {
			b.err = b.f.SetColWidth(sheet, c, c, w)
		}
	}
}

// printSetup makes a sheet print landscape, one page wide, with the
// candidate and kit ID on every page; titleRows repeat on each page.
func (b *book) printSetup(sheet, titleRows string) {
	if b.err != nil {
		return
	}
	b.err = b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: sheetPtr("landscape"), FitToWidth: sheetPtr(1), FitToHeight: sheetPtr(0),
	})
	if b.err == nil {
		b.err = b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: sheetPtr(true)})
	}
	if b.err == nil {
		k := b.k
		b.err = b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
			OddHeader: "&L" + sheetHeaderText(k.Candidate, 60) + "&C" + sheetHeaderText(sheet, maxSheetName) +
				"&RKit " + sheetHeaderText(k.ID, 12),
			OddFooter: "&L" + sheetHeaderText(k.Role+", "+k.Level.Title, 60) + "&CPage &P of &N&R" +
				k.Date.Format("2006-01-02"),
		})
	}
	if b.err == nil && titleRows != "" {
		b.err = b.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: sheetRef(sheet) + titleRows, Scope: sheet,
		})
	}
}

// protect locks every cell of a sheet but those styled unlocked.
func (b *book) protect(sheet string) {
	if b.err == nil {
		// No AlgorithmName: the legacy hash. SHA-512 with its spin count
		// costs ~110 ms a sheet, and the password is no secret anyway.
		b.err = b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
			Password:            ProtectionPassword,
			SelectLockedCells:   true,
			SelectUnlockedCells: true,
			FormatColumns:       true,
			FormatRows:          true,
		})
	}
}

// sheetHeaderText escapes s for a page header, where & starts a code, and
// keeps it to n UTF-16 units so the header stays within Excel's 255.
func sheetHeaderText(s string, n int) string {
	if c := clipUTF16(s, n); c != s {
		s = clipUTF16(s, n-1) + "…"
	}
	return strings.ReplaceAll(s, "&", "&&")
}

// cellName is the A1 name of a cell.
func cellName(col, row int) string { return colName(col) + strconv.Itoa(row) }

// colName is the letters of a column: A, Z, AA. The hidden helper columns
// of a loop's Summary run past Z.
func colName(col int) string {
	name := ""
	for ; col > 0; col = (col - 1) / 26 {
		name = string(rune('A'+(col-1)%26)) + name
	}
	return name
}

// rangeName is a range of one column on the same sheet: I20:I22.
func rangeName(col, first, last int) string {
	return cellName(col, first) + ":" + cellName(col, last)
}

// absRange is an absolute reference to rows first..last of a column of a
// sheet, as formulas on other sheets use it: 'Django core'!$H$7:$H$18.
func absRange(sheet string, col, first, last int) string {
	c := colName(col)
	return fmt.Sprintf("%s$%s$%d:$%s$%d", sheetRef(sheet), c, first, c, last)
}

func sheetPtr[T any](v T) *T { return &v }
