package scan

// Finding the page code. The code lies near one corner of the page
// (form.CodeZone), and which corner depends on which way up the page was
// scanned, so the corners of the image are searched first, the top right
// (upright) and bottom left (upside down) before the other two; then
// smaller windows over each corner; only then the whole image, for a
// photo where the page fills little of the frame.
// Large images are searched at a reduced scale: a QR module needs only
// about four pixels.

import (
	"fmt"
	"image"
	"math"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// codeHit is a decoded QR code: its text and its three finder pattern
// centres in image pixels.
type codeHit struct {
	text                          string
	bottomLeft, topLeft, topRight geom.Pt
}

// Tuning of the code search.
const (
	// cornerShare is the side of the square searched at each corner, as a
	// share of the image's longer side: the code zone plus room for a page
	// shifted on the glass or framed loosely in a photo.
	cornerShare = 0.30
	// modulePixels is the module size the search scales an image down to.
	modulePixels = 4.0
	// longSideMM is the long side of the largest paper, to estimate the
	// image's scale before anything on it is found.
	longSideMM = 297.0
)

// findCode looks for the page code's QR symbol in g.
func findCode(g *image.Gray) (codeHit, bool) {
	b := g.Rect
	long := max(b.Dx(), b.Dy())
	side := int(cornerShare * float64(long))
	// Estimated pixels per module, assuming the page fills the image.
	module := float64(long) / longSideMM * form.QRModule
	f := max(1, int(module/modulePixels))
	corners := []image.Rectangle{
		image.Rect(b.Max.X-side, b.Min.Y, b.Max.X, b.Min.Y+side), // top right: upright
		image.Rect(b.Min.X, b.Max.Y-side, b.Min.X+side, b.Max.Y), // bottom left: upside down
		image.Rect(b.Min.X, b.Min.Y, b.Min.X+side, b.Min.Y+side), // top left: turned right
		image.Rect(b.Max.X-side, b.Max.Y-side, b.Max.X, b.Max.Y), // bottom right: turned left
	}
	for _, try := range []struct{ hard bool }{{false}, {true}} {
		for _, r := range corners {
			if hit, ok := decodeQR(g, r.Intersect(b), f, try.hard); ok {
				return hit, true
			}
		}
	}
	// The decoder can be led astray by what surrounds the code in a corner
	// (a photo's dark desk beside the page's edge): smaller windows over
	// each corner, overlapping so that any code lies whole in one.
	for _, r := range corners {
		for _, w := range tiles(r.Intersect(b)) {
			if hit, ok := decodeQR(g, w, f, false); ok {
				return hit, true
			}
		}
	}
	// The whole image, at a scale where even a small page's code is found.
	return decodeQR(g, b, max(1, long/1400), true)
}

// tiles are the windows half as wide and high as r, a quarter of r apart,
// that cover it: three by three.
func tiles(r image.Rectangle) []image.Rectangle {
	w, h := r.Dx()/2, r.Dy()/2
	var out []image.Rectangle
	for j := range 3 {
		for i := range 3 {
			x, y := r.Min.X+i*w/2, r.Min.Y+j*h/2
			out = append(out, image.Rect(x, y, x+w, y+h))
		}
	}
	return out
}

// decodeQR decodes a QR symbol inside r of g, shrunk by f.
func decodeQR(g *image.Gray, r image.Rectangle, f int, hard bool) (hit codeHit, ok bool) {
	if r.Dx() < 21 || r.Dy() < 21 {
		return codeHit{}, false
	}
	defer func() {
		// gozxing is a port of Java; a panic of its own is a code not found.
		if recover() != nil {
			hit, ok = codeHit{}, false
		}
	}()
	src := g
	origin := r.Min
	if f > 1 {
		src = shrink(g, r, f)
	} else {
		src = g.SubImage(r).(*image.Gray)
	}
	lum, err := gozxing.NewPlanarYUVLuminanceSource(src.Pix, src.Stride, src.Rect.Dy(),
		0, 0, src.Rect.Dx(), src.Rect.Dy(), false)
	if err != nil {
		return codeHit{}, false
	}
	bmp, err := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(lum))
	if err != nil {
		return codeHit{}, false
	}
	hints := map[gozxing.DecodeHintType]any{}
	if hard {
		hints[gozxing.DecodeHintType_TRY_HARDER] = true
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return codeHit{}, false
	}
	pts := res.GetResultPoints()
	if len(pts) < 3 {
		return codeHit{}, false
	}
	at := func(p gozxing.ResultPoint) geom.Pt {
		return geom.Pt{X: float64(origin.X) + p.GetX()*float64(f), Y: float64(origin.Y) + p.GetY()*float64(f)}
	}
	return codeHit{text: res.GetText(), bottomLeft: at(pts[0]), topLeft: at(pts[1]), topRight: at(pts[2])}, true
}

// finders are the centres of the three finder patterns of a code printed
// at r, in page millimetres: bottom left, top left, top right.
func finders(r form.Rect) [3]geom.Pt {
	m := r.W / form.QRModules
	c := 3.5 * m
	return [3]geom.Pt{
		{X: r.X + c, Y: r.Y + r.H - c},
		{X: r.X + c, Y: r.Y + c},
		{X: r.X + r.W - c, Y: r.Y + c},
	}
}

// rotation is how far the page is turned clockwise in the image, to the
// nearest quarter turn, judged from the code's top edge.
func (h codeHit) rotation() int {
	d := h.topRight.Sub(h.topLeft)
	deg := math.Atan2(d.Y, d.X) * 180 / math.Pi
	q := int(math.Round(deg/90)) % 4
	if q < 0 {
		q += 4
	}
	return q * 90
}

func (h codeHit) String() string {
	return fmt.Sprintf("%q at %v %v %v", h.text, h.bottomLeft, h.topLeft, h.topRight)
}
