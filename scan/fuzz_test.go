package scan_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/interviewkit/interviewkit/scan"
)

// fuzzLimits keep a fuzzed file from spending memory: a real stack needs
// more.
var fuzzLimits = scan.Limits{MaxFileBytes: 1 << 20, MaxPages: 20, MaxPixels: 4_000_000}

var intakeErrors = []error{scan.ErrEmpty, scan.ErrFormat, scan.ErrTooLarge, scan.ErrTooManyPages,
	scan.ErrImageTooLarge, scan.ErrDamaged, scan.ErrNoPageImage, scan.ErrUnsupported}

// intake runs a file through intake and decodes every page, failing on an
// error that wraps no intake sentinel; a panic fails the fuzzer by itself.
func intake(t *testing.T, b []byte) {
	check := func(err error) {
		for _, s := range intakeErrors {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error wraps no intake sentinel: %v", err)
	}
	for p, err := range scan.Pages(bytes.NewReader(b), int64(len(b)), "fuzz", fuzzLimits) {
		if err != nil {
			check(err)
			continue
		}
		img, err := p.Image()
		if err != nil {
			check(err)
			continue
		}
		if px := int64(img.Bounds().Dx()) * int64(img.Bounds().Dy()); px > fuzzLimits.MaxPixels {
			t.Fatalf("decoded a %v image past the pixel limit", img.Bounds())
		}
	}
}

func FuzzPagesPDF(f *testing.F) {
	small := testImage(60, 80, false)
	f.Add(scannedPDF(f, jpegSheet(f, small)))
	f.Add(scannedPDF(f, pngSheet(f, testImage(60, 80, true)), jpegSheet(f, small)))
	f.Add(scannedPDF(f, pngSheet(f, small)))
	f.Add([]byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, b []byte) { intake(t, b) })
}

func FuzzPagesImage(f *testing.F) {
	f.Add(jpegSheet(f, testImage(60, 80, false)).Data)
	f.Add(jpegSheet(f, testImage(60, 80, true)).Data)
	f.Add(pngSheet(f, testImage(60, 80, false)).Data)
	f.Add(pngSheet(f, testImage(60, 80, true)).Data)
	f.Add(pngHeader(100000, 100000))
	f.Fuzz(func(t *testing.T, b []byte) { intake(t, b) })
}
