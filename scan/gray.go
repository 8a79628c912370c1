package scan

// Reading works on one grey channel: ink of any colour is darker than
// paper, and a third of the data is a third of the work.

import (
	"image"
	"image/color"
)

// toGray returns img as greyscale, sharing the luma plane of a JPEG's
// YCbCr image instead of copying it.
func toGray(img image.Image) *image.Gray {
	switch m := img.(type) {
	case *image.Gray:
		return m
	case *image.YCbCr:
		return &image.Gray{Pix: m.Y, Stride: m.YStride, Rect: m.Rect}
	case *image.RGBA:
		g := image.NewGray(m.Rect)
		w := m.Rect.Dx()
		for y := 0; y < m.Rect.Dy(); y++ {
			src := m.Pix[y*m.Stride : y*m.Stride+4*w]
			dst := g.Pix[y*g.Stride : y*g.Stride+w]
			for x := range dst {
				p := src[4*x : 4*x+3 : 4*x+3]
				dst[x] = luma(p[0], p[1], p[2])
			}
		}
		return g
	case *image.NRGBA:
		// Transparent pixels are paper.
		g := image.NewGray(m.Rect)
		w := m.Rect.Dx()
		for y := 0; y < m.Rect.Dy(); y++ {
			src := m.Pix[y*m.Stride : y*m.Stride+4*w]
			dst := g.Pix[y*g.Stride : y*g.Stride+w]
			for x := range dst {
				p := src[4*x : 4*x+4 : 4*x+4]
				l := uint32(luma(p[0], p[1], p[2]))
				a := uint32(p[3])
				dst[x] = uint8((l*a + 255*(255-a) + 127) / 255)
			}
		}
		return g
	case *image.Paletted:
		var lut [256]uint8
		for i, c := range m.Palette {
			lut[i] = color.GrayModel.Convert(c).(color.Gray).Y
		}
		g := image.NewGray(m.Rect)
		w := m.Rect.Dx()
		for y := 0; y < m.Rect.Dy(); y++ {
			src := m.Pix[y*m.Stride : y*m.Stride+w]
			dst := g.Pix[y*g.Stride : y*g.Stride+w]
			for x, v := range src {
				dst[x] = lut[v]
			}
		}
		return g
	case *image.CMYK:
		g := image.NewGray(m.Rect)
		w := m.Rect.Dx()
		for y := 0; y < m.Rect.Dy(); y++ {
			src := m.Pix[y*m.Stride : y*m.Stride+4*w]
			dst := g.Pix[y*g.Stride : y*g.Stride+w]
			for x := range dst {
				r, gg, b := color.CMYKToRGB(src[4*x], src[4*x+1], src[4*x+2], src[4*x+3])
				dst[x] = luma(r, gg, b)
			}
		}
		return g
	}
	b := img.Bounds()
	g := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, gg, bb, a := img.At(x, y).RGBA()
			// Composite over white paper.
			r, gg, bb = r+0xffff-a, gg+0xffff-a, bb+0xffff-a
			g.SetGray(x, y, color.Gray{luma(uint8(min(r, 0xffff)>>8), uint8(min(gg, 0xffff)>>8), uint8(min(bb, 0xffff)>>8))})
		}
	}
	return g
}

// luma is ITU-R BT.601 luma, as JPEG uses.
func luma(r, g, b uint8) uint8 {
	return uint8((19595*uint32(r) + 38470*uint32(g) + 7471*uint32(b) + 1<<15) >> 16)
}

// shrink averages f by f blocks of g into a new image, for searching a
// large image at a coarser scale.
func shrink(g *image.Gray, r image.Rectangle, f int) *image.Gray {
	r = r.Intersect(g.Rect)
	w, h := r.Dx()/f, r.Dy()/f
	out := image.NewGray(image.Rect(0, 0, w, h))
	n := uint32(f * f)
	sums := make([]uint32, w)
	for y := range h {
		clear(sums)
		for j := range f {
			row := g.Pix[(r.Min.Y-g.Rect.Min.Y+y*f+j)*g.Stride+(r.Min.X-g.Rect.Min.X):]
			for x := range w {
				s := uint32(0)
				for _, v := range row[x*f : x*f+f] {
					s += uint32(v)
				}
				sums[x] += s
			}
		}
		dst := out.Pix[y*out.Stride:]
		for x := range w {
			dst[x] = uint8((sums[x] + n/2) / n)
		}
	}
	return out
}
