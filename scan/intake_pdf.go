package scan

// Scanned PDFs: each page carries one image, drawn over the whole page.
// pdfcpu parses the file; the page's largest image is taken as the scan.
// JPEG (DCTDecode) images are decoded by image/jpeg straight from the file's
// bytes; Flate, LZW and run-length images are decompressed by pdfcpu (with
// PNG and TIFF predictors) into samples laid out by the image's colour
// space. A page's /Rotate turns the decoded image upright.
//
// pdfcpu holds the whole file in memory while it is read (bounded by
// Limits.MaxFileBytes); decoded images are made one page at a time, when
// asked for.

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// disableConfigDir keeps pdfcpu from writing its configuration folder into
// the user's home: it is set once, for the process, as
// api.DisableConfigDir sets it. pdfcpu's api package is not imported: it
// links pdfcpu's form filling, whose go-runewidth builds a width table at
// start-up, 10-30 ms added to every command.
var disableConfigDir sync.Once

func pdfConfig(lim Limits) *model.Configuration {
	disableConfigDir.Do(func() { model.ConfigPath = "disable" })
	c := model.NewDefaultConfiguration()
	c.ValidationMode = model.ValidationRelaxed
	c.Limits.MaxStreamBytes = lim.MaxFileBytes
	c.Limits.MaxDecodeBytes = min(c.Limits.MaxDecodeBytes, 4*lim.MaxPixels+1<<20)
	c.Limits.MaxImagePixels = lim.MaxPixels
	return c
}

// pdfPages yields the pages of a scanned PDF.
func pdfPages(r io.ReaderAt, size int64, name string, lim Limits, yield func(Page, error) bool) {
	fail := func(err error) { yield(Page{File: name}, fmt.Errorf("%s: %w", Page{File: name}, err)) }
	ctx, err := readPDF(r, size, lim)
	if err != nil {
		fail(err)
		return
	}
	n := ctx.PageCount
	switch {
	case n <= 0:
		fail(fmt.Errorf("%w: no pages", ErrDamaged))
		return
	case n > lim.MaxPages:
		fail(fmt.Errorf("%w: %d pages; at most %d", ErrTooManyPages, n, lim.MaxPages))
		return
	}
	for i := 1; i <= n; i++ {
		p := Page{File: name, Number: i}
		img, err := pageImage(ctx, i, lim)
		if err != nil {
			if !yield(p, fmt.Errorf("%s: %w", p, err)) {
				return
			}
			continue
		}
		p.decode = func() (image.Image, error) {
			out, err := img.decode(lim)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			return out, nil
		}
		p.stored = img.stored
		if !yield(p, nil) {
			return
		}
	}
}

// readPDF parses the file's structure and counts its pages.
func readPDF(r io.ReaderAt, size int64, lim Limits) (ctx *model.Context, err error) {
	defer func() {
		if p := recover(); p != nil {
			ctx, err = nil, fmt.Errorf("%w: %v", ErrDamaged, p)
		}
	}()
	ctx, err = pdfcpu.Read(io.NewSectionReader(r, 0, size), pdfConfig(lim))
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrDamaged, pdfMessage(err))
	}
	if err := ctx.EnsurePageCount(); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrDamaged, pdfMessage(err))
	}
	return ctx, nil
}

// pdfMessage shortens a pdfcpu error for a person.
func pdfMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && len(msg) > 160 {
		msg = msg[i+2:]
	}
	return clean(msg, 160)
}

// pdfImage is a page's image, as found in the file, not yet decoded.
type pdfImage struct {
	sd        types.StreamDict
	w, h, bpc int
	filter    string // the last filter: how the samples are encoded
	space     colorSpace
	invert    bool // a /Decode array of [1 0]: dark samples are light
	rotate    int  // the page's /Rotate, in degrees clockwise
}

