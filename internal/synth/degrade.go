package synth

// What a scanner or a phone does to a page: it turns, shifts and scales it
// (a phone also tilts it into perspective), lights it unevenly, blurs it a
// little, adds sensor noise, and saves it as a JPEG.

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// Capture says how one page was captured.
type Capture struct {
	DPI        float64     // the output's resolution, for a flatbed scan
	Margin     float64     // millimetres scanned beyond each edge of the paper
	Backing    uint8       // grey beyond the paper: a white lid, a black ADF backing
	Angle      float64     // degrees the page lies turned on the glass
	Shift      geom.Pt     // millimetres the page lies off centre
	Scale      float64     // 1 for a true-size scan
	UpsideDown bool        // fed or laid the wrong way round
	Phone      bool        // a photo: Corners place the page in the frame
	Corners    [4]geom.Pt  // page corners in the photo, pixels (TL, TR, BR, BL)
	Frame      image.Point // the photo's size, pixels
	Light      float64     // how much darker the dim side is, 0-1
	LightDir   float64     // direction of the light's fall-off, radians
	Shadow     float64     // depth of a soft shadow across the page, 0-1
	Blur       float64     // Gaussian blur sigma, output pixels
	Noise      float64     // sensor noise sigma, grey levels
	Gray       bool        // a greyscale scan
	Quality    int         // JPEG quality
}

// RandomScan is a flatbed or sheet-fed scan at one of 150, 200 or 300 dpi,
// turned up to 5 degrees.
func RandomScan(r *rand.Rand) Capture {
	dpis := []float64{150, 200, 300}
	return Capture{
		DPI:      dpis[r.IntN(len(dpis))],
		Margin:   6 + r.Float64()*6,
		Backing:  []uint8{245, 230, 40}[r.IntN(3)],
		Angle:    (r.Float64()*2 - 1) * 5,
		Shift:    geom.Pt{X: (r.Float64()*2 - 1) * 4, Y: (r.Float64()*2 - 1) * 4},
		Scale:    0.98 + r.Float64()*0.04,
		Light:    r.Float64() * 0.12,
		LightDir: r.Float64() * 2 * math.Pi,
		Blur:     0.3 + r.Float64()*0.8,
		Noise:    1 + r.Float64()*4,
		Gray:     r.IntN(3) == 0,
		Quality:  50 + r.IntN(41),
	}
}

// RandomPhoto is a phone photo of a page on a desk: perspective, uneven
// light and a shadow, at a phone's resolution.
func RandomPhoto(r *rand.Rand, paper form.Size) Capture {
	fw, fh := 2448, 3264 // 8 MP
	// The page fills 75-90% of the frame, each corner pulled about.
	fill := 0.75 + r.Float64()*0.15
	pw := float64(fh) * fill * paper.W / paper.H
	ph := float64(fh) * fill
	cx, cy := float64(fw)/2+(r.Float64()*2-1)*0.04*float64(fw), float64(fh)/2+(r.Float64()*2-1)*0.03*float64(fh)
	var c [4]geom.Pt
	for i, d := range []geom.Pt{{X: -1, Y: -1}, {X: 1, Y: -1}, {X: 1, Y: 1}, {X: -1, Y: 1}} {
		j := geom.Pt{X: (r.Float64()*2 - 1) * 0.03 * pw, Y: (r.Float64()*2 - 1) * 0.025 * ph}
		c[i] = geom.Pt{X: cx + d.X*pw/2, Y: cy + d.Y*ph/2}.Add(j)
	}
	// Tilt: one end of the page nearer the camera than the other.
	tilt := (r.Float64()*2 - 1) * 0.06 * pw
	c[0].X -= tilt
	c[1].X += tilt
	c[2].X -= tilt * 0.3
	c[3].X += tilt * 0.3
	return Capture{
		Phone:    true,
		Corners:  c,
		Frame:    image.Pt(fw, fh),
		Angle:    0,
		Light:    0.2 + r.Float64()*0.3,
		LightDir: r.Float64() * 2 * math.Pi,
		Shadow:   0.15 + r.Float64()*0.25,
		Blur:     0.5 + r.Float64()*1.0,
		Noise:    3 + r.Float64()*5,
		Quality:  50 + r.IntN(41),
	}
}

