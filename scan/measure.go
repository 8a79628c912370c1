package scan

// Measuring ink. Every measure is relative to the paper right around the
// box (its local white), so a shadow or a dim corner of a photo does not
// read as ink; and it is taken where the contract keeps the paper clear:
// inside the box, away from its printed outline, and in the band around
// the box where a ring drawn round it falls.

import (
	"image"
	"math"
	"slices"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// Geometry of the measurement, in millimetres.
const (
	// innerInset is how far inside a box's edge its inside is measured
	// from: past the printed outline and any residual misregistration.
	innerInset = 0.7
	// ringFrom and ringTo bound the band around a box, outside its edge,
	// where a ring is looked for: past the outline, inside the clear zone.
	ringFrom = 0.6
	ringTo   = form.ClearZone - 0.3
	// sectors divide the band by angle; a ring inks most of them, a tick
	// or a cross that runs over the edge only a few.
	sectors = 16
	// sectorInk is how much ink (in square millimetres of full-strength
	// ink) a sector needs to count as crossed by a stroke.
	sectorInk = 0.12
	// snapRange is how far, in millimetres, a row's boxes are looked for
	// around where the marks put them.
	snapRange = 2.0
)

// sampler reads the page image at page coordinates.
type sampler struct {
	g     *image.Gray
	h     geom.H
	scale float64 // image pixels per page millimetre, roughly

	vals  []uint8 // scratch for measureBox, reused from box to box
	kinds []int8
}

// at is the grey level at page point p (nearest pixel), and whether p is
// inside the image.
func (s *sampler) at(x, y float64) (uint8, bool) {
	h := &s.h
	w := h[6]*x + h[7]*y + h[8]
	px := (h[0]*x + h[1]*y + h[2]) / w
	py := (h[3]*x + h[4]*y + h[5]) / w
	ix, iy := int(math.Floor(px)), int(math.Floor(py))
	r := s.g.Rect
	if ix < r.Min.X || iy < r.Min.Y || ix >= r.Max.X || iy >= r.Max.Y {
		return 0, false
	}
	return s.g.Pix[(iy-r.Min.Y)*s.g.Stride+(ix-r.Min.X)], true
}

// step is the sampling pitch in millimetres: about a pixel, no finer than
// needed to see a pen stroke.
func (s *sampler) step() float64 { return math.Max(1/s.scale, 0.12) }

// paper is the local paper around a box: its grey level and how far
// noise darkens it by chance.
type paper struct {
	white float64 // the paper's grey level
	floor float64 // darkening, as a share of white, below which a pixel is paper
}

// inkOf turns a grey level into ink: 0 for paper, 1 for a full-strength
// stroke, relative to the local paper.
func (p paper) inkOf(v uint8) float64 {
	d := (p.white - float64(v)) / p.white
	return math.Max(0, math.Min(1, (d-p.floor)/inkFull))
}

// traced reports whether a grey level shows any ink at all, however
// faint: a pencil, a light pen, an erased mark.
func (p paper) traced(v uint8) bool {
	return (p.white-float64(v))/p.white > p.floor+traceAbove
}

// traceAbove is how far above the noise floor a pixel must be darkened to
// count as traced.
const traceAbove = 0.04

// paperOf reads the paper from a histogram of the area around a box, most
// of which is blank paper whatever is marked: its median is the paper's
// grey, and the spread of its lighter half, where no ink is, the noise.
func paperOf(hist *[256]int, n int) paper {
	white := float64(greyAt(hist, n/2))
	q := float64(greyAt(hist, n*3/4))
	if white < 1 {
		return paper{white: white, floor: 1}
	}
	noise := math.Max(0, q-white) / 0.674 / white // sigma, as a share of white
	return paper{white: white, floor: math.Max(inkFloor, 3*noise)}
}

// inkFloor is the least darkening, as a share of the paper's grey, that
// counts as ink however clean the scan; inkFull the darkening above the
// floor that counts as a full-strength stroke.
const (
	inkFloor = 0.06
	inkFull  = 0.45
)

// OptionInk is the evidence for one option of a row.
type OptionInk struct {
	Value string    // the option, as printed
	Fill  float64   // share of the box's inside covered in ink, 0-1
	Trace float64   // share of the box's inside showing any ink, however faint, 0-1
	Ring  float64   // share of the band around the box crossed by a stroke, 0-1
	Mark  MarkLevel // what the evidence adds up to
}

// measureBox measures one box, shifted by off (millimetres).
func (s *sampler) measureBox(b form.Rect, off geom.Pt) (fill, trace, ring float64, ok bool) {
	b.X += off.X
	b.Y += off.Y
	st := s.step()
	reach := form.ClearZone
	cx, cy := b.X+b.W/2, b.Y+b.H/2
	hw, hh := b.W/2, b.H/2
	// The local white: most of the area around a box is blank paper.
	var hist [256]int
	vals, kinds := s.vals[:0], s.kinds[:0] // kinds: -1 inside, 0 ignored, sector+1 in the band
	defer func() { s.vals, s.kinds = vals, kinds }()
	nTotal := 0
	for y := b.Y - reach; y <= b.Y+b.H+reach; y += st {
		for x := b.X - reach; x <= b.X+b.W+reach; x += st {
			v, in := s.at(x, y)
			if !in {
				return 0, 0, 0, false
			}
			nTotal++
			hist[v]++
			dx, dy := math.Abs(x-cx)-hw, math.Abs(y-cy)-hh
			edge := math.Max(dx, dy) // <0 inside, distance outside the box beyond
			var k int8
			switch {
			case edge <= -innerInset:
				k = -1
			case edge >= ringFrom && edge <= ringTo:
				k = int8(sectorOf(x-cx, y-cy)) + 1
			}
			vals = append(vals, v)
			kinds = append(kinds, k)
		}
	}
	pp := paperOf(&hist, nTotal)
	if pp.white < 40 {
		return 0, 0, 0, false // no paper here: off the page, or a black smear
	}
	var inSum float64
	var inN, traces int
	var sec [sectors]float64
	area := st * st
	for i, v := range vals {
		switch k := kinds[i]; {
		case k < 0:
			inSum += pp.inkOf(v)
			inN++
			if pp.traced(v) {
				traces++
			}
		case k > 0:
			sec[k-1] += pp.inkOf(v) * area
		}
	}
	if inN == 0 {
		return 0, 0, 0, false
	}
	crossed := 0
	for _, a := range sec {
		if a >= sectorInk {
			crossed++
		}
	}
	return inSum / float64(inN), float64(traces) / float64(inN), float64(crossed) / sectors, true
}

// tan22 is tan(22.5 degrees), where the 16 sectors' boundaries fall
// within an octant.
var tan22 = math.Tan(math.Pi / 8)

// sectorOf is the sector, 0-15, of the direction (dx, dy): the 16th of the
// circle, counted from the direction (-1, 0) through (0, -1), that
// floor((atan2(dy, dx)+pi)/(2pi)*16) gives, without the arctangent.
func sectorOf(dx, dy float64) int {
	ax, ay := math.Abs(dx), math.Abs(dy)
	// Within a quadrant, which of its four sectors: by the angle from the
	// x axis, in steps of 22.5 degrees.
	var q int
	switch {
	case ay <= ax*tan22:
		q = 0
	case ay <= ax:
		q = 1
	case ax <= ay*tan22:
		q = 3
	default:
		q = 2
	}
	// atan2 runs from -pi at (-1, 0-) up; map each quadrant onto it.
	switch {
	case dx < 0 && dy < 0: // angle in (-pi, -pi/2): from -pi, q steps up
		return q
	case dx >= 0 && dy < 0: // (-pi/2, 0): from 0, q steps down
		return 7 - q
	case dx >= 0: // [0, pi/2]
		return 8 + q
	default: // (pi/2, pi]
		return 15 - q
	}
}

// snapRow finds the row's printed boxes near where the marks put them and
// returns the shift that lays the layout on them, or false when most boxes
// are not where they should be: then the row is not read.
func (s *sampler) snapRow(r *form.Row) (geom.Pt, bool) {
	var xs, ys []float64
	for _, o := range r.Options {
		dx, okx := s.edgeOffset(o.Box, true)
		dy, oky := s.edgeOffset(o.Box, false)
		if okx && oky {
			xs = append(xs, dx)
			ys = append(ys, dy)
		}
	}
	if 2*len(xs) <= len(r.Options) {
		return geom.Pt{}, false
	}
	off := geom.Pt{X: median(xs), Y: median(ys)}
	// Most boxes must agree with the row's shift.
	agree := 0
	for i := range xs {
		if math.Abs(xs[i]-off.X) <= 0.5 && math.Abs(ys[i]-off.Y) <= 0.5 {
			agree++
		}
	}
	return off, 2*agree > len(r.Options)
}

// edgeOffset finds how far a box's printed outline lies from where it
// should, across its left and right edges (vertical) or its top and
// bottom edges: the shift at which both edges are darkest together. A
// mark inside the box darkens only one of a pair of edge lines at any
// wrong shift, so it does not pull the answer.
func (s *sampler) edgeOffset(b form.Rect, vertical bool) (float64, bool) {
	const res = 0.1 // millimetres between trial shifts
	n := int(math.Round(snapRange / res))
	prof := make([]float64, 2*n+1)
	along := 0.2
	// Local white, from the box's surroundings.
	white := s.whiteAround(b)
	if white < 40 {
		return 0, false
	}
	line := func(x0, y0 float64) float64 {
		var sum float64
		k := 0
		for t := 0.15; t <= 0.85; t += along / math.Max(b.W, b.H) {
			var v uint8
			var in bool
			if vertical {
				v, in = s.at(x0, y0+t*b.H)
			} else {
				v, in = s.at(x0+t*b.W, y0)
			}
			if !in {
				return 0
			}
			sum += math.Max(0, (white-float64(v))/white)
			k++
		}
		return sum / float64(k)
	}
	for i := range prof {
		d := float64(i-n) * res
		var a, c float64
		if vertical {
			a, c = line(b.X+d, b.Y), line(b.X+b.W+d, b.Y)
		} else {
			a, c = line(b.X, b.Y+d), line(b.X, b.Y+b.H+d)
		}
		prof[i] = math.Min(a, c)
	}
	best := 0
	for i, v := range prof {
		if v > prof[best] {
			best = i
		}
	}
	if prof[best] < outlineInk {
		return 0, false
	}
	off := float64(best-n) * res
	if best > 0 && best < len(prof)-1 {
		// Parabola through the peak and its neighbours.
		l, c, r := prof[best-1], prof[best], prof[best+1]
		if den := l - 2*c + r; den < 0 {
			off += res * 0.5 * (l - r) / den
		}
	}
	return off, true
}

// outlineInk is the least darkness, averaged along an edge, a printed box
// outline shows at the coarsest scan.
const outlineInk = 0.12

// whiteAround is the paper's grey level around box b.
func (s *sampler) whiteAround(b form.Rect) float64 {
	var hist [256]int
	n := 0
	st := math.Max(s.step(), 0.25)
	g := b.Grow(form.ClearZone)
	for y := g.Y; y <= g.Y+g.H; y += st {
		for x := g.X; x <= g.X+g.W; x += st {
			if v, in := s.at(x, y); in {
				hist[v]++
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(greyAt(&hist, n/2))
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
