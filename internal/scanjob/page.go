package scanjob

// What is kept of a page while the stack is read, made on the worker that
// read it while its decoded image is in memory: the image as the scanner
// stored it (or a PNG of it when the file holds raw samples), for the
// archive, and for a page a person must look at, a picture of what was
// read drawn over it.

import (
	"bytes"
	"image"

	"image/png"

	"github.com/interviewkit/interviewkit/scan"
)

// kept is what is kept of one page.
type kept struct {
	image   []byte // the page as stored, for the archive
	format  string // "jpeg" or "png"
	picture []byte // what was read, drawn over the page, as a PNG; only for a page to review
}

// pictureLong is the long side, in pixels, review pictures are scaled down
// to at most: a page at about 150 dpi, sharp enough to read a mark and a
// written score, small enough to mail.
const pictureLong = 1800

// keepPage is the Reader's After hook.
func keepPage(p scan.Page, img image.Image, res *scan.PageResult) any {
	if res.Status != scan.PageRead && res.Status != scan.PageUnplaced {
		return nil // no kit to keep it for
	}
	k := &kept{}
	if data, format, ok := p.Stored(); ok {
		k.image, k.format = data, format
	} else if b, err := encodePNG(img); err == nil {
		k.image, k.format = b, "png"
	}
	if toReview(res) {
		if b, err := encodePNG(shrink(scan.Overlay(img, res), pictureLong)); err == nil {
			k.picture = b
		}
	}
	return k
}

// toReview reports whether a person must look at the page.
func toReview(res *scan.PageResult) bool {
	if res.Status != scan.PageRead {
		return true
	}
	for _, r := range res.Rows {
		if r.State == scan.Review {
			return true
		}
	}
	return false
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(&buf, img)
	return buf.Bytes(), err
}

// shrink scales img down by a whole factor until its long side is at most
// long pixels, averaging each block of pixels.
func shrink(img *image.RGBA, long int) image.Image {
	b := img.Bounds()
	f := (max(b.Dx(), b.Dy()) + long - 1) / long
	if f <= 1 {
		return img
	}
	out := image.NewRGBA(image.Rect(0, 0, b.Dx()/f, b.Dy()/f))
	for y := range out.Rect.Dy() {
		for x := range out.Rect.Dx() {
			var sum [4]int
			for dy := range f {
				o := img.PixOffset(b.Min.X+x*f, b.Min.Y+y*f+dy)
				for dx := range f {
					for c := range 4 {
						sum[c] += int(img.Pix[o+4*dx+c])
					}
				}
			}
			o := out.PixOffset(x, y)
			for c := range 4 {
				out.Pix[o+c] = uint8(sum[c] / (f * f))
			}
		}
	}
	return out
}
