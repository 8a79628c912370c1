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

// Cell is one cell as the reader returns it (internal/xlsx's cell).
type Cell = xlsx.Cell

// CellKind is how a cell's value is stored.
type CellKind = xlsx.Kind

// Cell kinds. A formula cell's Text is its cached result, which a program
// that writes formulas without computing them leaves empty.
const (
	CellEmpty   = xlsx.Empty
	CellText    = xlsx.Text
	CellNumber  = xlsx.Number
	CellBool    = xlsx.Bool
	CellError   = xlsx.Error
	CellDate    = xlsx.Date
	CellFormula = xlsx.Formula
)

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