// pageImage finds page n's image and reads how it is encoded.
func pageImage(ctx *model.Context, n int, lim Limits) (img *pdfImage, err error) {
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("%w: %v", ErrDamaged, p)
		}
	}()
	_, _, inh, err := ctx.PageDict(n, true) // true: only the resources the page uses
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrDamaged, pdfMessage(err))
	}
	if inh == nil || inh.Resources == nil {
		return nil, ErrNoPageImage
	}
	var best *types.StreamDict
	var bestPixels int64
	if err := findImage(ctx, inh.Resources, 0, &best, &bestPixels); err != nil {
		return nil, err
	}
	if best == nil {
		return nil, ErrNoPageImage
	}
	img = &pdfImage{sd: *best}
	img.w, img.h = intEntry(ctx, best.Dict, "Width"), intEntry(ctx, best.Dict, "Height")
	if err := checkPixels(img.w, img.h, lim); err != nil {
		return nil, err
	}
	if len(best.FilterPipeline) > 0 {
		img.filter = best.FilterPipeline[len(best.FilterPipeline)-1].Name
	}
	img.rotate = ((inh.Rotate%360)+360)%360 - ((inh.Rotate%360)+360)%90
	if img.filter == "DCTDecode" {
		return img, nil
	}
	img.bpc = intEntry(ctx, best.Dict, "BitsPerComponent")
	if b := best.BooleanEntry("ImageMask"); b != nil && *b {
		img.space = colorSpace{comps: 1, mask: true}
		img.bpc = 1
	} else {
		cs, err := ctx.Dereference(best.Dict["ColorSpace"])
		if err != nil {
			return nil, fmt.Errorf("%w: colour space: %s", ErrDamaged, pdfMessage(err))
		}
		if img.space, err = readColorSpace(ctx, cs, 0); err != nil {
			return nil, err
		}
	}
	if d, err := ctx.DereferenceArray(best.Dict["Decode"]); err == nil && len(d) >= 2 {
		lo, err1 := ctx.DereferenceNumber(d[0])
		hi, err2 := ctx.DereferenceNumber(d[1])
		img.invert = err1 == nil && err2 == nil && lo > hi
	}
	return img, nil
}

