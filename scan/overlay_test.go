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
	"slices"
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

// TestOverlayOfARealPage reads a real packet page, printed through
// poppler, marked (a tick, two marks, a score written in the Changed box)
// and scanned at 200 dpi, turned a little, and checks what the overlay
// shows. With -readme-overlay it writes the README's picture.
func TestOverlayOfARealPage(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils", "pdftoppm")
	k := testkit.BankKit(t, "mid", 3, "Ana López")
	for _, q := range k.Rounds[0].Questions {
		// Short questions, so two share a page, as many do.
		q.KeyPoints, q.FollowUps, q.RedFlags, q.STAR, q.Code, q.Handout, q.Script = q.KeyPoints[:1], nil, nil, nil, nil, "", nil
	}
	var buf bytes.Buffer
	doc, err := layouts.WritePacketForm(&buf, k, 0, layouts.PacketOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tp, err := synth.PrintPDF(buf.Bytes(), doc, 200, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pi := slices.IndexFunc(doc.Pages, func(p form.Page) bool { return len(p.Rows) >= 2 && p.Rows[0].Kind == form.Score })
	if pi < 0 {
		t.Fatal("no page with two score rows")
	}
	p := &doc.Pages[pi]
	img := tp.Copy(pi)
	r := rand.New(rand.NewPCG(5, 5))
	pen := synth.Pen{Ink: synth.Blue, Width: 0.5, Opacity: 0.95}
	synth.Mark(img, tp.Scale, synth.Tick, p.Rows[0].Options[2].Box, pen, r)
	synth.Mark(img, tp.Scale, synth.Cross, p.Rows[1].Options[1].Box, pen, r)
	synth.Mark(img, tp.Scale, synth.Fill, p.Rows[1].Options[3].Box, pen, r)
	if len(p.Rows) > 2 {
		synth.Mark(img, tp.Scale, synth.Ring, p.Rows[2].Options[0].Box, pen, r)
		synth.Write(img, tp.Scale, *p.Rows[2].Correction, "2", pen, r)
	}
	c := synth.Capture{DPI: 200, Margin: 4, Backing: 235, Angle: 1.6, Scale: 1, Blur: 0.6, Noise: 2, Quality: 85}
	page, _ := synth.Degrade(img, tp.Scale, doc.Paper, c, r)
	res, err := scan.ReadPage(page, form.Lookup(doc))
	if err != nil || res.Status != scan.PageRead {
		t.Fatalf("ReadPage = %v %v %s", err, res.Status, res.Reason)
	}
	want := []string{"scored 3", "review two marks: 2 and 4", "review written in the Changed box; marked 1"}
	for i, row := range res.Rows {
		got := fmt.Sprintf("%v %s%s", row.State, row.Value, row.Reason)
		if i < len(want) && got != want[i] {
			t.Errorf("%s: %s, want %s", row.Label, got, want[i])
		}
	}
	out := scan.Overlay(page, &res)
	b := p.Rows[0].Options[2].Box.Grow(1.2)
	if x, y, _ := res.ImagePoint(form.Point{X: b.X + b.W/2, Y: b.Y}); hue(out, int(x), int(y)) != "green" {
		t.Error("the score read is not outlined green")
	}
	if *readmeOverlay != "" {
		small := image.NewRGBA(image.Rect(0, 0, out.Rect.Dx()/2, out.Rect.Dy()/2))
		xdraw.CatmullRom.Scale(small, small.Rect, out, out.Rect, xdraw.Src, nil)
		f, err := os.Create(*readmeOverlay)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(f, small); err != nil {
			t.Fatal(err)
		}
	}
}
