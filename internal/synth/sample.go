package synth

import (
	"bytes"
	"fmt"
	"image"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// Template is a packet printed at one resolution, to mark copies of.
type Template struct {
	Doc   *form.Document
	Pages []*image.Gray
	Scale float64 // pixels per millimetre
}

// Copy is page i of the template as a colour image to mark.
func (t *Template) Copy(i int) *image.RGBA {
	src := t.Pages[i]
	img := image.NewRGBA(src.Rect)
	for j, v := range src.Pix {
		o := 4 * j
		img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = v, v, v, 255
	}
	return img
}

// Print lays out and prints d at dpi through the PDF and poppler, as a
// printer would.
func Print(d *form.Document, dpi int, tmp string) (*Template, error) {
	var buf bytes.Buffer
	if err := PDF(&buf, d); err != nil {
		return nil, err
	}
	pages, err := Rasterize(buf.Bytes(), dpi, tmp)
	if err != nil {
		return nil, err
	}
	return &Template{Doc: d, Pages: pages, Scale: float64(dpi) / 25.4}, nil
}

// PrintPDF prints a real packet, pdf, whose layout is d, at dpi through
// poppler, as a printer would.
func PrintPDF(pdf []byte, d *form.Document, dpi int, tmp string) (*Template, error) {
	pages, err := Rasterize(pdf, dpi, tmp)
	if err != nil {
		return nil, err
	}
	if len(pages) != len(d.Pages) {
		return nil, fmt.Errorf("the PDF has %d pages, its layout %d", len(pages), len(d.Pages))
	}
	return &Template{Doc: d, Pages: pages, Scale: float64(dpi) / 25.4}, nil
}

// Kind says how a sample is captured.
type Kind int

// The ways a sample is captured.
const (
	Scanned Kind = iota
	ScannedUpsideDown
	Photographed
)

// Sample is one marked, captured page and what is really on it.
type Sample struct {
	Doc     *form.Document
	Page    *form.Page
	Truth   []Truth // one per row of Page
	Capture Capture
	Image   image.Image
	ToImage geom.H // page millimetres to Image pixels, the truth
	Sheet   Sheet  // Image as the scanner or phone saved it
}

// Make marks a copy of page i of t and captures it; seed decides
// everything random about it.
func Make(t *Template, i int, kind Kind, seed uint64) (Sample, error) {
	return make1(Job{T: t, Page: i, Kind: kind, Seed: seed, Keep: true})
}

// make1 makes the sample a job says.
func make1(j Job) (Sample, error) {
	t, i := j.T, j.Page
	r := rand.New(rand.NewPCG(j.Seed, 0x5ca9))
	img := t.Copy(i)
	p := &t.Doc.Pages[i]
	truth := MarkRows(img, t.Scale, p.Rows, r)
	var c Capture
	switch j.Kind {
	case Photographed:
		c = RandomPhoto(r, t.Doc.Paper)
	default:
		c = RandomScan(r)
		c.UpsideDown = j.Kind == ScannedUpsideDown
		if j.DPI > 0 {
			c.DPI = j.DPI
		}
	}
	out, toImage := Degrade(img, t.Scale, t.Doc.Paper, c, r)
	var sh Sheet
	var err error
	if j.Flate && !c.Phone {
		sh, err = EncodePNG(grey(out), c.DPI)
	} else {
		sh, err = EncodeJPEG(out, c.Quality, c.DPI)
	}
	if err != nil {
		return Sample{}, err
	}
	s := Sample{Doc: t.Doc, Page: p, Truth: truth, Capture: c, ToImage: toImage, Sheet: sh}
	if j.Keep {
		s.Image = out
	}
	return s, nil
}

// grey is img in grey, as a greyscale scanner stores it.
func grey(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok {
		return g
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		b := img.Bounds()
		g := image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				g.Set(x, y, img.At(x, y))
			}
		}
		return g
	}
	g := image.NewGray(rgba.Rect)
	for i := range g.Pix {
		p := rgba.Pix[4*i : 4*i+3]
		g.Pix[i] = uint8((19595*uint32(p[0]) + 38470*uint32(p[1]) + 7471*uint32(p[2]) + 1<<15) >> 16)
	}
	return g
}

// Job is one sample to make.
type Job struct {
	T     *Template
	Page  int
	Kind  Kind
	Seed  uint64
	DPI   float64 // a scan's resolution; random when zero
	Flate bool    // store a scan as a lossless grey image (a PDF's Flate page), not a JPEG
	Keep  bool    // keep the captured image in the Sample; otherwise only its Sheet
}

// MakeAll makes the samples on all cores, in order. A sample keeps its
// captured image only when its job says so: a stack of hundreds of pages
// is kept as the scanner's files, not as pixels.
func MakeAll(jobs []Job) ([]Sample, error) {
	out := make([]Sample, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				out[i], errs[i] = make1(jobs[i])
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
