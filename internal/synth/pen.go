package synth

// Pen marks as people make them: a tick, a cross, a scribbled fill or a
// ring around the box, in blue or black ink, pressed harder or lighter,
// never quite centred and often over the box's edges.

import (
	"image"
	"math"
	"math/rand/v2"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// MarkKind is how a box is marked.
type MarkKind int

// The ways people mark a box.
const (
	Fill MarkKind = iota
	Tick
	Cross
	Ring
)

var markNames = []string{"fill", "tick", "cross", "ring"}

// String names the kind of mark.
func (k MarkKind) String() string { return markNames[k] }

// Ink is a pen's colour.
type Ink struct {
	Name    string
	R, G, B uint8
}

// The inks of the tests.
var (
	Black = Ink{"black", 30, 30, 38}
	Blue  = Ink{"blue", 30, 55, 165}
)

// Pen is an ink with a stroke width in millimetres and how much ink it
// leaves (1 is full strength).
type Pen struct {
	Ink
	Width   float64
	Opacity float64
}

// RandomPen picks an ink, a width and a pressure.
func RandomPen(r *rand.Rand) Pen {
	ink := Black
	if r.IntN(2) == 0 {
		ink = Blue
	}
	return Pen{Ink: ink, Width: 0.3 + r.Float64()*0.45, Opacity: 0.7 + r.Float64()*0.3}
}

// Mark draws one mark of kind on box (page millimetres) into img, which
// shows the page at scale pixels per millimetre.
func Mark(img *image.RGBA, scale float64, kind MarkKind, box form.Rect, pen Pen, r *rand.Rand) {
	c := geom.Pt{X: box.X + box.W/2, Y: box.Y + box.H/2}
	hs := box.W / 2
	jit := func(s float64) geom.Pt { return geom.Pt{X: r.NormFloat64() * s, Y: r.NormFloat64() * s} }
	var strokes [][]geom.Pt
	switch kind {
	case Tick:
		o := c.Add(jit(0.45))
		k := 0.8 + r.Float64()*0.5
		over := r.Float64() * 1.5
		a := o.Add(geom.Pt{X: -0.7 * hs, Y: 0.0}.Scale(k))
		b := o.Add(geom.Pt{X: -0.15 * hs, Y: 0.7 * hs}.Scale(k))
		e := o.Add(geom.Pt{X: 0.85*hs + over*0.5, Y: -0.95*hs - over}.Scale(k))
		strokes = append(strokes, wobbly(r, []geom.Pt{a, b, e}, 0.12))
	case Cross:
		k := 0.7 + r.Float64()*0.55
		o := c.Add(jit(0.4))
		for _, d := range []geom.Pt{{X: 1, Y: 1}, {X: 1, Y: -1}} {
			a := o.Add(d.Scale(-hs * k)).Add(jit(0.4))
			b := o.Add(d.Scale(hs * k)).Add(jit(0.4))
			strokes = append(strokes, wobbly(r, []geom.Pt{a, b}, 0.1))
		}
	case Fill:
		// A zigzag across the box at a slant, strokes close enough to
		// overlap, running up to or over the edges.
		pen.Width = 0.5 + r.Float64()*0.5
		ang := (r.Float64() - 0.5) * 50 * math.Pi / 180
		dir := geom.Pt{X: math.Cos(ang), Y: math.Sin(ang)}
		nrm := geom.Pt{X: -dir.Y, Y: dir.X}
		o := c.Add(jit(0.35))
		reach := hs * (1.05 + r.Float64()*0.35) // half length of a stroke
		span := hs * (0.85 + r.Float64()*0.3)   // half the filled band
		step := pen.Width * (0.55 + r.Float64()*0.3)
		var pts []geom.Pt
		side := 1.0
		for t := -span; t <= span; t += step {
			end := reach * (0.85 + r.Float64()*0.25)
			pts = append(pts, o.Add(nrm.Scale(t)).Add(dir.Scale(side*end)))
			side = -side
		}
		strokes = append(strokes, pts)
	case Ring:
		o := c.Add(jit(0.6))
		rx := 4.6 + r.Float64()*1.7
		ry := rx * (0.87 + r.Float64()*0.26)
		start := r.Float64() * 2 * math.Pi
		sweep := (335 + r.Float64()*60) * math.Pi / 180
		n := 48
		var pts []geom.Pt
		for i := 0; i <= n; i++ {
			a := start + sweep*float64(i)/float64(n)
			wob := 1 + 0.03*math.Sin(3*a+start)
			pts = append(pts, o.Add(geom.Pt{X: rx * wob * math.Cos(a), Y: ry * wob * math.Sin(a)}))
		}
		strokes = append(strokes, pts)
	}
	ink(img, scale, strokes, pen)
}

// Hesitate draws what a pen leaves when it touches a box and stops: a
// short faint stroke, 1.5 to 3 mm long, somewhere inside the box, at a
// third to half of the pen's strength.
func Hesitate(img *image.RGBA, scale float64, box form.Rect, pen Pen, r *rand.Rand) {
	c := geom.Pt{X: box.X + box.W/2 + (r.Float64()-0.5)*box.W*0.4, Y: box.Y + box.H/2 + (r.Float64()-0.5)*box.H*0.4}
	ang := r.Float64() * math.Pi
	half := 0.75 + r.Float64()*0.75
	d := geom.Pt{X: math.Cos(ang) * half, Y: math.Sin(ang) * half}
	pen.Width = 0.25 + r.Float64()*0.15
	pen.Opacity *= 0.33 + r.Float64()*0.17
	ink(img, scale, [][]geom.Pt{wobbly(r, []geom.Pt{c.Sub(d), c.Add(d)}, 0.05)}, pen)
}

// wobbly adds points along a path with a little sideways wander, as a
// hand draws a straight line.
func wobbly(r *rand.Rand, pts []geom.Pt, amount float64) []geom.Pt {
	var out []geom.Pt
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		d := b.Sub(a)
		n := geom.Pt{X: -d.Y, Y: d.X}.Scale(1 / math.Max(d.Len(), 1e-9))
		phase := r.Float64() * math.Pi
		const steps = 6
		for s := range steps {
			t := float64(s) / steps
			out = append(out, a.Add(d.Scale(t)).Add(n.Scale(amount*math.Sin(math.Pi*t*2+phase))))
		}
	}
	return append(out, pts[len(pts)-1])
}

