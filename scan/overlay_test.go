package scan_test

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"testing"

	xdraw "golang.org/x/image/draw"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/layouts"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
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

var readmeOverlay = flag.String("readme-overlay", "", "real page overlay test: write the README's picture to this PNG file")

// TestOverlayOfARealPage reads real packet pages, printed through
// poppler, marked as an interviewer would (a tick; two marks; a ring and a
// score written in the Changed box), scanned at 200 dpi and turned a
// little, and checks what the reader decides and what the overlay shows.
// With -readme-overlay it writes the README's picture: the first two
// pages side by side.
func TestOverlayOfARealPage(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils", "pdftoppm")
	k := testkit.BankKit(t, "mid", 3, "Ana López")
	var buf bytes.Buffer
	doc, err := layouts.WritePacketForm(&buf, k, 0, layouts.PacketOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tp, err := synth.PrintPDF(buf.Bytes(), doc, 200, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var pages []int
	for i, p := range doc.Pages {
		if len(p.Rows) > 0 && p.Rows[0].Kind == form.Score {
			pages = append(pages, i)
		}
	}
	if len(pages) < 3 {
		t.Fatalf("%d pages with a score row, want 3", len(pages))
	}
	r := rand.New(rand.NewPCG(5, 5))
	pen := synth.Pen{Ink: synth.Blue, Width: 0.5, Opacity: 0.95}
	marks := []func(img *image.RGBA, row form.Row){
		func(img *image.RGBA, row form.Row) { synth.Mark(img, tp.Scale, synth.Tick, row.Options[2].Box, pen, r) },
		func(img *image.RGBA, row form.Row) {
			synth.Mark(img, tp.Scale, synth.Cross, row.Options[1].Box, pen, r)
			synth.Mark(img, tp.Scale, synth.Fill, row.Options[3].Box, pen, r)
		},
		func(img *image.RGBA, row form.Row) {
			synth.Mark(img, tp.Scale, synth.Ring, row.Options[0].Box, pen, r)
			synth.Write(img, tp.Scale, *row.Correction, "2", pen, r)
		},
	}
	want := []string{"scored 3", "review two marks: 2 and 4", "review written in the Changed box; marked 1"}
	wantHue := []string{"green", "red", "red"}
	var shown []*image.RGBA
	for i, mark := range marks {
		p := &doc.Pages[pages[i]]
		img := tp.Copy(pages[i])
		mark(img, p.Rows[0])
		c := synth.Capture{DPI: 200, Margin: 4, Backing: 235, Angle: 1.6 - 1.2*float64(i), Scale: 1, Blur: 0.6, Noise: 2, Quality: 85}
		page, _ := synth.Degrade(img, tp.Scale, doc.Paper, c, r)
		res, err := scan.ReadPage(page, form.Lookup(doc))
		if err != nil || res.Status != scan.PageRead || len(res.Rows) != 1 {
			t.Fatalf("page %d: ReadPage = %v %v %s, %d rows", p.Number, err, res.Status, res.Reason, len(res.Rows))
		}
		row := res.Rows[0]
		if got := fmt.Sprintf("%v %s%s", row.State, row.Value, row.Reason); got != want[i] {
			t.Errorf("page %d %s: %s, want %s", p.Number, row.Label, got, want[i])
		}
		out := scan.Overlay(page, &res)
		b := p.Rows[0].Options[[]int{2, 1, 0}[i]].Box.Grow(1.2)
		if x, y, _ := res.ImagePoint(form.Point{X: b.X + b.W/2, Y: b.Y}); hue(out, int(x), int(y)) != wantHue[i] {
			t.Errorf("page %d: the option marked is not outlined %s", p.Number, wantHue[i])
		}
		shown = append(shown, out)
	}
	if *readmeOverlay != "" {
		writeSideBySide(t, *readmeOverlay, shown[:2], 0.4)
	}
}

// writeSideBySide writes pages scaled by f side by side as a PNG file.
func writeSideBySide(t *testing.T, path string, pages []*image.RGBA, f float64) {
	t.Helper()
	var w, h int
	for _, p := range pages {
		w += int(float64(p.Rect.Dx())*f) + 8
		h = max(h, int(float64(p.Rect.Dy())*f))
	}
	pic := image.NewRGBA(image.Rect(0, 0, w-8, h))
	xdraw.Draw(pic, pic.Rect, image.White, image.Point{}, xdraw.Src)
	x := 0
	for _, p := range pages {
		dw, dh := int(float64(p.Rect.Dx())*f), int(float64(p.Rect.Dy())*f)
		xdraw.CatmullRom.Scale(pic, image.Rect(x, 0, x+dw, dh), p, p.Rect, xdraw.Src, nil)
		x += dw + 8
	}
	f2, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(f2, pic); err != nil {
		t.Fatal(err)
	}
}
