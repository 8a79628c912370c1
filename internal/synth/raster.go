package synth

// A page drawn straight into pixels, without poppler: registration marks,
// the page code and the box outlines, with grey bars where text would be.
// For the fast tests; the full tests print through the PDF.

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"

	"github.com/interviewkit/interviewkit/layouts/form"
)

// Raster draws page p of d at dpi.
func Raster(d *form.Document, p *form.Page, dpi float64) (*image.RGBA, error) {
	s := dpi / 25.4
	w, h := int(math.Round(d.Paper.W*s)), int(math.Round(d.Paper.H*s))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	fill := func(r form.Rect, c uint8) {
		fillRect(img, r.X*s, r.Y*s, (r.X+r.W)*s, (r.Y+r.H)*s, color.RGBA{c, c, c, 255})
	}
	for _, m := range p.Marks {
		fill(form.Rect{X: m.X - form.MarkSize/2, Y: m.Y - form.MarkSize/2, W: form.MarkSize, H: form.MarkSize}, 0)
	}
	modules, err := d.Code(p.Number).QR()
	if err != nil {
		return nil, err
	}
	mod := p.Code.W / float64(len(modules))
	for y, row := range modules {
		for x, dark := range row {
			if dark {
				fill(form.Rect{X: p.Code.X + float64(x)*mod, Y: p.Code.Y + float64(y)*mod, W: mod, H: mod}, 0)
			}
		}
	}
	r := rand.New(rand.NewPCG(uint64(d.Round), uint64(p.Number)))
	const line = 0.25
	for _, row := range p.Rows {
		b0 := row.Options[0].Box
		// Text above and below the row, clear of the boxes' clear zones.
		for i := range 3 {
			fill(form.Rect{X: marginLeft, Y: b0.Y - boxesAt + 2 + 4.6*float64(i), W: 60 + r.Float64()*100, H: 2.4}, 40)
		}
		for _, o := range row.Options {
			b := o.Box
			fill(form.Rect{X: b.X, Y: b.Y, W: b.W, H: line}, 0)
			fill(form.Rect{X: b.X, Y: b.Y + b.H - line, W: b.W, H: line}, 0)
			fill(form.Rect{X: b.X, Y: b.Y, W: line, H: b.H}, 0)
			fill(form.Rect{X: b.X + b.W - line, Y: b.Y, W: line, H: b.H}, 0)
			fill(form.Rect{X: b.X + b.W + labelGap, Y: b.Y + 1.8, W: 12 + r.Float64()*8, H: 2.6}, 30)
			fill(form.Rect{X: b.X - 1, Y: b.Y + b.H + form.ClearZone + 1, W: 25, H: 2}, 90)
		}
	}
	return img, nil
}

// fillRect fills the pixel rectangle [x0,x1)x[y0,y1), given in fractional
// pixels, with c, shading the edge pixels by coverage.
func fillRect(img *image.RGBA, x0, y0, x1, y1 float64, c color.RGBA) {
	b := img.Bounds()
	for y := max(int(math.Floor(y0)), b.Min.Y); y < min(int(math.Ceil(y1)), b.Max.Y); y++ {
		cy := math.Min(y1, float64(y+1)) - math.Max(y0, float64(y))
		for x := max(int(math.Floor(x0)), b.Min.X); x < min(int(math.Ceil(x1)), b.Max.X); x++ {
			cx := math.Min(x1, float64(x+1)) - math.Max(x0, float64(x))
			a := cx * cy
			i := img.PixOffset(x, y)
			img.Pix[i+0] = uint8(float64(img.Pix[i+0])*(1-a) + float64(c.R)*a + 0.5)
			img.Pix[i+1] = uint8(float64(img.Pix[i+1])*(1-a) + float64(c.G)*a + 0.5)
			img.Pix[i+2] = uint8(float64(img.Pix[i+2])*(1-a) + float64(c.B)*a + 0.5)
		}
	}
}