// findImage looks through a resource dictionary's XObjects, and the
// resources of forms among them, for the image with most pixels.
func findImage(ctx *model.Context, res types.Dict, depth int, best **types.StreamDict, bestPixels *int64) error {
	o, err := ctx.DereferenceDictEntry(res, "XObject")
	if err != nil || o == nil {
		return nil
	}
	xobjects, err := ctx.DereferenceDict(o)
	if err != nil || xobjects == nil {
		return nil
	}
	keys := make([]string, 0, len(xobjects))
	for k := range xobjects {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		sd, _, err := ctx.DereferenceStreamDict(xobjects[k])
		if err != nil || sd == nil {
			continue
		}
		switch sub := sd.NameEntry("Subtype"); {
		case sub == nil:
		case *sub == "Image":
			px := int64(intEntry(ctx, sd.Dict, "Width")) * int64(intEntry(ctx, sd.Dict, "Height"))
			if px > *bestPixels {
				*best, *bestPixels = sd, px
			}
		case *sub == "Form" && depth < 2:
			if r, err := ctx.DereferenceDict(sd.Dict["Resources"]); err == nil && r != nil {
				if err := findImage(ctx, r, depth+1, best, bestPixels); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func intEntry(ctx *model.Context, d types.Dict, key string) int {
	i, err := ctx.DereferenceInteger(d[key])
	if err != nil || i == nil {
		return 0
	}
	return i.Value()
}

// stored is the image's JPEG as the scanner wrote it, when the PDF holds
// one as it is (DCTDecode alone); nil otherwise.
func (pi *pdfImage) stored() ([]byte, string) {
	if pi.filter != "DCTDecode" || len(pi.sd.FilterPipeline) != 1 || len(pi.sd.Raw) == 0 {
		return nil, ""
	}
	return pi.sd.Raw, "jpeg"
}

// decode decodes the image and turns it upright.
func (pi *pdfImage) decode(lim Limits) (image.Image, error) {
	img, err := pi.raster(lim)
	if err != nil {
		return nil, err
	}
	return turn(img, pi.rotate), nil
}

// raster decodes the samples into an image.
func (pi *pdfImage) raster(lim Limits) (image.Image, error) {
	sd := pi.sd // a copy: decoding sets its Content
	sd.Content = nil
	switch pi.filter {
	case "DCTDecode":
		data := sd.Raw
		if len(sd.FilterPipeline) > 1 {
			sd.FilterPipeline = sd.FilterPipeline[:len(sd.FilterPipeline)-1]
			var err error
			if data, err = sd.DecodeLengthWithLimit(-1, lim.MaxFileBytes); err != nil {
				return nil, fmt.Errorf("%w: %s", ErrDamaged, pdfMessage(err))
			}
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: JPEG: %s", ErrDamaged, clean(err.Error(), 120))
		}
		if err := checkPixels(cfg.Width, cfg.Height, lim); err != nil {
			return nil, err
		}
		img, err := jpeg.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: JPEG: %s", ErrDamaged, clean(err.Error(), 120))
		}
		return img, nil
	case "", "FlateDecode", "LZWDecode", "RunLengthDecode", "ASCIIHexDecode", "ASCII85Decode":
	default:
		return nil, fmt.Errorf("%w: %s images are not read; scan in greyscale or colour (JPEG)", ErrUnsupported, clean(pi.filter, 30))
	}
	comps := pi.space.comps
	if pi.space.palette != nil {
		comps = 1
	}
	switch pi.bpc {
	case 1, 2, 4, 8:
	case 16:
		if pi.space.palette != nil {
			return nil, fmt.Errorf("%w: 16-bit palette", ErrDamaged)
		}
	default:
		return nil, fmt.Errorf("%w: %d bits per component", ErrUnsupported, pi.bpc)
	}
	stride := (pi.w*comps*pi.bpc + 7) / 8
	need := int64(stride) * int64(pi.h)
	data, err := sd.DecodeLengthWithLimit(need, need+1<<20)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: image data ends early", ErrDamaged)
		}
		return nil, fmt.Errorf("%w: %s", ErrDamaged, pdfMessage(err))
	}
	return samples(data, stride, pi)
}

// samples lays decoded samples out as an image.
func samples(data []byte, stride int, pi *pdfImage) (image.Image, error) {
	w, h, bpc := pi.w, pi.h, pi.bpc
	rect := image.Rect(0, 0, w, h)
	// sample reads the i-th sample of a row, scaled to 0-255.
	sample := func(row []byte, i int) uint8 {
		switch bpc {
		case 8:
			return row[i]
		case 16:
			return row[2*i]
		}
		bit := i * bpc
		v := (row[bit/8] >> (8 - bpc - bit%8)) & (1<<bpc - 1)
		return uint8(int(v) * 255 / (1<<bpc - 1))
	}
	switch {
	case pi.space.palette != nil:
		comps := pi.space.comps
		pal := make(color.Palette, len(pi.space.palette)/comps)
		for i := range pal {
			e := pi.space.palette[i*comps:]
			if comps == 1 {
				pal[i] = color.Gray{e[0]}
			} else {
				pal[i] = color.RGBA{e[0], e[1], e[2], 255}
			}
		}
		img := image.NewPaletted(rect, pal)
		for y := range h {
			row := data[y*stride:]
			for x := range w {
				bit := x * bpc
				v := row[bit/8]
				if bpc < 8 {
					v = (v >> (8 - bpc - bit%8)) & (1<<bpc - 1)
				}
				if int(v) >= len(pal) {
					v = uint8(len(pal) - 1)
				}
				img.Pix[y*img.Stride+x] = v
			}
		}
		return img, nil
	case pi.space.comps == 1:
		img := image.NewGray(rect)
		inv := pi.invert
		if pi.space.mask {
			inv = !inv // a stencil paints where samples are 0
		}
		for y := range h {
			row := data[y*stride:]
			dst := img.Pix[y*img.Stride:]
			for x := range w {
				v := sample(row, x)
				if inv {
					v = 255 - v
				}
				dst[x] = v
			}
		}
		return img, nil
	case pi.space.comps == 3:
		img := image.NewRGBA(rect)
		for y := range h {
			row := data[y*stride:]
			dst := img.Pix[y*img.Stride:]
			for x := range w {
				dst[4*x] = sample(row, 3*x)
				dst[4*x+1] = sample(row, 3*x+1)
				dst[4*x+2] = sample(row, 3*x+2)
				dst[4*x+3] = 255
			}
		}
		return img, nil
	case pi.space.comps == 4:
		img := image.NewCMYK(rect)
		for y := range h {
			row := data[y*stride:]
			dst := img.Pix[y*img.Stride:]
			for x := range 4 * w {
				dst[x] = sample(row, x)
			}
		}
		return img, nil
	}
	return nil, fmt.Errorf("%w: %d colour components", ErrUnsupported, pi.space.comps)
}
