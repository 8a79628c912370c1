package synth

// Pages packed as office scanners write them: a PDF with one image per
// page, the page the size of the scanned area, the image filling it. JPEG
// images go in as they are (DCTDecode); PNG images are re-compressed by
// the PDF writer (FlateDecode with PNG predictors).

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Sheet is one encoded page image and the resolution it was captured at.
type Sheet struct {
	Data   []byte
	Format string // "jpeg" or "png"
	Size   image.Point
	DPI    float64
}

// EncodeJPEG encodes img as a scanner's JPEG.
func EncodeJPEG(img image.Image, quality int, dpi float64) (Sheet, error) {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality}); err != nil {
		return Sheet{}, err
	}
	return Sheet{Data: buf.Bytes(), Format: "jpeg", Size: img.Bounds().Size(), DPI: dpi}, nil
}

// EncodePNG encodes img losslessly, for a Flate page.
func EncodePNG(img image.Image, dpi float64) (Sheet, error) {
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		return Sheet{}, err
	}
	return Sheet{Data: buf.Bytes(), Format: "png", Size: img.Bounds().Size(), DPI: dpi}, nil
}

// PackPDF writes the sheets as one scanned PDF.
func PackPDF(w io.Writer, sheets []Sheet) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: 210, Ht: 297}})
	pdf.SetCreationDate(time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	for i, s := range sheets {
		dpi := s.DPI
		if dpi <= 0 {
			dpi = 200
		}
		wmm, hmm := float64(s.Size.X)*25.4/dpi, float64(s.Size.Y)*25.4/dpi
		pdf.AddPageFormat("P", fpdf.SizeType{Wd: wmm, Ht: hmm})
		name := fmt.Sprintf("page%d", i+1)
		typ := "JPG"
		if s.Format == "png" {
			typ = "PNG"
		}
		pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(s.Data))
		pdf.ImageOptions(name, 0, 0, wmm, hmm, false, fpdf.ImageOptions{ImageType: typ}, 0, "")
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}
