package scan

// Finding the registration marks: a solid square of known size with blank
// paper around it, near where the page code predicts it. The marks are
// found one by one, nearest the code first, and each one found sharpens
// the prediction of the next, so a photo's perspective does not throw the
// far corner out of its search window.

import (
	"cmp"
	"image"
	"math"
	"slices"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// markNames name the corners in messages, in form.Page.Marks order.
var markNames = [4]string{"top left", "top right", "bottom right", "bottom left"}

// Search radii, in millimetres around a mark's predicted place. The two
// marks nearest the code are predicted well from it; the far two are
// predicted from the near ones, which a photo's perspective can throw out
// by several centimetres, so they are looked for in a small window first
// and, if that does not place the page, in a large one.
var (
	nearRadius = [2]float64{10, 16}
	farRadius  = []float64{20, 70}
)

// maxFarCandidates is how many candidates for each far mark are tried.
const maxFarCandidates = 4

// locate maps the page onto the image from the code and the registration
// marks. It returns the map from page millimetres to image pixels, or why
// there is none.
//
// The map is a homography, which undoes a photo's perspective, fitted to
// the four marks, or to three and the code when a corner is cut off by a
// skewed scan or a tight photo; with both far marks lost, an affine map
// from the near marks and the code, when every box agrees.
// A map is accepted only if the page's printed boxes are where it says:
// that picks the true far marks among look-alikes (a filled box is a dark
// square too), and a poor map is refused rather than read.
func locate(g *image.Gray, p *form.Page, hit codeHit) (geom.H, string) {
	fmm := finders(p.Code)
	fpx := [3]geom.Pt{hit.bottomLeft, hit.topLeft, hit.topRight}
	a, err := geom.FitAffine(fmm[:], fpx[:])
	if err != nil {
		return geom.H{}, "the page code is too damaged to place the page"
	}
	centre := p.Code.Center()
	order := []int{0, 1, 2, 3}
	slices.SortStableFunc(order, func(i, j int) int {
		di := math.Hypot(p.Marks[i].X-centre.X, p.Marks[i].Y-centre.Y)
		dj := math.Hypot(p.Marks[j].X-centre.X, p.Marks[j].Y-centre.Y)
		return cmp.Compare(di, dj)
	})
	markAt := func(i int) geom.Pt { return geom.Pt{X: p.Marks[i].X, Y: p.Marks[i].Y} }

	// The near marks, each refining the map for the next. One mark of the
	// four may be missing.
	var known []placed
	missing := -1
	for k, i := range order[:2] {
		mm := markAt(i)
		scale := a.Scale(mm)
		cs := markCandidates(g, a.Apply(mm), nearRadius[k]*scale, form.MarkSize*scale)
		if len(cs) == 0 {
			if missing >= 0 {
				return geom.H{}, "registration marks not found: " + markNames[missing] + " and " + markNames[i]
			}
			missing = i
			continue
		}
		known = append(known, placed{mm, cs[0]})
		src, dst := append([]geom.Pt{}, fmm[:]...), append([]geom.Pt{}, fpx[:]...)
		for _, k := range known {
			src, dst = append(src, k.mm), append(dst, k.at)
		}
		if a, err = geom.FitAffine(src, dst); err != nil {
			return geom.H{}, "registration marks are not where a page's are"
		}
	}

	// The far marks: try the likeliest candidates together, keep the map
	// the printed boxes agree with best.
	check := boxChecks(p)
	why := "registration marks not found: " + markNames[order[2]] + " and " + markNames[order[3]]
	if missing >= 0 {
		why = "registration mark not found: " + markNames[missing]
	}
	for _, radius := range farRadius {
		var cands [2][]markCand
		for k, i := range order[2:] {
			mm := markAt(i)
			scale := a.Scale(mm)
			cs := markCandidates(g, a.Apply(mm), radius*scale, form.MarkSize*scale)
			cands[k] = cs[:min(len(cs), maxFarCandidates)]
		}
		if len(cands[0]) == 0 && len(cands[1]) == 0 {
			continue
		}
		best, bestScore := geom.H{}, -1
		try := func(ms []placed) {
			h, reason := fitMarks(ms, fmm, fpx)
			if reason != "" {
				why = reason
				return
			}
			score := check.score(g, h)
			if score > bestScore {
				best, bestScore = h, score
			}
		}
		// All four marks first, nearest candidates first; a map that
		// finds every box needs no rival.
	combos:
		for _, three := range []bool{false, true} {
			for _, c2 := range append(cands[0], markCand{}) {
				for _, c3 := range append(cands[1], markCand{}) {
					ms := slices.Clone(known)
					if c2.side > 0 {
						ms = append(ms, placed{markAt(order[2]), c2})
					}
					if c3.side > 0 {
						ms = append(ms, placed{markAt(order[3]), c3})
					}
					if (len(ms) == 3) != three || len(ms) < 3 {
						continue
					}
					try(ms)
					if bestScore == len(check.boxes) {
						break combos
					}
				}
			}
		}
		if bestScore >= 0 && check.enough(bestScore) {
			return best, ""
		}
		if bestScore >= 0 {
			why = "the page's boxes are not where its marks put them"
		}
	}
	// Both far marks lost (a page skewed half off the glass): the near
	// marks and the code fix an affine map, exact for a flatbed scan and
	// wrong at the far edge of a photo's perspective. It is taken only if
	// it puts every printed box where the page has one; the rows' own
	// checks follow.
	if missing < 0 && len(check.boxes) > 0 && check.score(g, a) == len(check.boxes) {
		return a, ""
	}
	return geom.H{}, why
}

// placed is a mark found in the image.
type placed struct {
	mm geom.Pt // where it is printed
	markCand
}

// fitMarks maps the page from three or four marks and checks each mark is
// the size the map says and the code is where it says. With three marks
// the code's finder patterns stand in for the fourth: they lie near a
// corner, and fix the perspective there.
func fitMarks(ms []placed, fmm, fpx [3]geom.Pt) (geom.H, string) {
	var src, dst []geom.Pt
	for _, m := range ms {
		src, dst = append(src, m.mm), append(dst, m.at)
	}
	if len(ms) == 3 {
		src, dst = append(src, fmm[:]...), append(dst, fpx[:]...)
	}
	h, err := geom.Fit(src, dst)
	if err != nil {
		return geom.H{}, "registration marks are not where a page's are"
	}
	for _, m := range ms {
		if r := m.side / (form.MarkSize * h.Scale(m.mm)); r < 0.85 || r > 1.15 {
			return geom.H{}, "registration marks are not where a page's are"
		}
	}
	for i, f := range fmm {
		if d := geom.Dist(h.Apply(f), fpx[i]) / h.Scale(f); d > maxCodeError {
			return geom.H{}, "registration marks and page code disagree"
		}
	}
	return h, ""
}

// boxChecker tests a map against the page's printed boxes: the first and
// last box of every row.
type boxChecker struct{ boxes []form.Rect }

func boxChecks(p *form.Page) boxChecker {
	var c boxChecker
	for _, r := range p.Rows {
		if n := len(r.Options); n > 0 {
			c.boxes = append(c.boxes, r.Options[0].Box, r.Options[n-1].Box)
		}
	}
	return c
}

// score counts the boxes found within a millimetre of where h puts them.
func (c boxChecker) score(g *image.Gray, h geom.H) int {
	s := sampler{g: g, h: h, scale: h.Scale(geom.Pt{X: 100, Y: 100})}
	n := 0
	for _, b := range c.boxes {
		dx, okx := s.edgeOffset(b, true)
		dy, oky := s.edgeOffset(b, false)
		if okx && oky && math.Abs(dx) <= 1 && math.Abs(dy) <= 1 {
			n++
		}
	}
	return n
}

// enough says whether a score shows the map is right: most boxes found.
// A page without boxes (a cover) has nothing to read, and any map will do.
func (c boxChecker) enough(score int) bool {
	return 4*score >= 3*len(c.boxes)
}

// maxCodeError is how far, in millimetres, the code's finder patterns may
// lie from where the marks put them.
const maxCodeError = 1.5

// markCand is a solid square found in the image: a registration mark, or
// something like one.
type markCand struct {
	at   geom.Pt // centre, pixels
	side float64 // side, pixels
}

// markCandidates finds the solid squares of roughly the given side with
// blank paper around them within radius of pred (all in pixels), nearest
// to pred first.
func markCandidates(g *image.Gray, pred geom.Pt, radius, side float64) []markCand {
	win := image.Rect(int(pred.X-radius), int(pred.Y-radius), int(pred.X+radius)+1, int(pred.Y+radius)+1).Intersect(g.Rect)
	if win.Dx() < int(2*side) || win.Dy() < int(2*side) || side < 4 {
		return nil
	}
	// The mark is black; the paper around it is the window's light end.
	white := percentile(g, win, 0.9)
	if white < 60 {
		return nil
	}
	thr := uint8(0.55 * float64(white))
	w, h := win.Dx(), win.Dy()
	label := make([]bool, w*h)
	dark := func(x, y int) bool { return g.Pix[(y-g.Rect.Min.Y)*g.Stride+(x-g.Rect.Min.X)] < thr }
	area0 := side * side
	var out []markCand
	var dist []float64
	var stack []int32
	for y := win.Min.Y; y < win.Max.Y; y++ {
		for x := win.Min.X; x < win.Max.X; x++ {
			i := (y-win.Min.Y)*w + (x - win.Min.X)
			if label[i] || !dark(x, y) {
				continue
			}
			label[i] = true
			stack = append(stack[:0], int32(i))
			var n, sx, sy, sxx, syy, sxy float64
			edge := false
			for len(stack) > 0 {
				j := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				px, py := int(j)%w, int(j)/w
				fx, fy := float64(px), float64(py)
				n++
				sx, sy, sxx, syy, sxy = sx+fx, sy+fy, sxx+fx*fx, syy+fy*fy, sxy+fx*fy
				if px == 0 || py == 0 || px == w-1 || py == h-1 {
					edge = true
				}
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					qx, qy := px+d[0], py+d[1]
					if qx < 0 || qy < 0 || qx >= w || qy >= h {
						continue
					}
					k := qy*w + qx
					if !label[k] && dark(qx+win.Min.X, qy+win.Min.Y) {
						label[k] = true
						stack = append(stack, int32(k))
					}
				}
			}
			// The size is checked loosely here (the predicted scale may be
			// off) and tightly once the page is mapped.
			if edge || n < 0.4*area0 || n > 2.2*area0 {
				continue
			}
			mx, my := sx/n, sy/n
			cxx, cyy, cxy := sxx/n-mx*mx, syy/n-my*my, sxy/n-mx*my
			// A solid square has (cxx+cyy) = area/6 at any rotation, and
			// the same spread in every direction.
			if q := (cxx + cyy) / (n / 6); q < 0.8 || q > 1.3 {
				continue
			}
			tr, det := cxx+cyy, cxx*cyy-cxy*cxy
			disc := math.Sqrt(math.Max(0, tr*tr/4-det))
			if l1, l2 := tr/2+disc, tr/2-disc; l2 <= 0 || l1/l2 > 1.6 {
				continue
			}
			c := geom.Pt{X: mx + float64(win.Min.X) + 0.5, Y: my + float64(win.Min.Y) + 0.5}
			s := math.Sqrt(n)
			if !quiet(g, c, s, thr) {
				continue
			}
			out = append(out, markCand{refineCentre(g, c, s, white), s})
			dist = append(dist, geom.Dist(c, pred))
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(dist[i], dist[j]) })
	sorted := make([]markCand, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted
}

// quiet reports whether the paper in a ring just outside a mark of side s
// centred on c is blank.
func quiet(g *image.Gray, c geom.Pt, s float64, thr uint8) bool {
	r0, r1 := 0.8*s, 1.05*s
	var n, dark int
	for y := int(c.Y - r1); y <= int(c.Y+r1); y++ {
		for x := int(c.X - r1); x <= int(c.X+r1); x++ {
			d := math.Hypot(float64(x)-c.X, float64(y)-c.Y)
			if d < r0 || d > r1 || !image.Pt(x, y).In(g.Rect) {
				continue
			}
			n++
			if g.Pix[(y-g.Rect.Min.Y)*g.Stride+(x-g.Rect.Min.X)] < thr {
				dark++
			}
		}
	}
	return n > 0 && float64(dark) < 0.12*float64(n)
}

// refineCentre is the ink-weighted centre of the mark, blurred edges
// included, which is steadier than the thresholded shape's.
func refineCentre(g *image.Gray, c geom.Pt, s float64, white uint8) geom.Pt {
	r := 0.75 * s
	var sw, sx, sy float64
	for y := int(c.Y - r); y <= int(c.Y+r); y++ {
		for x := int(c.X - r); x <= int(c.X+r); x++ {
			if !image.Pt(x, y).In(g.Rect) {
				continue
			}
			v := g.Pix[(y-g.Rect.Min.Y)*g.Stride+(x-g.Rect.Min.X)]
			w := float64(white) - float64(v)
			if w <= 0 {
				continue
			}
			sw += w
			sx += w * (float64(x) + 0.5)
			sy += w * (float64(y) + 0.5)
		}
	}
	if sw == 0 {
		return c
	}
	return geom.Pt{X: sx / sw, Y: sy / sw}
}

// percentile is the grey level below which the share p of the pixels in r
// lie.
func percentile(g *image.Gray, r image.Rectangle, p float64) uint8 {
	var hist [256]int
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := g.Pix[(y-g.Rect.Min.Y)*g.Stride+(r.Min.X-g.Rect.Min.X):]
		for _, v := range row[:r.Dx()] {
			hist[v]++
		}
	}
	n := r.Dx() * r.Dy()
	return greyAt(&hist, int(p*float64(n)))
}

// greyAt is the grey level at which the cumulative histogram reaches n.
func greyAt(hist *[256]int, n int) uint8 {
	c := 0
	for v, k := range hist {
		c += k
		if c > n {
			return uint8(v)
		}
	}
	return 255
}
