package scan

import (
	"image"
	"testing"

	"github.com/interviewkit/interviewkit/internal/geom"
)

// TestUprightTurnsTheMappingWithThePicture: a point of the page lands on
// the same pixel of the turned picture as of the picture scanned.
func TestUprightTurnsTheMappingWithThePicture(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 31, 47))
	for i := range g.Pix {
		g.Pix[i] = uint8(i * 7)
	}
	h := geom.H{2, 0.1, 3, -0.1, 2, 5, 0, 0, 1} // page mm to pixels
	for _, rot := range []int{90, 180, 270} {
		img, h2 := upright(g, h, rot)
		if b := img.Bounds(); (rot == 180) != (b.Dx() == 31) {
			t.Errorf("turned %d: %v", rot, b)
		}
		for _, p := range []geom.Pt{{X: 1.13, Y: 1.27}, {X: 10.13, Y: 4.27}, {X: 5.13, Y: 15.27}} { // off pixel edges
			a, b := h.Apply(p), h2.Apply(p)
			// The centre of the pixel a point falls in.
			want := g.GrayAt(int(a.X), int(a.Y)).Y
			got := img.(*image.Gray).GrayAt(int(b.X), int(b.Y)).Y
			if got != want {
				t.Errorf("turned %d: page %v is %d in the scan, %d in the picture", rot, p, want, got)
			}
		}
	}
}
