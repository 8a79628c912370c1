package synth

// Handwriting in a correction box: a score as a digit, or N/A and a
// recommendation as a scribbled word, a little off centre and slanted, in
// the pen's ink.

import (
	"image"
	"math"
	"math/rand/v2"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// digits are the strokes of 1 to 4 in a unit cell, x right and y down,
// from 0 to 1.
var digits = map[string][][]geom.Pt{
	"1": {{{X: 0.3, Y: 0.25}, {X: 0.55, Y: 0}, {X: 0.55, Y: 1}}},
	"2": {{{X: 0.1, Y: 0.25}, {X: 0.35, Y: 0}, {X: 0.75, Y: 0.05}, {X: 0.85, Y: 0.3}, {X: 0.1, Y: 1}, {X: 0.9, Y: 1}}},
	"3": {{{X: 0.1, Y: 0.1}, {X: 0.6, Y: 0}, {X: 0.85, Y: 0.2}, {X: 0.45, Y: 0.48}, {X: 0.9, Y: 0.7}, {X: 0.6, Y: 1}, {X: 0.1, Y: 0.9}}},
	"4": {{{X: 0.65, Y: 1}, {X: 0.65, Y: 0}, {X: 0.05, Y: 0.7}, {X: 0.95, Y: 0.7}}},
}

// Write writes value in box (page millimetres) into img, which shows the
// page at scale pixels per millimetre.
func Write(img *image.RGBA, scale float64, box form.Rect, value string, pen Pen, r *rand.Rand) {
	h := math.Min(box.H*0.7, 5.5) * (0.85 + r.Float64()*0.25)
	strokes, ok := digits[value]
	w := h * 0.6
	if !ok {
		// A word: a scribble of loops as wide as its letters.
		w = math.Min(box.W*0.8, h*0.45*float64(len(value)))
		strokes = [][]geom.Pt{scribble(len(value), r)}
	}
	origin := geom.Pt{X: box.X + (box.W-w)/2 + r.NormFloat64()*0.5, Y: box.Y + (box.H-h)/2 + r.NormFloat64()*0.4}
	slant := 0.15 + r.Float64()*0.15
	var out [][]geom.Pt
	for _, s := range strokes {
		var pts []geom.Pt
		for _, p := range s {
			pts = append(pts, geom.Pt{X: origin.X + (p.X+slant*(1-p.Y))*w, Y: origin.Y + p.Y*h})
		}
		out = append(out, wobbly(r, pts, 0.08))
	}
	ink(img, scale, out, pen)
}

// scribble is a run of n loops across a unit cell, as joined-up letters.
func scribble(n int, r *rand.Rand) []geom.Pt {
	var pts []geom.Pt
	steps := 10 * n
	for i := 0; i <= steps; i++ {
		t := float64(i) / float64(steps)
		a := t * float64(n) * 2 * math.Pi
		pts = append(pts, geom.Pt{X: t + 0.04*math.Sin(a), Y: 0.55 + 0.3*math.Cos(a) + 0.05*r.NormFloat64()})
	}
	return pts
}
