package scan

// Intake: the one way untrusted files come in. A file is a scanned PDF
// (one image per page, as office scanners write them) or a single PNG or
// JPEG photo of a page. Every size the file controls is checked before
// memory is spent on it: the file's size, its page count, and each image's
// pixel count, read from the image's header before it is decoded. Pages
// are yielded one at a time and decoded only when asked, so a worker pool
// decodes them in parallel and a long stack never sits in memory decoded.

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"iter"
)

// Errors from intake, for callers to branch on with errors.Is.
var (
	// ErrEmpty: the file has no bytes.
	ErrEmpty = errors.New("empty file")
	// ErrFormat: the file is not a PDF, PNG or JPEG.
	ErrFormat = errors.New("not a PDF, PNG or JPEG file")
	// ErrTooLarge: the file is larger than Limits.MaxFileBytes.
	ErrTooLarge = errors.New("file too large")
	// ErrTooManyPages: the PDF has more pages than Limits.MaxPages.
	ErrTooManyPages = errors.New("too many pages")
	// ErrImageTooLarge: an image has more pixels than Limits.MaxPixels.
	ErrImageTooLarge = errors.New("image too large")
	// ErrDamaged: the file or one of its images cannot be read.
	ErrDamaged = errors.New("damaged file")
	// ErrNoPageImage: a PDF page carries no image, so it is not a scan.
	ErrNoPageImage = errors.New("page has no image; not a scanned page")
	// ErrUnsupported: an image is stored in an encoding this reader does
	// not decode.
	ErrUnsupported = errors.New("unsupported image encoding")
)

// Limits bound what intake accepts from a file.
type Limits struct {
	MaxFileBytes int64 // the whole file
	MaxPages     int   // pages in a PDF
	MaxPixels    int64 // pixels in one page image
}

// DefaultLimits fit a 500-page stack scanned at 300 dpi in colour, and a
// photo from any phone.
var DefaultLimits = Limits{
	MaxFileBytes: 512 << 20,
	MaxPages:     2000,
	MaxPixels:    80_000_000,
}

// Page is one page of an intake file, not yet decoded.
type Page struct {
	File   string // the file's name, safe to print
	Number int    // 1-based page number within the file
	decode func() (image.Image, error)
	stored func() ([]byte, string)
}

// Stored is the page's image as the file holds it, to keep: the bytes of
// a JPEG or PNG and the format, "jpeg" or "png". ok is false when the file
// holds the image in another encoding (a PDF's Flate samples); then the
// caller keeps the decoded image in an encoding of its choice.
func (p Page) Stored() (data []byte, format string, ok bool) {
	if p.stored == nil {
		return nil, "", false
	}
	data, format = p.stored()
	return data, format, data != nil
}

// Image decodes the page's image, turned upright as the PDF page says
// (its /Rotate).
func (p Page) Image() (img image.Image, err error) {
	if p.decode == nil {
		return nil, fmt.Errorf("%s: %w", p, ErrNoPageImage)
	}
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("%s: %w: %v", p, ErrDamaged, r)
		}
	}()
	return p.decode()
}

// String names the page for messages: "stack.pdf page 3", or just the
// file for an image.
func (p Page) String() string {
	if p.Number == 0 {
		return clean(p.File, 200)
	}
	return fmt.Sprintf("%s page %d", clean(p.File, 200), p.Number)
}

// Pages reads the pages of one file: r holds size bytes, name says where
// it came from, kept as it is in every Page (its String escapes it for
// printing, and errors name the page by it). A problem with the whole file
// is yielded once, with a Page naming only the file, and ends the
// sequence; a problem with one page is yielded with that page and the
// rest follow. Errors wrap the sentinels above.
func Pages(r io.ReaderAt, size int64, name string, lim Limits) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		fail := func(err error) { yield(Page{File: name}, fmt.Errorf("%s: %w", Page{File: name}, err)) }
		switch {
		case size == 0:
			fail(ErrEmpty)
			return
		case size < 0:
			fail(ErrDamaged)
			return
		case size > lim.MaxFileBytes:
			fail(fmt.Errorf("%w: %d bytes; at most %d", ErrTooLarge, size, lim.MaxFileBytes))
			return
		}
		head := make([]byte, min(size, 1024))
		if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
			fail(fmt.Errorf("%w: %v", ErrDamaged, err))
			return
		}
		switch {
		case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
			imagePage(r, size, name, lim, pngCodec, yield)
		case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
			imagePage(r, size, name, lim, jpegCodec, yield)
		case bytes.Contains(head, []byte("%PDF-")):
			pdfPages(r, size, name, lim, yield)
		default:
			fail(ErrFormat)
		}
	}
}

// codec is an image format's decoder.
type codec struct {
	name   string
	format string // as Page.Stored names it
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

var (
	pngCodec  = codec{"PNG", "png", png.DecodeConfig, png.Decode}
	jpegCodec = codec{"JPEG", "jpeg", jpeg.DecodeConfig, jpeg.Decode}
)

// imagePage yields the one page of a PNG or JPEG file, after checking its
// dimensions.
func imagePage(r io.ReaderAt, size int64, name string, lim Limits, c codec, yield func(Page, error) bool) {
	cfg, err := c.config(io.NewSectionReader(r, 0, size))
	if err != nil {
		yield(Page{File: name}, fmt.Errorf("%s: %w: %s: %s", Page{File: name}, ErrDamaged, c.name, clean(err.Error(), 120)))
		return
	}
	if err := checkPixels(cfg.Width, cfg.Height, lim); err != nil {
		yield(Page{File: name}, fmt.Errorf("%s: %w", Page{File: name}, err))
		return
	}
	yield(Page{File: name, decode: func() (image.Image, error) {
		img, err := c.decode(io.NewSectionReader(r, 0, size))
		if err != nil {
			return nil, fmt.Errorf("%s: %w: %s: %s", Page{File: name}, ErrDamaged, c.name, clean(err.Error(), 120))
		}
		return img, nil
	}, stored: func() ([]byte, string) {
		b := make([]byte, size)
		if _, err := r.ReadAt(b, 0); err != nil && err != io.EOF {
			return nil, ""
		}
		return b, c.format
	}}, nil)
}

// checkPixels refuses an image too large to decode, or with no pixels.
func checkPixels(w, h int, lim Limits) error {
	if w <= 0 || h <= 0 {
		return fmt.Errorf("%w: image is %dx%d pixels", ErrDamaged, w, h)
	}
	if int64(w)*int64(h) > lim.MaxPixels || w > 1<<20 || h > 1<<20 {
		return fmt.Errorf("%w: %dx%d pixels; at most %d", ErrImageTooLarge, w, h, lim.MaxPixels)
	}
	return nil
}
