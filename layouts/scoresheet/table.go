package scoresheet

// A plain table workbook, as the archive exports scores: the one other
// workbook the project writes, kept here so that excelize is imported by
// this package only. Its rule is the scoresheet's: every text is stored as
// text, never as a formula, whatever it looks like.

import (
	"fmt"
	"io"
	"regexp"

	"github.com/xuri/excelize/v2"
)

// Table is a workbook of one sheet: a bold header row, frozen and with
// filter buttons, then a row per item.
type Table struct {
	// Name names the sheet and the table in it: a letter, then letters,
	// digits or underscores.
	Name    string
	Columns []string
	// Widths are column widths by column name, in Excel's units
	// (characters of the default font); other columns get
	// DefaultColumnWidth.
	Widths map[string]float64
	// Rows hold text (string), whole numbers (int) and numbers (float64).
	Rows [][]any
}

// DefaultColumnWidth is the width of a Table column without one of its own.
const DefaultColumnWidth = 12.0

var tableName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,30}$`)

// WriteTable writes t as a workbook. It refuses a value of another type
// than Table.Rows allows, so nothing can slip in as a formula.
func WriteTable(w io.Writer, t Table) error {
	if !tableName.MatchString(t.Name) {
		return fmt.Errorf("table name %q is not a letter followed by letters, digits or underscores", t.Name)
	}
	for i, row := range t.Rows {
		for j, v := range row {
			switch v.(type) {
			case string, int, float64:
			default:
				return fmt.Errorf("table %s: row %d, column %d holds a %T; only text and numbers", t.Name, i+1, j+1, v)
			}
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", t.Name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	if err := tableRows(f, sw, t); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// tableRows streams the column widths, the header and the rows of t.
func tableRows(f *excelize.File, sw *excelize.StreamWriter, t Table) error {
	for i, c := range t.Columns {
		width := DefaultColumnWidth
		if w, ok := t.Widths[c]; ok {
			width = w
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	head := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = excelize.Cell{StyleID: bold, Value: c}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for i, row := range t.Rows {
		// Strings go in as strings: the stream writer never turns text
		// into a formula.
		if err := sw.SetRow(cellName(1, i+2), row); err != nil {
			return err
		}
	}
	if len(t.Rows) == 0 {
		return nil
	}
	// A table gives the header filter buttons; it needs a row.
	last := cellName(len(t.Columns), len(t.Rows)+1)
	return sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: t.Name, StyleName: "TableStyleLight1"})
}
