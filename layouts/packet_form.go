package layouts

// The packet as a form a scanner reads back (the contract is layouts/form).
// Every page carries four registration marks and its page code, drawn as
// furniture after the header and footer; the score rows and the
// recommendation draw their boxes where paginate puts them and record each
// box here as they draw it. So the layout written beside the kit comes from
// the drawing code itself, never from a template.

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// WritePacketForm writes the packet for round r of k as WritePacket does and
// returns the layout of its forms: where on each page it drew the marks,
// the page code and every box to mark, for a scanner to read the paper
// back. The layout is checked against the contract before anything is
// written; a packet whose drawing breaks it is an error, never a PDF.
func WritePacketForm(w io.Writer, k *kit.Kit, r int, opt PacketOptions) (*form.Document, error) {
	p, err := startPacket(k, r, opt)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := p.render(&buf, p.parts()); err != nil {
		return nil, err
	}
	doc := p.sheets.doc
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("packet: the pages break the scanning contract: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return doc, nil
}

// formPages records the form of each page as it is drawn, and draws what
// every page carries for the scanner: the registration marks and the page
// code. It is the packet's furniture.
type formPages struct {
	doc *form.Document
	// symbols are the pages' QR symbols, encoded by a goroutine of their
	// own while the pages are drawn: choosing a symbol's mask is about a
	// quarter of a packet's time, and needs nothing from the drawing.
	symbols []pageSymbol
}

// pageSymbol is one page's QR symbol; done is closed once it is encoded.
type pageSymbol struct {
	done    chan struct{}
	modules [][]bool
	err     error
}

func newFormPages(k *kit.Kit, round int, paper Paper) *formPages {
	return &formPages{doc: &form.Document{Version: form.Version, KitID: k.ID, Round: round,
		Paper: form.Size{W: paper.Width, H: paper.Height}}}
}

// encode starts encoding the symbols of pages 1 to total, in page order.
func (f *formPages) encode(total int) {
	f.symbols = make([]pageSymbol, total)
	for i := range f.symbols {
		f.symbols[i].done = make(chan struct{})
	}
	go func() {
		for i := range f.symbols {
			s := &f.symbols[i]
			s.modules, s.err = f.doc.Code(i + 1).QR()
			close(s.done)
		}
	}()
}

// qr is page n's QR symbol, once it is encoded.
func (f *formPages) qr(n int) ([][]bool, error) {
	s := &f.symbols[n-1]
	<-s.done
	return s.modules, s.err
}

// drawPage starts page n's form and draws its marks and code.
func (f *formPages) drawPage(d *document, n, total int) {
	if f.symbols == nil || len(f.symbols) != total {
		f.encode(total)
	}
	paper := f.doc.Paper
	page := form.Page{Number: n, Code: form.CodeTopRight(paper), Marks: form.Marks(paper)}
	black := d.st.Packet.Form.Mark
	d.pdf.SetFillColor(black, black, black)
	for _, m := range page.Marks {
		d.pdf.Rect(m.X-form.MarkSize/2, m.Y-form.MarkSize/2, form.MarkSize, form.MarkSize, "F")
	}
	modules, err := f.qr(n)
	if err != nil {
		// The kit ID and round are checked when the kit is made; a code
		// that does not encode leaves the page without one, and the
		// layout's check refuses the packet.
		page.Code = form.Rect{}
	} else {
		drawModules(d, page.Code, modules)
	}
	f.doc.Pages = append(f.doc.Pages, page)
}

// row records a row drawn on the current page.
func (f *formPages) row(r form.Row) {
	if n := len(f.doc.Pages); n > 0 {
		p := &f.doc.Pages[n-1]
		p.Rows = append(p.Rows, r)
	}
}

// drawModules prints a QR symbol's modules in r as one filled path, one
// rectangle per run of dark modules along a row. Filled as one path, rows
// that touch are one shape to a rasteriser: drawn as separate rectangles,
// anti-aliasing left a light seam between rows that split a finder
// pattern's runs, and scans at 150-200 dpi lost their code. The path is
// written as PDF rectangle operators ("x y w h re", then one "f"), which
// fpdf's API only offers one fill at a time: a fifth of the bytes and
// the time of the same path drawn with MoveTo and LineTo.
func drawModules(d *document, r form.Rect, m [][]bool) {
	k := d.pdf.GetConversionRatio()
	_, pageH := d.pdf.GetPageSize()
	mod := r.W / float64(len(m))
	var b []byte
	for y, row := range m {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			end := x
			for end < len(row) && row[end] {
				end++
			}
			x0, y0 := r.X+float64(x)*mod, r.Y+float64(y)*mod
			b = strconv.AppendFloat(b, x0*k, 'f', 2, 64)
			b = append(b, ' ')
			b = strconv.AppendFloat(b, (pageH-y0)*k, 'f', 2, 64)
			b = append(b, ' ')
			b = strconv.AppendFloat(b, float64(end-x)*mod*k, 'f', 2, 64)
			b = append(b, ' ')
			b = strconv.AppendFloat(b, -mod*k, 'f', 2, 64)
			b = append(b, " re\n"...)
			x = end
		}
	}
	if len(b) > 0 {
		d.pdf.RawWriteStr(string(append(b, 'f')))
	}
}

// markBox draws an empty box to mark, outlined in black no wider than the
// contract allows, and returns it as the layout records it.
func (d *document) markBox(x, y, w, h float64) form.Rect {
	fs := &d.st.Packet.Form
	d.pdf.SetDrawColor(fs.Mark, fs.Mark, fs.Mark)
	d.pdf.SetLineWidth(math.Min(fs.BoxLine, form.BoxLine))
	d.pdf.Rect(x, y, w, h, "D")
	return form.Rect{X: mm(x), Y: mm(y), W: mm(w), H: mm(h)}
}

// mm rounds a length to a hundredth of a millimetre, far below what a
// scan resolves, so the layout reads cleanly.
func mm(v float64) float64 { return math.Round(v*100) / 100 }
