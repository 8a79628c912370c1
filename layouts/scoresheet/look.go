package scoresheet

import (
	"github.com/xuri/excelize/v2"
)

// sheetLook is how the scoresheet looks: fonts, colours and column widths in
// one place. Widths are in Excel's units (characters of the default font).
type sheetLook struct {
	Font       string
	FontSize   float64
	TitleSize  float64
	HeaderFill string // header rows of tables
	InputFill  string // cells a person types into
	Border     string
	Muted      string // hints and the rule's wording

	// RoundWidths maps a round sheet column to its width.
	RoundWidths map[string]float64
	// SummaryWidths and KitWidths are the widths of columns A, B, ...
	SummaryWidths []float64
	KitWidths     []float64

	// LineHeight is the height of one line of text in points; rows are
	// sized to hold their wrapped text.
	LineHeight float64
	// NoteLines is the least number of lines a question row offers for
	// notes.
	NoteLines int

	// Chart is the size of the per-area chart, in pixels.
	ChartWidth, ChartHeight uint
	ChartBar, ChartText     string
}

var defaultLook = sheetLook{
	Font:       "Calibri",
	FontSize:   11,
	TitleSize:  14,
	HeaderFill: "DCE6F1",
	InputFill:  "FFF6D5",
	Border:     "A6A6A6",
	Muted:      "595959",
	RoundWidths: map[string]float64{
		ColumnNumber: 4, ColumnID: 28, ColumnQuestion: 60, ColumnArea: 18, ColumnLevels: 13,
		ColumnMinutes: 8, ColumnWeight: 8, ColumnScore: 8, ColumnNotes: 44,
		ColumnAreaID: 12, ColumnCounted: 8, ColumnPoints: 8,
	},
	SummaryWidths: []float64{28, 16, 12, 10, 10, 10, 16, 30, 14, 14},
	KitWidths:     []float64{20, 30, 30, 22, 9, 10, 40},
	LineHeight:    15,
	NoteLines:     3,
	ChartWidth:    620,
	ChartHeight:   250,
	ChartBar:      "4F81BD",
	ChartText:     "404040",
}

// sheetStyles are the cell styles of one workbook, made once by newSheetStyles.
type sheetStyles struct {
	title, hint             int
	label, value, wrapText  int
	header                  int
	cell, cellWrap, cellNum int
	average, percent        int
	threshold               int // a number of the rule, beside its label
	input, inputWrap        int
	scoreInput              int
	result                  int // a key result: overall, recommendation
	// Unruled table cells, for rows that may stay empty.
	open, openNum, openAverage int
}

func newSheetStyles(f *excelize.File, l sheetLook) (sheetStyles, error) {
	var s sheetStyles
	font := func(bold bool, size float64, color string) *excelize.Font {
		return &excelize.Font{Family: l.Font, Size: size, Bold: bold, Color: color}
	}
	box := []excelize.Border{
		{Type: "left", Color: l.Border, Style: 1}, {Type: "right", Color: l.Border, Style: 1},
		{Type: "top", Color: l.Border, Style: 1}, {Type: "bottom", Color: l.Border, Style: 1},
	}
	fill := func(color string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	}
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	unlocked := &excelize.Protection{Locked: false}
	twoDecimals := "0.00"
	specs := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.title, excelize.Style{Font: font(true, l.TitleSize, "")}},
		{&s.hint, excelize.Style{Font: font(false, l.FontSize, l.Muted), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.label, excelize.Style{Font: font(true, l.FontSize, ""), Alignment: top}},
		{&s.value, excelize.Style{Font: font(false, l.FontSize, ""), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.wrapText, excelize.Style{Font: font(false, l.FontSize, ""), Alignment: wrapTop}},
		{&s.header, excelize.Style{Font: font(true, l.FontSize, ""), Fill: fill(l.HeaderFill), Border: box,
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.cell, excelize.Style{Font: font(false, l.FontSize, ""), Border: box, Alignment: top}},
		{&s.cellWrap, excelize.Style{Font: font(false, l.FontSize, ""), Border: box, Alignment: wrapTop}},
		{&s.cellNum, excelize.Style{Font: font(false, l.FontSize, ""), Border: box,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
		{&s.average, excelize.Style{Font: font(false, l.FontSize, ""), Border: box, CustomNumFmt: &twoDecimals,
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}},
		{&s.threshold, excelize.Style{Font: font(false, l.FontSize, ""), CustomNumFmt: &twoDecimals,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.percent, excelize.Style{Font: font(false, l.FontSize, ""), NumFmt: 9, Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&s.input, excelize.Style{Font: font(false, l.FontSize, ""), Fill: fill(l.InputFill), Border: box,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}, Protection: unlocked}},
		{&s.inputWrap, excelize.Style{Font: font(false, l.FontSize, ""), Fill: fill(l.InputFill), Border: box,
			Alignment: wrapTop, Protection: unlocked}},
		{&s.scoreInput, excelize.Style{Font: font(true, l.FontSize+1, ""), Fill: fill(l.InputFill), Border: box,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Protection: unlocked}},
		{&s.open, excelize.Style{Font: font(false, l.FontSize, ""), Alignment: top}},
		{&s.openNum, excelize.Style{Font: font(false, l.FontSize, ""),
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
		{&s.openAverage, excelize.Style{Font: font(false, l.FontSize, ""), CustomNumFmt: &twoDecimals,
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}},
		{&s.result, excelize.Style{Font: font(true, l.FontSize+1, ""), CustomNumFmt: &twoDecimals,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
	}
	for _, sp := range specs {
		id, err := f.NewStyle(&sp.style)
		if err != nil {
			return s, err
		}
		*sp.id = id
	}
	return s, nil
}
