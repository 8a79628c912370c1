package scan_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
)

// benchPages is how many pages the benchmark stack holds.
const benchPages = 24

var (
	benchOnce    sync.Once
	benchPDF     []byte
	benchImages  []image.Image
	benchLookup  scan.Lookup
	benchFailure error
)

// benchStack is a 200 dpi scanned PDF of marked test pages, colour JPEG at
// the quality office scanners use, turned a little as sheets feed.
func benchStack(b *testing.B) ([]byte, []image.Image, scan.Lookup) {
	synth.NeedTool(b, "pdftoppm")
	benchOnce.Do(func() {
		tmp, err := os.MkdirTemp("", "scan-bench")
		if err != nil {
			benchFailure = err
			return
		}
		defer os.RemoveAll(tmp)
		d := synth.Packet("K7QF-3M2A", 1, synth.A4, 24)
		tp, err := synth.Print(d, 300, tmp)
		if err != nil {
			benchFailure = err
			return
		}
		var jobs []synth.Job
		for i := range benchPages {
			page := 1 + i%(len(d.Pages)-1)
			jobs = append(jobs, synth.Job{T: tp, Page: page, Kind: synth.Scanned, Seed: uint64(1000 + i), DPI: 200})
		}
		samples, err := synth.MakeAll(jobs)
		if err != nil {
			benchFailure = err
			return
		}
		var sheets []synth.Sheet
		for _, s := range samples {
			img, err := jpeg.Decode(bytes.NewReader(s.Sheet.Data))
			if err != nil {
				benchFailure = err
				return
			}
			benchImages = append(benchImages, img)
			sheets = append(sheets, s.Sheet)
		}
		var buf bytes.Buffer
		if benchFailure = synth.PackPDF(&buf, sheets); benchFailure == nil {
			benchPDF = buf.Bytes()
			benchLookup = form.Lookup(d)
		}
	})
	if benchFailure != nil {
		b.Fatal(benchFailure)
	}
	return benchPDF, benchImages, benchLookup
}

// BenchmarkScan200dpi reads a scanned 200 dpi PDF end to end: intake,
// JPEG decoding and reading, on every core, as the scan command will.
func BenchmarkScan200dpi(b *testing.B) {
	pdf, _, lookup := benchStack(b)
	r := scan.Reader{Lookup: lookup}
	b.SetBytes(int64(len(pdf)))
	b.ReportAllocs()
	pages := 0
	start := time.Now()
	for b.Loop() {
		for res := range r.Read(scan.Pages(bytes.NewReader(pdf), int64(len(pdf)), "bench.pdf", scan.DefaultLimits)) {
			if res.Err != nil || res.Status != scan.PageRead {
				b.Fatalf("%v: %v %v %s", res.Page, res.Err, res.Status, res.Reason)
			}
			pages++
		}
	}
	b.ReportMetric(float64(pages)/time.Since(start).Minutes(), "pages/min")
}

// BenchmarkReadPage200dpi reads one decoded 200 dpi page: the reading
// alone, for profiling.
func BenchmarkReadPage200dpi(b *testing.B) {
	_, images, lookup := benchStack(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		res, err := scan.ReadPage(images[i%len(images)], lookup)
		if err != nil || res.Status != scan.PageRead {
			b.Fatalf("%v %v %s", err, res.Status, res.Reason)
		}
		i++
	}
}
