package scan

// Deciding a row. The rule, from the issue: one clear mark is a score, no
// mark is blank, and two marks or anything unclear go to a person. Never
// guess: a wrong score stored silently is worse than a question left for
// review, so every threshold here leans towards review.

import (
	"fmt"
	"strings"

	"github.com/interviewkit/interviewkit/layouts/form"
)

// MarkLevel is what one option's ink adds up to.
type MarkLevel int

// The levels of evidence for an option.
const (
	// NoMark is clean paper, within noise.
	NoMark MarkLevel = iota
	// Faint is more than noise and less than a mark: a light stroke, a
	// stray line, an erased mark. It sends the row to review.
	Faint
	// Marked is a clear tick, cross, fill or ring.
	Marked
)

// String names the level: none, faint, marked.
func (l MarkLevel) String() string {
	return [...]string{"none", "faint", "marked"}[l]
}

// Thresholds on the measures, after the row's blank level is taken off.
const (
	// fillMarked and fillClean bound the ink inside a box: at or above
	// fillMarked it is marked, below fillClean it is blank.
	fillMarked = 0.06
	fillClean  = 0.025
	// ringMarked and ringClean bound the share of sectors around a box
	// crossed by a stroke.
	ringMarked = 10.0 / sectors
	ringClean  = 6.0 / sectors
	// traceClean is the share of a box's inside that may show a trace of
	// ink (a speck, a faint line) before the box is read as faintly marked.
	// On 1,363 synthetic rows a blank box showed at most 0.0014 and a
	// hesitant stroke at least 0.026: at 0.04, 11 of 41 such strokes read
	// as no mark; at 0.02 all 41 went to a person (and 125 of 126 on
	// 4,089 rows, the other a trace of 0.016, read as no mark).
	traceClean = 0.02
	// maxBaseline caps the blank level taken off every box of a row.
	maxBaseline = 0.02
)

// RowState says what became of a row.
type RowState int

// The outcomes for a row.
const (
	// Blank: no option marked.
	Blank RowState = iota
	// Scored: exactly one option clearly marked; Value holds it.
	Scored
	// Review: a person must look; Reason says why.
	Review
)

// String names the state: blank, scored, review.
func (s RowState) String() string {
	return [...]string{"blank", "scored", "review"}[s]
}

// grade grades one option's evidence.
func grade(fill, trace, ring float64) MarkLevel {
	switch {
	case fill >= fillMarked || ring >= ringMarked:
		return Marked
	case fill >= fillClean || trace >= traceClean || ring > ringClean:
		return Faint
	}
	return NoMark
}

// decide grades each option of a row against the others, and the row's
// correction box when it has one, and decides the row. Anything in the
// correction box sends the row to a person whatever the boxes say: the
// interviewer changed their mind, and the scanner reads no handwriting.
func decide(inks []OptionInk, corr *OptionInk) (RowState, string, string) {
	state, value, reason := decideMarks(inks)
	if corr == nil {
		return state, value, reason
	}
	corr.Mark = grade(corr.Fill, corr.Trace, corr.Ring)
	if corr.Mark == NoMark {
		return state, value, reason
	}
	why := "written in the " + form.CorrectionLabel + " box"
	if corr.Mark == Faint {
		why = "a faint mark in the " + form.CorrectionLabel + " box"
	}
	switch {
	case state == Scored:
		why += "; marked " + value
	case reason != "":
		why += "; " + reason
	}
	return Review, "", why
}

// decideMarks decides a row from its boxes alone.
func decideMarks(inks []OptionInk) (RowState, string, string) {
	// The row's blank level: what the unmarked boxes show (grime, a
	// smudge across the row). It is the median option when fewer than half
	// are marked; it is capped, so a row with every box marked still
	// reads as marked.
	fills := make([]float64, len(inks))
	traces := make([]float64, len(inks))
	for i, o := range inks {
		fills[i], traces[i] = o.Fill, o.Trace
	}
	base := min(median(fills), maxBaseline)
	traceBase := min(median(traces), maxBaseline)
	var marked, faint []string
	for i := range inks {
		o := &inks[i]
		o.Mark = grade(o.Fill-base, o.Trace-traceBase, o.Ring)
		switch o.Mark {
		case Marked:
			marked = append(marked, o.Value)
		case Faint:
			faint = append(faint, o.Value)
		}
	}
	switch {
	case len(marked) >= 2:
		return Review, "", fmt.Sprintf("%s marks: %s", count(len(marked)), and(marked))
	case len(marked) == 1 && len(faint) == 0:
		if weak(inks, base) {
			return Review, "", "weak mark at " + marked[0]
		}
		return Scored, marked[0], ""
	case len(marked) == 1:
		return Review, "", fmt.Sprintf("mark at %s, and a faint mark at %s", marked[0], and(faint))
	case len(faint) > 0:
		return Review, "", "faint mark at " + and(faint)
	}
	return Blank, "", ""
}

// weak reports whether the one marked option of a row stands too little
// above the rest: a winner must lead the runner-up by a whole mark's worth
// of ink, inside the box or around it.
func weak(inks []OptionInk, base float64) bool {
	var win OptionInk
	var fill2, ring2 float64
	for _, o := range inks {
		if o.Mark == Marked {
			win = o
			continue
		}
		fill2, ring2 = max(fill2, o.Fill-base), max(ring2, o.Ring)
	}
	return win.Fill-base-fill2 < fillMarked && win.Ring-ring2 < ringMarked-ringClean
}

func count(n int) string {
	if n < len(countWords) {
		return countWords[n]
	}
	return fmt.Sprint(n)
}

var countWords = []string{"no", "one", "two", "three", "four", "five"}

// and lists values: "2", "2 and 3", "1, 2 and N/A".
func and(vs []string) string {
	if len(vs) <= 1 {
		return strings.Join(vs, "")
	}
	return strings.Join(vs[:len(vs)-1], ", ") + " and " + vs[len(vs)-1]
}
