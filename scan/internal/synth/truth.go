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
}

// Class is the row's truth as the confusion table counts it: the value of
// a single mark, "blank", or "double".
func (t Truth) Class(r *form.Row) string {
	switch len(t.Options) {
	case 0:
		return "blank"
	case 1:
		return r.Options[t.Options[0]].Value
	}
	return "double"
}

// MarkRows decides at random how each row is marked (mostly one mark, some
// blank, some with two), draws the marks into img (the page at scale
// pixels per millimetre) and returns what it drew.
func MarkRows(img *image.RGBA, scale float64, rows []form.Row, r *rand.Rand) []Truth {
	out := make([]Truth, len(rows))
	for i := range rows {
		row := &rows[i]
		n := 1
		switch p := r.Float64(); {
		case p < 0.12:
			n = 0
		case p < 0.24:
			n = 2
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
	}
	return out
}
