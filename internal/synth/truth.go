package synth

import (
	"image"
	"math/rand/v2"

	"github.com/interviewkit/interviewkit/layouts/form"
)

// Truth is what was really marked on one row.
type Truth struct {
	Options []int      // the options marked, by index; none for a blank row
	Kinds   []MarkKind // how each was marked
	Inks    []string   // in which ink
	Changed bool       // a value was written in the row's correction box
	Faint   bool       // the row's only ink is a short faint stroke in one box
}

// Class is the row's truth as the confusion table counts it: the value of
// a single mark, "blank", "double", "changed" for a row whose
// correction box was written in, or "ambiguous" for a row whose only ink
// is a hesitant stroke (Hesitate).
func (t Truth) Class(r *form.Row) string {
	switch {
	case t.Changed:
		return "changed"
	case t.Faint:
		return "ambiguous"
	case len(t.Options) == 0:
		return "blank"
	case len(t.Options) == 1:
		return r.Options[t.Options[0]].Value
	}
	return "double"
}

// ChangedShare is the share of rows MarkRows gives a changed mind: one
// box marked and the value meant written in the correction box.
const ChangedShare = 0.04

// FaintShare is the share of rows MarkRows gives only a hesitant stroke
// in one box: ink nobody can call a score.
const FaintShare = 0.03

// MarkRows decides at random how each row is marked (eight in ten one
// mark; some blank, some with two, a few with a changed mind, a few with
// only a hesitant stroke), draws the
// marks into img (the page at scale pixels per millimetre) and returns
// what it drew.
func MarkRows(img *image.RGBA, scale float64, rows []form.Row, r *rand.Rand) []Truth {
	out := make([]Truth, len(rows))
	for i := range rows {
		row := &rows[i]
		n := 1
		changed := false
		switch p := r.Float64(); {
		case p < 0.08:
			n = 0
		case p < 0.16:
			n = 2
		case p < 0.16+ChangedShare && row.Correction != nil:
			changed = true
		case p >= 0.16+ChangedShare && p < 0.16+ChangedShare+FaintShare:
			o := r.IntN(len(row.Options))
			Hesitate(img, scale, row.Options[o].Box, RandomPen(r), r)
			out[i] = Truth{Options: []int{o}, Inks: []string{"faint"}, Faint: true}
			continue
		}
		picks := r.Perm(len(row.Options))[:n]
		for _, o := range picks {
			kind := MarkKind(r.IntN(4))
			pen := RandomPen(r)
			Mark(img, scale, kind, row.Options[o].Box, pen, r)
			out[i].Options = append(out[i].Options, o)
			out[i].Kinds = append(out[i].Kinds, kind)
			out[i].Inks = append(out[i].Inks, pen.Name)
		}
		if changed {
			Write(img, scale, *row.Correction, row.Options[r.IntN(len(row.Options))].Value, RandomPen(r), r)
			out[i].Changed = true
		}
	}
	return out
}
