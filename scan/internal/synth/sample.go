package synth

import (
	"bytes"
	"image"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan/internal/geom"
)

// Template is a packet printed at one resolution, to mark copies of.
type Template struct {
	Doc   *form.Document
	Pages []*image.RGBA
	Scale float64 // pixels per millimetre
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
	return make1(t, i, kind, seed, 0)
}

// make1 is Make, at a given scan resolution when dpi is not zero.
func make1(t *Template, i int, kind Kind, seed uint64, dpi float64) (Sample, error) {
	r := rand.New(rand.NewPCG(seed, 0x5ca9))
	src := t.Pages[i]
	img := image.NewRGBA(src.Rect)
	copy(img.Pix, src.Pix)
	p := &t.Doc.Pages[i]
	truth := MarkRows(img, t.Scale, p.Rows, r)
	var c Capture
	switch kind {
	case Photographed:
		c = RandomPhoto(r, t.Doc.Paper)
	default:
		c = RandomScan(r)
		c.UpsideDown = kind == ScannedUpsideDown
		if dpi > 0 {
			c.DPI = dpi
		}
	}
	out, toImage := Degrade(img, t.Scale, t.Doc.Paper, c, r)
	sh, err := EncodeJPEG(out, c.Quality, c.DPI)
	if err != nil {
		return Sample{}, err
	}
	return Sample{Doc: t.Doc, Page: p, Truth: truth, Capture: c, Image: out, ToImage: toImage, Sheet: sh}, nil
}

// Job is one sample to make.
type Job struct {
	T    *Template
	Page int
	Kind Kind
	Seed uint64
	DPI  float64 // a scan's resolution; random when zero
}

// MakeAll makes the samples on all cores, in order.
func MakeAll(jobs []Job) ([]Sample, error) {
	out := make([]Sample, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				j := jobs[i]
				out[i], errs[i] = make1(j.T, j.Page, j.Kind, j.Seed, j.DPI)
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