// ink lays the strokes into img: coverage is the most any stroke gives a
// pixel, and ink darkens what is under it (multiply), as ink on paper
// does, printed lines included.
func ink(img *image.RGBA, scale float64, strokes [][]geom.Pt, pen Pen) {
	half := pen.Width * scale / 2
	var x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range strokes {
		for _, p := range s {
			x0, y0 = math.Min(x0, p.X*scale), math.Min(y0, p.Y*scale)
			x1, y1 = math.Max(x1, p.X*scale), math.Max(y1, p.Y*scale)
		}
	}
	b := image.Rect(int(x0-half-2), int(y0-half-2), int(x1+half+3), int(y1+half+3)).Intersect(img.Bounds())
	if b.Empty() {
		return
	}
	cov := make([]float32, b.Dx()*b.Dy())
	for _, s := range strokes {
		for i := 0; i+1 < len(s); i++ {
			a, e := s[i].Scale(scale), s[i+1].Scale(scale)
			segment(cov, b, a, e, half)
		}
	}
	ir, ig, ib := float64(pen.R)/255, float64(pen.G)/255, float64(pen.B)/255
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			f := float64(cov[(y-b.Min.Y)*b.Dx()+(x-b.Min.X)]) * pen.Opacity
			if f == 0 {
				continue
			}
			o := img.PixOffset(x, y)
			img.Pix[o+0] = uint8(float64(img.Pix[o+0])*(1-f*(1-ir)) + 0.5)
			img.Pix[o+1] = uint8(float64(img.Pix[o+1])*(1-f*(1-ig)) + 0.5)
			img.Pix[o+2] = uint8(float64(img.Pix[o+2])*(1-f*(1-ib)) + 0.5)
		}
	}
}

// segment raises cov to the coverage of a round-capped segment from a to
// e, half pixels wide, with one pixel of soft edge.
func segment(cov []float32, b image.Rectangle, a, e geom.Pt, half float64) {
	minX := max(b.Min.X, int(math.Min(a.X, e.X)-half-1))
	maxX := min(b.Max.X, int(math.Max(a.X, e.X)+half+2))
	minY := max(b.Min.Y, int(math.Min(a.Y, e.Y)-half-1))
	maxY := min(b.Max.Y, int(math.Max(a.Y, e.Y)+half+2))
	d := e.Sub(a)
	l2 := d.X*d.X + d.Y*d.Y
	for y := minY; y < maxY; y++ {
		for x := minX; x < maxX; x++ {
			p := geom.Pt{X: float64(x) + 0.5, Y: float64(y) + 0.5}
			t := 0.0
			if l2 > 0 {
				t = math.Max(0, math.Min(1, ((p.X-a.X)*d.X+(p.Y-a.Y)*d.Y)/l2))
			}
			dist := geom.Dist(p, a.Add(d.Scale(t)))
			c := float32(math.Max(0, math.Min(1, half-dist+0.5)))
			i := (y-b.Min.Y)*b.Dx() + (x - b.Min.X)
			if c > cov[i] {
				cov[i] = c
			}
		}
	}
}
