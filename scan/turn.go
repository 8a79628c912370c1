package scan

import "image"

// turn rotates img clockwise by deg (0, 90, 180 or 270), as a PDF page's
// /Rotate asks a viewer to show it. The result is grey: reading needs no
// more.
func turn(img image.Image, deg int) image.Image {
	if deg == 0 {
		return img
	}
	g := toGray(img)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var out *image.Gray
	if deg == 180 {
		out = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		out = image.NewGray(image.Rect(0, 0, h, w))
	}
	for y := range h {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x, v := range row {
			switch deg {
			case 90: // (x, y) goes to (h-1-y, x)
				out.Pix[x*out.Stride+h-1-y] = v
			case 180:
				out.Pix[(h-1-y)*out.Stride+w-1-x] = v
			case 270: // (x, y) goes to (y, w-1-x)
				out.Pix[(w-1-x)*out.Stride+y] = v
			}
		}
	}
	return out
}
