package scan

// The overlay: what was read, drawn over the page image, for a reviewer
// and for the README. Each box is outlined where the reader looked for it:
// green around the value read, red around the options of a row for review
// that hold ink, grey otherwise; beside each row, its label and the value
// read or why a person must look. Colours are paired with words, so the
// picture reads in grey too.

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/go-fonts/liberation/liberationsansbold"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

var (
	overlayRead   = color.RGBA{0, 150, 60, 255}
	overlayReview = color.RGBA{215, 25, 30, 255}
	overlayPlain  = color.RGBA{120, 120, 120, 255}
	overlayMark   = color.RGBA{30, 90, 220, 255}
)

// Overlay draws res over the page image it was read from and returns the
// picture, the page upright however it was scanned, so a reviewer reads it
// without turning their head. A page that was not placed gets its status
// written across the top.
func Overlay(img image.Image, res *PageResult) *image.RGBA {
	layout := res.layout
	h := res.toImage
	if res.placed && res.Rotation != 0 {
		img, h = upright(img, h, res.Rotation)
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Bounds(), img, b.Min, draw.Src)
	// Fade the page, so the drawing stands out.
	for i := 0; i < len(out.Pix); i += 4 {
		for c := range 3 {
			out.Pix[i+c] = uint8(150 + int(out.Pix[i+c])*105/255)
		}
	}
	if !res.placed || layout == nil {
		msg := fmt.Sprintf("%s: %s", res.Status, res.Reason)
		if res.Status != PageNoCode {
			msg = res.Code.String() + "  " + msg
		}
		text(out, 20, 40, 28, overlayReview, msg)
		return out
	}
	scale := h.Scale(geom.Pt{X: 100, Y: 100})
	width := math.Max(2, 0.35*scale)
	for _, m := range layout.Marks {
		square(out, &h, form.Rect{X: m.X - form.MarkSize/2 - 1, Y: m.Y - form.MarkSize/2 - 1, W: form.MarkSize + 2, H: form.MarkSize + 2}, width, overlayMark)
	}
	for i, row := range res.Rows {
		if i >= len(layout.Rows) {
			break
		}
		lr := &layout.Rows[i]
		for j, o := range lr.Options {
			c := overlayPlain
			switch {
			case row.State == Scored && row.Value == o.Value:
				c = overlayRead
			case row.State == Review && j < len(row.Options) && row.Options[j].Mark != NoMark:
				c = overlayReview
			}
			square(out, &h, o.Box.Grow(1.2), width, c)
		}
		if lr.Correction != nil {
			c := overlayPlain
			if row.Correction != nil && row.Correction.Mark != NoMark {
				c = overlayReview
			}
			square(out, &h, lr.Correction.Grow(1.2), width, c)
		}
		// The label sits above the row's first box, in the instruction's line.
		first := lr.Options[0].Box
		at := h.Apply(geom.Pt{X: first.X - 1.2, Y: first.Y - 2.2})
		msg, c := row.Label+": blank", overlayPlain
		switch row.State {
		case Scored:
			msg, c = row.Label+": "+row.Value, overlayRead
		case Review:
			msg, c = row.Label+": review, "+row.Reason, overlayReview
		}
		text(out, at.X, at.Y, 2.6*scale, c, msg)
	}
	return out
}

// upright turns img, on which the page lies turned clockwise by rot, the
// right way up, and h, page millimetres to img's pixels, with it.
func upright(img image.Image, h geom.H, rot int) (image.Image, geom.H) {
	b := img.Bounds()
	w, ht := float64(b.Dx()), float64(b.Dy())
	var r geom.H // img's pixels to the turned image's
	switch rot {
	case 90: // turn back by 270 clockwise: (u, v) goes to (v, w-u)
		r = geom.H{0, 1, 0, -1, 0, w, 0, 0, 1}
	case 180: // (u, v) goes to (w-u, h-v)
		r = geom.H{-1, 0, w, 0, -1, ht, 0, 0, 1}
	case 270: // turn back by 90 clockwise: (u, v) goes to (h-v, u)
		r = geom.H{0, -1, ht, 1, 0, 0, 0, 0, 1}
	default:
		return img, h
	}
	return turn(img, (360-rot)%360), r.Mul(&h)
}

// square outlines page rectangle r, mapped into the image by h.
func square(img *image.RGBA, h *geom.H, r form.Rect, width float64, c color.RGBA) {
	p := [4]geom.Pt{
		h.Apply(geom.Pt{X: r.X, Y: r.Y}), h.Apply(geom.Pt{X: r.X + r.W, Y: r.Y}),
		h.Apply(geom.Pt{X: r.X + r.W, Y: r.Y + r.H}), h.Apply(geom.Pt{X: r.X, Y: r.Y + r.H}),
	}
	for i := range 4 {
		line(img, p[i], p[(i+1)%4], width, c)
	}
}

// line draws a segment width pixels wide.
func line(img *image.RGBA, a, b geom.Pt, width float64, c color.RGBA) {
	d := b.Sub(a)
	n := int(math.Ceil(d.Len())) + 1
	r := width / 2
	for i := 0; i <= n; i++ {
		p := a.Add(d.Scale(float64(i) / float64(n)))
		for y := int(p.Y - r); y <= int(p.Y+r); y++ {
			for x := int(p.X - r); x <= int(p.X+r); x++ {
				if image.Pt(x, y).In(img.Rect) {
					img.SetRGBA(x, y, c)
				}
			}
		}
	}
}

var (
	faceOnce sync.Once
	faceFont *opentype.Font
)

// text writes s with its baseline at (x, y), size pixels high, on a white
// band so it reads over the page.
func text(img *image.RGBA, x, y, size float64, c color.RGBA, s string) {
	faceOnce.Do(func() { faceFont, _ = opentype.Parse(liberationsansbold.TTF) })
	if faceFont == nil {
		return
	}
	face, err := opentype.NewFace(faceFont, &opentype.FaceOptions{Size: math.Max(8, size), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return
	}
	defer face.Close()
	d := &font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: fixed.P(int(x), int(y))}
	w := d.MeasureString(s).Ceil()
	m := face.Metrics()
	band := image.Rect(int(x)-2, int(y)-m.Ascent.Ceil()-1, int(x)+w+2, int(y)+m.Descent.Ceil()+1)
	draw.Draw(img, band.Intersect(img.Rect), image.NewUniform(color.NRGBA{255, 255, 255, 230}), image.Point{}, draw.Over)
	d.DrawString(s)
}
