// Package geom maps one plane onto another: a page in millimetres onto an
// image in pixels. A flatbed scan needs only rotation, scale and shift; a
// phone photo adds perspective, which a homography (a 3x3 projective
// matrix) describes exactly for a flat page.
package geom

import (
	"errors"
	"math"
)

// Pt is a point in either plane.
type Pt struct{ X, Y float64 }

// Sub is p-q.
func (p Pt) Sub(q Pt) Pt { return Pt{p.X - q.X, p.Y - q.Y} }

// Add is p+q.
func (p Pt) Add(q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }

// Scale is p*f.
func (p Pt) Scale(f float64) Pt { return Pt{p.X * f, p.Y * f} }

// Len is p's distance from the origin.
func (p Pt) Len() float64 { return math.Hypot(p.X, p.Y) }

// Dist is the distance between p and q.
func Dist(p, q Pt) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

// H is a homography, row-major, normalised so H[8] is 1 where possible.
type H [9]float64

// Identity maps every point onto itself.
var Identity = H{1, 0, 0, 0, 1, 0, 0, 0, 1}

// ErrDegenerate means the points do not determine a mapping: too few, or
// three of them on one line.
var ErrDegenerate = errors.New("geom: points do not determine a mapping")

// Apply maps p.
func (h *H) Apply(p Pt) Pt {
	w := h[6]*p.X + h[7]*p.Y + h[8]
	return Pt{(h[0]*p.X + h[1]*p.Y + h[2]) / w, (h[3]*p.X + h[4]*p.Y + h[5]) / w}
}

// Mul is the mapping "first g, then h".
func (h *H) Mul(g *H) H {
	var r H
	for i := range 3 {
		for j := range 3 {
			r[3*i+j] = h[3*i]*g[j] + h[3*i+1]*g[3+j] + h[3*i+2]*g[6+j]
		}
	}
	return r.normal()
}

// Inverse is the mapping back.
func (h *H) Inverse() (H, error) {
	a, b, c, d, e, f, g, k, l := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]
	det := a*(e*l-f*k) - b*(d*l-f*g) + c*(d*k-e*g)
	if det == 0 || math.IsNaN(det) || math.IsInf(det, 0) {
		return H{}, ErrDegenerate
	}
	r := H{
		(e*l - f*k) / det, (c*k - b*l) / det, (b*f - c*e) / det,
		(f*g - d*l) / det, (a*l - c*g) / det, (c*d - a*f) / det,
		(d*k - e*g) / det, (b*g - a*k) / det, (a*e - b*d) / det,
	}
	return r.normal(), nil
}

// Scale is how many units of the target plane one unit of the source plane
// becomes near p: the square root of the local area ratio.
func (h *H) Scale(p Pt) float64 {
	const d = 1.0
	o := h.Apply(p)
	x := h.Apply(Pt{p.X + d, p.Y}).Sub(o)
	y := h.Apply(Pt{p.X, p.Y + d}).Sub(o)
	return math.Sqrt(math.Abs(x.X*y.Y-x.Y*y.X)) / d
}

func (h H) normal() H {
	if h[8] != 0 {
		s := 1 / h[8]
		for i := range h {
			h[i] *= s
		}
	}
	return h
}

// Finite reports whether every entry is a finite number.
func (h *H) Finite() bool {
	for _, v := range h {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Fit finds the homography taking each src point to its dst point: exactly
// for four points, by least squares for more.
func Fit(src, dst []Pt) (H, error) {
	n := len(src)
	if n < 4 || len(dst) != n {
		return H{}, ErrDegenerate
	}
	// Normalise both sets (Hartley) so the equations are well conditioned
	// whether the units are millimetres or thousands of pixels.
	ts, s2 := normaliser(src)
	td, d2 := normaliser(dst)
	var ata [8][8]float64
	var atb [8]float64
	for i := range n {
		x, y := s2[i].X, s2[i].Y
		u, v := d2[i].X, d2[i].Y
		rows := [2][9]float64{
			{x, y, 1, 0, 0, 0, -u * x, -u * y, u},
			{0, 0, 0, x, y, 1, -v * x, -v * y, v},
		}
		for _, r := range rows {
			for a := range 8 {
				atb[a] += r[a] * r[8]
				for b := range 8 {
					ata[a][b] += r[a] * r[b]
				}
			}
		}
	}
	sol, ok := solve8(ata, atb)
	if !ok {
		return H{}, ErrDegenerate
	}
	hn := H{sol[0], sol[1], sol[2], sol[3], sol[4], sol[5], sol[6], sol[7], 1}
	tdi, err := td.Inverse()
	if err != nil {
		return H{}, ErrDegenerate
	}
	r := hn.Mul(&ts)
	r = tdi.Mul(&r)
	if !r.Finite() {
		return H{}, ErrDegenerate
	}
	return r, nil
}

// FitAffine finds the affine map (no perspective) taking src to dst, from
// three points or more, by least squares.
func FitAffine(src, dst []Pt) (H, error) {
	n := len(src)
	if n < 3 || len(dst) != n {
		return H{}, ErrDegenerate
	}
	ts, s2 := normaliser(src)
	td, d2 := normaliser(dst)
	var ata [3][3]float64
	var bx, by [3]float64
	for i := range n {
		r := [3]float64{s2[i].X, s2[i].Y, 1}
		for a := range 3 {
			bx[a] += r[a] * d2[i].X
			by[a] += r[a] * d2[i].Y
			for b := range 3 {
				ata[a][b] += r[a] * r[b]
			}
		}
	}
	px, ok1 := solve3(ata, bx)
	py, ok2 := solve3(ata, by)
	if !ok1 || !ok2 {
		return H{}, ErrDegenerate
	}
	hn := H{px[0], px[1], px[2], py[0], py[1], py[2], 0, 0, 1}
	tdi, err := td.Inverse()
	if err != nil {
		return H{}, ErrDegenerate
	}
	r := hn.Mul(&ts)
	r = tdi.Mul(&r)
	if !r.Finite() {
		return H{}, ErrDegenerate
	}
	return r, nil
}

// normaliser moves the points' centroid to the origin and scales their
// mean distance from it to sqrt(2); it returns that map and the moved
// points.
func normaliser(ps []Pt) (H, []Pt) {
	var c Pt
	for _, p := range ps {
		c = c.Add(p)
	}
	c = c.Scale(1 / float64(len(ps)))
	var d float64
	for _, p := range ps {
		d += Dist(p, c)
	}
	d /= float64(len(ps))
	s := 1.0
	if d > 0 {
		s = math.Sqrt2 / d
	}
	t := H{s, 0, -s * c.X, 0, s, -s * c.Y, 0, 0, 1}
	out := make([]Pt, len(ps))
	for i, p := range ps {
		out[i] = t.Apply(p)
	}
	return t, out
}

func solve8(a [8][8]float64, b [8]float64) ([8]float64, bool) {
	const n = 8
	for col := range n {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a[piv][col]) < 1e-12 {
			return b, false
		}
		a[col], a[piv] = a[piv], a[col]
		b[col], b[piv] = b[piv], b[col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for k := col; k < n; k++ {
				a[r][k] -= f * a[col][k]
			}
			b[r] -= f * b[col]
		}
	}
	var x [8]float64
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x, true
}

func solve3(a [3][3]float64, b [3]float64) ([3]float64, bool) {
	det := a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) - a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
	if math.Abs(det) < 1e-12 {
		return b, false
	}
	var x [3]float64
	for i := range 3 {
		m := a
		for r := range 3 {
			m[r][i] = b[r]
		}
		di := m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) - m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
			m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
		x[i] = di / det
	}
	return x, true
}
