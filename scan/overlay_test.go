package scan_test

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
	"github.com/interviewkit/interviewkit/scan/internal/synth"
)

var overlayFile = flag.String("overlay-png", "", "overlay test: write the overlay picture to this PNG file")

func TestOverlayShowsWhatWasRead(t *testing.T) {
	img := markedPage(t, synth.Blue)
	p := &testKit.Pages[1]
	mark(img, p, 4, 1, synth.Tick, synth.Black, 7)
	mark(img, p, 4, 3, synth.Cross, synth.Black, 8)
	page := captured(img, flatScan(2.5, false), 2)
	res, err := scan.ReadPage(page, form.Lookup(testKit))
	if err != nil || res.Status != scan.PageRead {
		t.Fatalf("ReadPage = %v %v %s", err, res.Status, res.Reason)
	}
	out := scan.Overlay(page, &res)
	if out.Bounds().Size() != page.Bounds().Size() {
		t.Fatalf("overlay is %v, page %v", out.Bounds(), page.Bounds())
	}
	if *overlayFile != "" {
		f, err := os.Create(*overlayFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, out); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	// The outline drawn 1.2 mm outside a box: green for the value read,
	// red for a marked option of a row for review, grey for the rest.
	for _, tc := range []struct {
		row, opt int
		want     string
	}{
		{0, 0, "green"}, {0, 1, "grey"}, {3, 4, "green"},
		{4, 1, "red"}, {4, 3, "red"}, {4, 0, "grey"},
	} {
		b := p.Rows[tc.row].Options[tc.opt].Box.Grow(1.2)
		x, y, ok := res.ImagePoint(form.Point{X: b.X + b.W/2, Y: b.Y})
		if !ok {
			t.Fatal("page not placed")
		}
		if got := hue(out, int(x), int(y)); got != tc.want {
			t.Errorf("row %d option %d outlined %s, want %s", tc.row, tc.opt, got, tc.want)
		}
	}
}

// hue names the strongest colour within two pixels of (x, y).
func hue(img *image.RGBA, x, y int) string {
	best := "none"
	for dy := -2; dy <= 2; dy++ {
		for dx := -2; dx <= 2; dx++ {
			c := img.RGBAAt(x+dx, y+dy)
			switch {
			case c.G > 120 && c.R < 60 && c.B < 100:
				return "green"
			case c.R > 180 && c.G < 60:
				return "red"
			case c == (color.RGBA{120, 120, 120, 255}):
				best = "grey"
			}
		}
	}
	return best
}
