package xlsx

// Reading one worksheet: the cells within Limits.Rows by Limits.Columns,
// each with its kind and formula, shared strings resolved. Anything farther
// is skipped as it streams past, so a hostile file's coordinates cost
// nothing.

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is how a cell's value is stored.
type Kind int

// Cell kinds. A formula cell's Text is its cached result, which a program
// that writes formulas without computing them leaves empty.
const (
	Empty Kind = iota
	Text
	Number
	Bool
	Error
	Date
	Formula
)

// Cell is one cell as stored in the file.
type Cell struct {
	Ref     string // A1 reference on its sheet, e.g. "H7"
	Kind    Kind
	Text    string // the stored value, no number format applied
	Formula string // with Kind Formula, the formula without "="
}

// Typed is what a person typed into the cell: the formula for a formula
// cell, so a note written as "=cmd|..." survives as that text.
func (c Cell) Typed() string {
	if c.Kind == Formula {
		return "=" + c.Formula
	}
	return c.Text
}

// Grid is a sheet's cells, Grid[row][col], both zero-based; rows and
// columns past the limits are left out.
type Grid [][]Cell

// At returns the cell at a zero-based row and column; an empty one, with
// its reference, when there is none.
func (g Grid) At(row, col int) Cell {
	if row < 0 || row >= len(g) || col < 0 || col >= len(g[row]) {
		return Cell{Ref: cellRef(col, row)}
	}
	return g[row][col]
}

// Text returns the trimmed text at a zero-based row and column.
func (g Grid) Text(row, col int) string { return strings.TrimSpace(g.At(row, col).Text) }

// Sheet reads the cells of the sheet named name. It returns an error
// wrapping ErrNoSheet, ErrUnreadable or ErrTooLarge.
func (wb *Workbook) Sheet(name string) (Grid, error) {
	i := wb.sheetIndex(name)
	if i < 0 {
		return nil, fmt.Errorf("%w: %q", ErrNoSheet, clip(name, 40))
	}
	sr := sheetScanner{wb: wb, row: -1}
	err := wb.eachToken(wb.sheets[i].part, func(tok xml.Token) error {
		if err := sr.token(tok); err != nil {
			return fmt.Errorf("%w: sheet %s: %v", ErrUnreadable, clip(name, 40), err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sr.g, nil
}

// sheetScanner turns a worksheet's tokens into a grid.
type sheetScanner struct {
	wb       *Workbook
	g        Grid
	row, col int // zero-based position of the current row and cell
	cell     Cell
	typ      string // the current cell's t attribute
	inCell   bool
	in       string // "v", "f", "t" (inline string text) or ""
	inPhn    bool
	value    strings.Builder
	// valueChars counts the characters of value, bounded by maxCellChars.
	valueChars int
	formula    strings.Builder
	hasFormu   bool
}

func (sr *sheetScanner) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		switch t.Name.Local {
		case "row":
			sr.row++
			if r := attr(t, "r"); r != "" {
				n, err := strconv.Atoi(r)
				if err != nil || n < 1 {
					return fmt.Errorf("row number %q", clip(r, 20))
				}
				sr.row = n - 1
			}
			sr.col = -1
		case "c":
			sr.col++
			if r := attr(t, "r"); r != "" {
				col, row, ok := parseCellRef(r)
				if !ok {
					return fmt.Errorf("cell reference %q", clip(r, 20))
				}
				sr.col = col
				if row >= 0 {
					sr.row = row
				}
			}
			sr.inCell, sr.typ, sr.hasFormu = true, attr(t, "t"), false
			sr.value.Reset()
			sr.valueChars = 0
			sr.formula.Reset()
		case "v":
			sr.in = "v"
		case "f":
			sr.in, sr.hasFormu = "f", true
		case "t":
			if sr.inCell {
				sr.in = "t"
			}
		case "rPh":
			sr.inPhn = true
		}
	case xml.EndElement:
		switch t.Name.Local {
		case "c":
			if err := sr.endCell(); err != nil {
				return err
			}
			sr.inCell = false
		case "v", "f", "t":
			sr.in = ""
		case "rPh":
			sr.inPhn = false
		}
	case xml.CharData:
		if !sr.inCell || sr.inPhn {
			return nil
		}
		switch sr.in {
		case "v", "t":
			if sr.valueChars += utf8.RuneCount(t); sr.valueChars > maxCellChars {
				return fmt.Errorf("cell %s holds more than a spreadsheet cell can (%d characters)", cellRef(sr.col, sr.row), maxCellChars)
			}
			sr.value.Write(t)
		case "f":
			if sr.formula.Len()+len(t) > maxCellChars {
				return fmt.Errorf("cell %s holds a formula longer than a spreadsheet allows", cellRef(sr.col, sr.row))
			}
			sr.formula.Write(t)
		}
	}
	return nil
}

// maxCellChars is the most characters a cell holds in Excel and
// LibreOffice (a formula holds fewer). Anything longer was not typed into a
// spreadsheet, and is refused before it is held in memory.
const maxCellChars = 32767

// endCell stores the cell just read, if it is within the limits.
func (sr *sheetScanner) endCell() error {
	if sr.row < 0 || sr.col < 0 {
		return fmt.Errorf("cell before any row")
	}
	if sr.row >= sr.wb.limits.Rows || sr.col >= sr.wb.limits.Columns {
		return nil
	}
	c := Cell{Ref: cellRef(sr.col, sr.row), Text: sr.value.String()}
	switch sr.typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(c.Text))
		if err != nil || i < 0 || i >= len(sr.wb.strings) {
			return fmt.Errorf("cell %s refers to shared string %q, which does not exist", c.Ref, clip(c.Text, 20))
		}
		c.Text, c.Kind = sr.wb.strings[i], Text
	case "inlineStr", "str":
		c.Kind = Text
	case "b":
		c.Kind = Bool
	case "e":
		c.Kind = Error
	case "d":
		c.Kind = Date
	default: // "n" or none
		c.Kind = Number
	}
	if sr.hasFormu {
		c.Kind, c.Formula = Formula, sr.formula.String()
	} else if c.Text == "" {
		c.Kind = Empty
	}
	for len(sr.g) <= sr.row {
		sr.g = append(sr.g, nil)
	}
	r := sr.g[sr.row]
	for len(r) <= sr.col {
		r = append(r, Cell{Ref: cellRef(len(r), sr.row)})
	}
	r[sr.col] = c
	sr.g[sr.row] = r
	return nil
}

// parseCellRef reads an A1 reference ("H7", or "H" alone) as zero-based
// column and row; row is -1 when the reference has none.
func parseCellRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 4 {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	row = -1
	if i < len(ref) {
		n, err := strconv.Atoi(ref[i:])
		if err != nil || n < 1 {
			return 0, 0, false
		}
		row = n - 1
	}
	return col - 1, row, true
}

// cellRef is the A1 reference of a zero-based column and row.
func cellRef(col, row int) string {
	if col < 0 || row < 0 {
		return ""
	}
	var letters []byte
	for n := col + 1; n > 0; n = (n - 1) / 26 {
		letters = append([]byte{byte('A' + (n-1)%26)}, letters...)
	}
	return string(letters) + strconv.Itoa(row+1)
}