// Degrade captures the page src, printed at srcScale pixels per millimetre
// on paper, as c says: it returns the captured image and the map from page
// millimetres to its pixels.
func Degrade(src *image.RGBA, srcScale float64, paper form.Size, c Capture, r *rand.Rand) (image.Image, geom.H) {
	var toOut geom.H
	var size image.Point
	bg := color.RGBA{244, 244, 240, 255}
	if c.Phone {
		pageCorners := []geom.Pt{{X: 0, Y: 0}, {X: paper.W, Y: 0}, {X: paper.W, Y: paper.H}, {X: 0, Y: paper.H}}
		h, err := geom.Fit(pageCorners, c.Corners[:])
		if err != nil {
			panic(err)
		}
		toOut, size = h, c.Frame
		bg = color.RGBA{70, 62, 55, 255} // a desk
	} else {
		s := c.DPI / 25.4
		size = image.Pt(int(math.Round((paper.W+2*c.Margin)*s)), int(math.Round((paper.H+2*c.Margin)*s)))
		bg = color.RGBA{c.Backing, c.Backing, c.Backing, 255}
		a := c.Angle * math.Pi / 180
		if c.UpsideDown {
			a += math.Pi
		}
		k := s * c.Scale
		cos, sin := math.Cos(a)*k, math.Sin(a)*k
		// Turn about the page's centre, then shift.
		mx, my := paper.W/2, paper.H/2
		ox := float64(size.X)/2 + c.Shift.X*s
		oy := float64(size.Y)/2 + c.Shift.Y*s
		toOut = geom.H{cos, -sin, ox - cos*mx + sin*my, sin, cos, oy - sin*mx - cos*my, 0, 0, 1}
	}
	inv, err := toOut.Inverse()
	if err != nil {
		panic(err)
	}
	out := image.NewRGBA(image.Rectangle{Max: size})
	// Supersample when the capture is coarser than the print, as a sensor
	// averages over its pixel.
	ss := int(srcScale / toOut.Scale(geom.Pt{X: paper.W / 2, Y: paper.H / 2}))
	ss = max(1, min(ss, 3))
	dir := geom.Pt{X: math.Cos(c.LightDir), Y: math.Sin(c.LightDir)}
	diag := math.Hypot(float64(size.X), float64(size.Y))
	shadowAt := r.Float64()*0.6 + 0.2
	// Output pixels to source pixels.
	toSrc := geom.H{srcScale, 0, -0.5, 0, srcScale, -0.5, 0, 0, 1}
	m := toSrc.Mul(&inv)
	sw, sh := float64(src.Rect.Dx()), float64(src.Rect.Dy())
	bgc := [3]float64{float64(bg.R), float64(bg.G), float64(bg.B)}
	inv2 := 1 / float64(ss*ss)
	for y := 0; y < size.Y; y++ {
		for x := 0; x < size.X; x++ {
			var acc [3]float64
			for sy := range ss {
				fy := float64(y) + (float64(sy)+0.5)/float64(ss)
				for sx := range ss {
					fx := float64(x) + (float64(sx)+0.5)/float64(ss)
					w := m[6]*fx + m[7]*fy + m[8]
					px := (m[0]*fx + m[1]*fy + m[2]) / w
					py := (m[3]*fx + m[4]*fy + m[5]) / w
					if px < -0.5 || py < -0.5 || px >= sw-0.5 || py >= sh-0.5 {
						acc[0] += bgc[0]
						acc[1] += bgc[1]
						acc[2] += bgc[2]
						continue
					}
					bilinearAdd(src, px, py, &acc)
				}
			}
			// Light falls off across the frame; a shadow lies in a band.
			t := ((float64(x)-float64(size.X)/2)*dir.X + (float64(y)-float64(size.Y)/2)*dir.Y) / diag
			l := (1 - c.Light*(t+0.5)) * inv2
			if c.Shadow > 0 {
				u := (float64(x)*dir.Y - float64(y)*dir.X) / diag
				l *= 1 - c.Shadow*smooth((u-shadowAt+0.5)*6)
			}
			o := out.PixOffset(x, y)
			out.Pix[o+0] = clamp8(acc[0] * l)
			out.Pix[o+1] = clamp8(acc[1] * l)
			out.Pix[o+2] = clamp8(acc[2] * l)
			out.Pix[o+3] = 255
		}
	}
	blur(out, c.Blur)
	noise(out, c.Noise, r)
	if c.Gray {
		g := image.NewGray(out.Bounds())
		for i := 0; i < len(g.Pix); i++ {
			p := out.Pix[4*i : 4*i+3]
			g.Pix[i] = uint8((19595*uint32(p[0]) + 38470*uint32(p[1]) + 7471*uint32(p[2]) + 1<<15) >> 16)
		}
		return g, toOut
	}
	return out, toOut
}

