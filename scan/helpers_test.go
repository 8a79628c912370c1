package scan_test

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// testKit is the layout the fast tests read: an A4 packet of 12 questions.
var testKit = synth.Packet("K7QF-3M2A", 1, synth.A4, 12)

// rasterDPI is the resolution the fast tests draw pages at.
const rasterDPI = 150.0

// drawnPage draws page i of testKit straight into pixels (no poppler).
func drawnPage(t testing.TB, i int) *image.RGBA {
	t.Helper()
	img, err := synth.Raster(testKit, &testKit.Pages[i], rasterDPI)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// flatScan is a clean flatbed scan at the drawing's resolution, turned by
// angle degrees.
func flatScan(angle float64, upsideDown bool) synth.Capture {
	return synth.Capture{DPI: rasterDPI, Margin: 8, Backing: 245, Angle: angle, Scale: 1,
		UpsideDown: upsideDown, Blur: 0.5, Noise: 2, Quality: 75}
}

// phonePhoto is a small phone photo: perspective, uneven light, a shadow.
func phonePhoto() synth.Capture {
	return synth.Capture{Phone: true, Frame: image.Pt(1800, 2400),
		Corners: [4]geom.Pt{{X: 230, Y: 210}, {X: 1560, Y: 170}, {X: 1650, Y: 2200}, {X: 150, Y: 2240}},
		Light:   0.35, LightDir: 0.8, Shadow: 0.3, Blur: 0.8, Noise: 5, Quality: 80}
}

// captured marks nothing more and captures img as c says, seeded.
func captured(img *image.RGBA, c synth.Capture, seed uint64) image.Image {
	out, _ := synth.Degrade(img, rasterDPI/25.4, testKit.Paper, c, rand.New(rand.NewPCG(seed, 7)))
	return out
}

// mark draws one mark on option o of row r of page img.
func mark(img *image.RGBA, page *form.Page, r, o int, kind synth.MarkKind, ink synth.Ink, seed uint64) {
	pen := synth.Pen{Ink: ink, Width: 0.45, Opacity: 0.9}
	synth.Mark(img, rasterDPI/25.4, kind, page.Rows[r].Options[o].Box, pen, rand.New(rand.NewPCG(seed, 9)))
}

// paint covers a page rectangle (millimetres) with paper.
func paint(img *image.RGBA, r form.Rect) {
	s := rasterDPI / 25.4
	for y := int(r.Y * s); y < int((r.Y+r.H)*s); y++ {
		for x := int(r.X * s); x < int((r.X+r.W)*s); x++ {
			img.SetRGBA(x, y, color.RGBA{255, 255, 255, 255})
		}
	}
}

// quarterTurn turns img clockwise by a quarter turn.
func quarterTurn(img image.Image) image.Image {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dy(), b.Dx()))
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out.Set(b.Max.Y-1-y, x-b.Min.X, img.At(x, y))
		}
	}
	return out
}
