package layouts

// A cell as the scoresheet reader returns it, and the rule for what a
// Score cell may hold.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
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

// Typed is what a person typed into the cell: the formula for a formula
// cell, so a note written as "=cmd|..." survives as that text.
func (c Cell) Typed() string {
	if c.Kind == CellFormula {
		return "=" + c.Formula
	}
	return c.Text
}

// ScoreStatus says whether a question was scored.
type ScoreStatus int

// Score statuses. Blank and NotApplicable are both unscored and never count
// as zero; only a blank makes a sheet incomplete.
const (
	ScoreBlank ScoreStatus = iota
	ScoreNotApplicable
	ScoreGiven
)

// ParseScore reads a Score cell the way the sheet's own formulas count it:
// 1, 2, 3 or 4, stored as a number or as text, is a score; blank is blank;
// N/A (any case) is not applicable. Anything else was typed past the
// dropdown (7, 2.5, "three", a formula, TRUE) and is an error, so the
// archive never guesses what the interviewer meant.
func ParseScore(c Cell) (ScoreStatus, int, error) {
	switch c.Kind {
	case CellEmpty:
		return ScoreBlank, 0, nil
	case CellFormula:
		return 0, 0, fmt.Errorf("score is a formula (=%s), not 1-4 or %s", clipText(c.Formula, 40), ScoreNA)
	case CellNumber:
		v, err := strconv.ParseFloat(c.Text, 64)
		if err == nil && v == math.Trunc(v) && v >= 1 && v <= 4 {
			return ScoreGiven, int(v), nil
		}
	case CellText:
		t := c.Text
		switch {
		case strings.TrimSpace(t) == "":
			return ScoreBlank, 0, nil
		case len(t) == 1 && t[0] >= '1' && t[0] <= '4':
			return ScoreGiven, int(t[0] - '0'), nil
		case strings.EqualFold(t, ScoreNA):
			return ScoreNotApplicable, 0, nil
		}
	}
	return 0, 0, fmt.Errorf("score %s is not 1-4 or %s", quoteCell(c), ScoreNA)
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
