package form

// Geometry in millimetres, measured from the page's top-left corner with y
// growing down the page, as fpdf lays out a page.

import "math"

// Size is a paper size in millimetres, portrait.
type Size struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Point is a position on the page in millimetres.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Rect is an axis-aligned rectangle on the page: its top-left corner and its
// size, in millimetres.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Center is the middle of r.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Grow returns r enlarged by d on every side (shrunk when d is negative).
func (r Rect) Grow(d float64) Rect { return Rect{r.X - d, r.Y - d, r.W + 2*d, r.H + 2*d} }

// Overlaps reports whether r and s share any area.
func (r Rect) Overlaps(s Rect) bool {
	return r.X < s.X+s.W && s.X < r.X+r.W && r.Y < s.Y+s.H && s.Y < r.Y+r.H
}

// Within reports whether r lies entirely inside s.
func (r Rect) Within(s Rect) bool {
	return r.X >= s.X && r.Y >= s.Y && r.X+r.W <= s.X+s.W && r.Y+r.H <= s.Y+s.H
}

// Gap is the shortest distance between the edges of r and s; 0 when they
// touch or overlap.
func (r Rect) Gap(s Rect) float64 {
	dx := math.Max(0, math.Max(s.X-(r.X+r.W), r.X-(s.X+s.W)))
	dy := math.Max(0, math.Max(s.Y-(r.Y+r.H), r.Y-(s.Y+s.H)))
	return math.Hypot(dx, dy)
}

// finite reports whether every coordinate of r is a finite number.
func (r Rect) finite() bool { return finite(r.X, r.Y, r.W, r.H) }

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// squareAt is the square of side s centred on p.
func squareAt(p Point, s float64) Rect { return Rect{p.X - s/2, p.Y - s/2, s, s} }
