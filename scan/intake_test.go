package scan_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/scan"
)

// scanPages runs intake over b and collects the pages and errors.
func scanPages(t testing.TB, b []byte, name string, lim scan.Limits) ([]scan.Page, []error) {
	t.Helper()
	var pages []scan.Page
	var errs []error
	for p, err := range scan.Pages(bytes.NewReader(b), int64(len(b)), name, lim) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pages = append(pages, p)
	}
	return pages, errs
}

// testImage is a small page-like picture: light paper, a dark square in
// the top left corner, so orientation can be checked after decoding.
func testImage(w, h int, gray bool) image.Image {
	var img draw2
	if gray {
		img = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	for y := range h {
		for x := range w {
			c := color.RGBA{235, 235, 230, 255}
			if x < w/4 && y < h/5 {
				c = color.RGBA{20, 20, 60, 255}
			}
			img.Set(x, y, c)
		}
	}
	return img
}

type draw2 interface {
	image.Image
	Set(x, y int, c color.Color)
}

// scannedPDF packs images as a scanner does: one per page.
func scannedPDF(t testing.TB, sheets ...synth.Sheet) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := synth.PackPDF(&buf, sheets); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func jpegSheet(t testing.TB, img image.Image) synth.Sheet {
	t.Helper()
	s, err := synth.EncodeJPEG(img, 80, 100)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func pngSheet(t testing.TB, img image.Image) synth.Sheet {
	t.Helper()
	s, err := synth.EncodePNG(img, 100)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// darkCorner says which corner of img holds the dark square.
func darkCorner(img image.Image) string {
	b := img.Bounds()
	at := func(x, y int) bool {
		r, g, bb, _ := img.At(x, y).RGBA()
		return (r+g+bb)/3 < 0x6000
	}
	dx, dy := b.Dx()/20, b.Dy()/20
	switch {
	case at(b.Min.X+dx, b.Min.Y+dy):
		return "top left"
	case at(b.Max.X-dx, b.Min.Y+dy):
		return "top right"
	case at(b.Max.X-dx, b.Max.Y-dy):
		return "bottom right"
	case at(b.Min.X+dx, b.Max.Y-dy):
		return "bottom left"
	}
	return "none"
}

func TestPagesReadsEachScannerEncoding(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sheet func(t testing.TB) synth.Sheet
	}{
		{"colour JPEG", func(t testing.TB) synth.Sheet { return jpegSheet(t, testImage(240, 330, false)) }},
		{"grey JPEG", func(t testing.TB) synth.Sheet { return jpegSheet(t, testImage(240, 330, true)) }},
		{"colour Flate with PNG predictors", func(t testing.TB) synth.Sheet { return pngSheet(t, testImage(240, 330, false)) }},
		{"grey Flate with PNG predictors", func(t testing.TB) synth.Sheet { return pngSheet(t, testImage(240, 330, true)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pdf := scannedPDF(t, tc.sheet(t), tc.sheet(t))
			pages, errs := scanPages(t, pdf, "stack.pdf", scan.DefaultLimits)
			if len(errs) > 0 || len(pages) != 2 {
				t.Fatalf("got %d pages, errors %v", len(pages), errs)
			}
			for i, p := range pages {
				if p.Number != i+1 || p.File != "stack.pdf" {
					t.Errorf("page %d is %v", i+1, p)
				}
				img, err := p.Image()
				if err != nil {
					t.Fatal(err)
				}
				if got := img.Bounds().Size(); got != image.Pt(240, 330) {
					t.Errorf("image is %v, want 240x330", got)
				}
				if c := darkCorner(img); c != "top left" {
					t.Errorf("dark square at %s, want top left", c)
				}
			}
		})
	}
}

func TestPagesTurnsAPageByItsRotate(t *testing.T) {
	for _, tc := range []struct {
		rotate int
		corner string // where the top left of the stored image shows
	}{
		{90, "top right"},
		{180, "bottom right"},
		{270, "bottom left"},
	} {
		t.Run(fmt.Sprintf("Rotate %d", tc.rotate), func(t *testing.T) {
			pdf := scannedPDF(t, jpegSheet(t, testImage(240, 330, false)))
			var out bytes.Buffer
			conf := pdfcpuConf()
			if err := api.Rotate(bytes.NewReader(pdf), &out, tc.rotate, nil, conf); err != nil {
				t.Fatal(err)
			}
			pages, errs := scanPages(t, out.Bytes(), "turned.pdf", scan.DefaultLimits)
			if len(errs) > 0 || len(pages) != 1 {
				t.Fatalf("got %d pages, errors %v", len(pages), errs)
			}
			img, err := pages[0].Image()
			if err != nil {
				t.Fatal(err)
			}
			if c := darkCorner(img); c != tc.corner {
				t.Errorf("dark square at %s, want %s", c, tc.corner)
			}
		})
	}
}

func TestPagesReadsAPhoto(t *testing.T) {
	for _, tc := range []struct {
		name string
		enc  func(t testing.TB) []byte
	}{
		{"JPEG", func(t testing.TB) []byte { return jpegSheet(t, testImage(300, 400, false)).Data }},
		{"PNG", func(t testing.TB) []byte { return pngSheet(t, testImage(300, 400, false)).Data }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, errs := scanPages(t, tc.enc(t), "photo", scan.DefaultLimits)
			if len(errs) > 0 || len(pages) != 1 {
				t.Fatalf("got %d pages, errors %v", len(pages), errs)
			}
			img, err := pages[0].Image()
			if err != nil || img.Bounds().Dx() != 300 {
				t.Fatalf("Image() = %v, %v", img, err)
			}
		})
	}
}

func TestPagesKeepTheImageAsStored(t *testing.T) {
	jpg := jpegSheet(t, testImage(240, 330, false))
	png := pngSheet(t, testImage(240, 330, true))
	for _, tc := range []struct {
		name   string
		file   []byte
		want   []byte // nil: the page is not stored as a JPEG or PNG
		format string
	}{
		{"a scanner's JPEG page", scannedPDF(t, jpg), jpg.Data, "jpeg"},
		{"a Flate page", scannedPDF(t, png), nil, ""},
		{"a photo", jpg.Data, jpg.Data, "jpeg"},
		{"a PNG", png.Data, png.Data, "png"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, errs := scanPages(t, tc.file, "f", scan.DefaultLimits)
			if len(errs) > 0 || len(pages) != 1 {
				t.Fatalf("got %d pages, errors %v", len(pages), errs)
			}
			data, format, ok := pages[0].Stored()
			if ok != (tc.want != nil) || !bytes.Equal(data, tc.want) || format != tc.format {
				t.Errorf("Stored() = %d bytes of %q, %v; want %d bytes of %q", len(data), format, ok, len(tc.want), tc.format)
			}
		})
	}
}

func TestPagesRefusesBadFiles(t *testing.T) {
	good := scannedPDF(t, jpegSheet(t, testImage(120, 160, false)), jpegSheet(t, testImage(120, 160, false)))
	textPDF := func() []byte {
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.AddPage()
		pdf.SetFont("Helvetica", "", 12)
		pdf.Text(20, 20, "A CV, typed, not scanned.")
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}()
	corrupt := bytes.Clone(good)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 200; i < len(corrupt); i += 1 + r.IntN(40) {
		corrupt[i] ^= byte(1 + r.IntN(255))
	}
	for _, tc := range []struct {
		name string
		data []byte
		lim  scan.Limits
		want error
	}{
		{"zero bytes", nil, scan.DefaultLimits, scan.ErrEmpty},
		{"a text file", []byte("score: 3\nnotes: good\n"), scan.DefaultLimits, scan.ErrFormat},
		{"truncated PDF", good[:len(good)/2], scan.DefaultLimits, nil},
		{"PDF header only", []byte("%PDF-1.7\n"), scan.DefaultLimits, scan.ErrDamaged},
		{"corrupt PDF", corrupt, scan.DefaultLimits, nil},
		{"PDF with no images", textPDF, scan.DefaultLimits, scan.ErrNoPageImage},
		{"PNG claiming 100000 x 100000 pixels", pngHeader(100000, 100000), scan.DefaultLimits, scan.ErrImageTooLarge},
		{"PNG header only", pngHeader(100, 100), scan.DefaultLimits, scan.ErrDamaged},
		{"truncated JPEG", jpegSheet(t, testImage(200, 200, false)).Data[:300], scan.DefaultLimits, scan.ErrDamaged},
		{"file over the size limit", good, scan.Limits{MaxFileBytes: 1000, MaxPages: 10, MaxPixels: 1e6}, scan.ErrTooLarge},
		{"more pages than the limit", good, scan.Limits{MaxFileBytes: 1 << 20, MaxPages: 1, MaxPixels: 1e6}, scan.ErrTooManyPages},
		{"page image over the pixel limit", good, scan.Limits{MaxFileBytes: 1 << 20, MaxPages: 10, MaxPixels: 1000}, scan.ErrImageTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, errs := scanPages(t, tc.data, "in\x1b[31m.pdf", tc.lim)
			for _, p := range pages {
				if _, err := p.Image(); err != nil {
					errs = append(errs, err)
				}
			}
			if len(errs) == 0 {
				if tc.want == nil {
					// Damage that spares what is read is not an error.
					return
				}
				t.Fatalf("no error; want %v", tc.want)
			}
			for _, err := range errs {
				if strings.Contains(err.Error(), "\x1b") {
					t.Errorf("error prints a control character: %q", err)
				}
				if !strings.HasPrefix(err.Error(), `in\x1b[31m.pdf`) {
					t.Errorf("error does not start with the file's name: %q", err)
				}
			}
			if tc.want != nil && !errors.Is(errs[0], tc.want) {
				t.Errorf("error %q; want %v", errs[0], tc.want)
			}
			if tc.want == nil && !errors.Is(errs[0], scan.ErrDamaged) && !errors.Is(errs[0], scan.ErrNoPageImage) {
				t.Errorf("error %q wraps no intake sentinel", errs[0])
			}
		})
	}
}

// pngHeader is the start of a PNG that claims a size and holds nothing.
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

// pdfcpuConf is a pdfcpu configuration that writes nothing to disk.
func pdfcpuConf() *model.Configuration {
	api.DisableConfigDir()
	return model.NewDefaultConfiguration()
}