// smooth is a soft step from 0 to 1 around x = 0.
func smooth(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// bilinearAdd adds the colour of src at (x, y), interpolated, to acc.
func bilinearAdd(src *image.RGBA, x, y float64, acc *[3]float64) {
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	fx, fy := x-float64(x0), y-float64(y0)
	w, h := src.Rect.Dx(), src.Rect.Dy()
	x1, y1 := min(x0+1, w-1), min(y0+1, h-1)
	x0, y0 = max(x0, 0), max(y0, 0)
	p := src.Pix
	a, b := y0*src.Stride, y1*src.Stride
	i00, i10, i01, i11 := a+4*x0, a+4*x1, b+4*x0, b+4*x1
	w00, w10, w01, w11 := (1-fx)*(1-fy), fx*(1-fy), (1-fx)*fy, fx*fy
	for c := range 3 {
		acc[c] += w00*float64(p[i00+c]) + w10*float64(p[i10+c]) + w01*float64(p[i01+c]) + w11*float64(p[i11+c])
	}
}

func clamp8(v float64) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}

// blur applies a separable Gaussian blur of the given sigma in place.
func blur(img *image.RGBA, sigma float64) {
	if sigma < 0.1 {
		return
	}
	rad := int(math.Ceil(sigma * 2.5))
	k := make([]float32, 2*rad+1)
	var sum float32
	for i := range k {
		d := float64(i - rad)
		k[i] = float32(math.Exp(-d * d / (2 * sigma * sigma)))
		sum += k[i]
	}
	for i := range k {
		k[i] /= sum
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	// Rows into a float buffer, then columns back.
	buf := make([]float32, w*h*3)
	line := make([]float32, (w+2*rad)*3)
	for y := range h {
		row := img.Pix[y*img.Stride:]
		for x := -rad; x < w+rad; x++ {
			xi := min(max(x, 0), w-1)
			for c := range 3 {
				line[(x+rad)*3+c] = float32(row[xi*4+c])
			}
		}
		dst := buf[y*w*3 : (y+1)*w*3]
		for x := range w {
			var s0, s1, s2 float32
			for i, kv := range k {
				j := (x + i) * 3
				s0 += kv * line[j]
				s1 += kv * line[j+1]
				s2 += kv * line[j+2]
			}
			dst[x*3], dst[x*3+1], dst[x*3+2] = s0, s1, s2
		}
	}
	// Columns, a whole row at a time, so the passes read memory in order.
	acc := make([]float32, w*3)
	for y := range h {
		clear(acc)
		for i, kv := range k {
			yi := min(max(y+i-rad, 0), h-1)
			src := buf[yi*w*3 : (yi+1)*w*3]
			for j, v := range src {
				acc[j] += kv * v
			}
		}
		row := img.Pix[y*img.Stride:]
		for x := range w {
			row[x*4] = clamp8(float64(acc[x*3]))
			row[x*4+1] = clamp8(float64(acc[x*3+1]))
			row[x*4+2] = clamp8(float64(acc[x*3+2]))
		}
	}
}

// noise adds Gaussian sensor noise of the given sigma, the same to each
// channel of a pixel (luminance noise) plus a little per channel.
func noise(img *image.RGBA, sigma float64, r *rand.Rand) {
	if sigma <= 0 {
		return
	}
	// A table of normal deviates, read at random offsets, is as noisy as
	// fresh draws to a scanner and far faster.
	table := make([]float64, 1<<16)
	for i := range table {
		table[i] = r.NormFloat64() * sigma
	}
	seed := r.Uint64()
	for i := 0; i < len(img.Pix); i += 4 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		l := table[seed&0xffff]
		for c := range 3 {
			v := float64(img.Pix[i+c]) + l + 0.3*table[(seed>>(16*(c+1)))&0xffff]
			img.Pix[i+c] = clamp8(v)
		}
	}
}
