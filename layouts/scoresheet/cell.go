package scoresheet

// A cell as the scoresheet reader returns it, and the rule for what a
// Score cell may hold.

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/internal/xlsx"
	"github.com/interviewkit/interviewkit/kit"
)

// CellKind is how a cell's value is stored.
type CellKind int

// Cell kinds. A formula cell's Text is its cached result, which a program
// that writes formulas without computing them leaves empty.
const (
	CellEmpty CellKind = iota
	CellText
	CellNumber
	CellBool
	CellError
	CellDate
	CellFormula
)

// Cell is one cell as stored in the file.
type Cell struct {
	Ref     string // A1 reference on its sheet, e.g. "H7"
	Kind    CellKind
	Text    string // the stored value, no number format applied
	Formula string // with Kind CellFormula, the formula without "="
}

// cellKinds maps the kinds the package reader sees to the kinds of Cell.
var cellKinds = map[xlsx.Kind]CellKind{
	xlsx.Empty: CellEmpty, xlsx.Text: CellText, xlsx.Number: CellNumber, xlsx.Bool: CellBool,
	xlsx.Error: CellError, xlsx.Date: CellDate, xlsx.Formula: CellFormula,
}

// cellOf is the Cell of a cell read from the package.
func cellOf(c xlsx.Cell) Cell {
	return Cell{Ref: c.Ref, Kind: cellKinds[c.Kind], Text: c.Text, Formula: c.Formula}
}

// Typed is what a person typed into the cell: the formula for a formula
// cell, so a note written as "=cmd|..." survives as that text.
func (c Cell) Typed() string {
	if c.Kind == CellFormula {
		return "=" + c.Formula
	}
	return c.Text
}

// ParseScore reads a Score cell by kit.ParseScore, the one rule for what a
// score may be, after turning the cell into the text the sheet's own
// formulas compare (a number 3.0 is "3"). A formula or a boolean is never a
// score, so the archive never guesses what the interviewer meant.
func ParseScore(c Cell) (kit.ScoreStatus, int, error) {
	text := c.Text
	switch c.Kind {
	case CellEmpty:
		return kit.ScoreBlank, 0, nil
	case CellFormula:
		return 0, 0, fmt.Errorf("score is a formula (=%s), not 1-4 or %s", clipText(c.Formula, 40), kit.ScoreNA)
	case CellNumber:
		v, err := strconv.ParseFloat(c.Text, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, 0, fmt.Errorf("score %s is not 1-4 or %s", quoteCell(c), kit.ScoreNA)
		}
		text = strconv.FormatFloat(v, 'f', -1, 64)
	case CellText:
	default:
		return 0, 0, fmt.Errorf("score %s is not 1-4 or %s", quoteCell(c), kit.ScoreNA)
	}
	status, v, err := kit.ParseScore(text)
	if err != nil {
		return 0, 0, fmt.Errorf("score %s is not 1-4 or %s", quoteCell(c), kit.ScoreNA)
	}
	return status, v, nil
}

// quoteCell shows a cell's value in a message: numbers and booleans bare,
// text quoted and clipped.
func quoteCell(c Cell) string {
	switch c.Kind {
	case CellNumber:
		return clipText(c.Text, 20)
	case CellBool:
		if c.Text == "1" {
			return "TRUE"
		}
		return "FALSE"
	}
	return strconv.Quote(clipText(c.Text, 40))
}

func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
