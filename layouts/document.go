package layouts

// The document: what every PDF of the package stands on. It owns the fpdf
// instance, the style, the fonts, the document's properties, the page frame
// and the one render pipeline:
//
//  1. a kind of document (packet, overview) builds its content as parts
//     made of boxes, measured but not drawn; every string goes through
//     text, which records what the fonts cannot print;
//  2. render refuses the document, before anything is written, if any
//     text could not be printed;
//  3. paginate places the parts on pages;
//  4. each page gets its frame (header, footer, furniture) and its boxes;
//  5. the PDF goes to the io.Writer.
//
// The same content always gives the same bytes: dates come from the
// content, the catalog is sorted and nothing depends on map order.

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/interviewkit/interviewkit/kit/catalog"
)

// minBody is the least width and height, in mm, of a page's body.
const minBody = 150

// document is one PDF being made. A kind of document embeds it and adds
// its parts; the components it draws with are its methods.
type document struct {
	kind  string // "packet", "overview": what its errors start with
	pdf   *fpdf.Fpdf
	st    Style
	x0, w float64 // left edge and width of the body

	words     catalog.Printer // every label printed, in the document's language
	head      runningHead     // the header and footer of every page
	furniture []furniture     // drawn on every page after them
	outline   int             // added to the level of every bookmark: 1 in a print pack

	mono     bool            // the monospace faces are registered (fonts.go)
	current  ink             // the font and grey last set
	problems []error         // text the fonts cannot print, one per field
	seen     map[string]bool // fields already reported
}

// newDocument starts a document of the given kind on the style's paper,
// dated date. noun names the kind in a sentence: "a packet". A document
// drawn into another one's PDF, as a packet into a print pack, is given
// that PDF as on; it then shares its fonts and pages.
func newDocument(kind, noun string, st Style, date time.Time, on ...*fpdf.Fpdf) (*document, error) {
	if st.bodyWidth() < minBody || st.bodyBottom()-st.bodyTop() < minBody {
		return nil, fmt.Errorf("%s: paper %q (%g x %g mm) is too small for %s", kind, st.Paper.Name, st.Paper.Width, st.Paper.Height, noun)
	}
	var pdf *fpdf.Fpdf
	if len(on) > 0 {
		pdf = on[0]
	} else {
		pdf = newPDF(st, date)
	}
	d := &document{kind: kind, pdf: pdf, st: st, x0: st.MarginLeft, w: st.bodyWidth(), words: catalog.For(catalog.English)}
	d.setFont(false, st.SizeBody, st.Ink)
	return d, nil
}

// newPDF is an fpdf instance set up as every document needs it.
func newPDF(st Style, date time.Time) *fpdf.Fpdf {
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "mm",
		Size:    fpdf.SizeType{Wd: st.Paper.Width, Ht: st.Paper.Height},
	})
	pdf.SetMargins(st.MarginLeft, st.MarginTop, st.MarginRight)
	pdf.SetAutoPageBreak(false, st.MarginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCatalogSort(true)
	// Page streams stay uncompressed: fpdf builds a new zlib writer, about
	// a megabyte of tables, for every page, which made a 12-question packet
	// ten times slower under load for a file 2.2 times smaller (83 KB
	// against 184 KB). Fonts are compressed whatever this says.
	pdf.SetCompression(false)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	addFonts(pdf)
	return pdf
}

// paperOrA4 is the paper asked for, or A4 when none is.
func paperOrA4(p Paper) Paper {
	if p.Width == 0 && p.Height == 0 {
		return A4
	}
	return p
}

// text tidies a string of the content for printing and checks that every
// character can be printed, recording a problem against field when one
// cannot. The result is always safe to measure.
func (d *document) text(field, s string) string {
	s = tidyText(s)
	if err := checkPrintable(field, s); err != nil {
		if d.seen == nil {
			d.seen = map[string]bool{}
		}
		if !d.seen[field] {
			d.seen[field] = true
			d.problems = append(d.problems, err)
		}
		return strings.Map(func(r rune) rune {
			if _, bad := unprintable(r); bad {
				return '?'
			}
			return r
		}, s)
	}
	return s
}

// docInfo is what a PDF viewer's document properties and a file search
// show. Its strings are printable text, as text leaves it.
type docInfo struct {
	title, author, subject string
	keywords               []string
	version                string // of the tool that made the document
}

// describe sets the document's properties.
func (d *document) describe(in docInfo) {
	d.pdf.SetTitle(in.title, true)
	if in.author != "" {
		d.pdf.SetAuthor(in.author, true)
	}
	d.pdf.SetSubject(in.subject, true)
	d.pdf.SetCreator("interviewkit", true)
	d.pdf.SetProducer("interviewkit "+strings.TrimSpace(in.version), true)
	d.pdf.SetKeywords(strings.Join(in.keywords, ", "), true)
	d.pdf.SetLang(d.words.Language())
}

// render is the pipeline: it refuses the document if any text could not
// be printed, places the parts on pages, draws each page's frame and boxes
// and writes the PDF to w. Text that cannot be printed and content that
// cannot be laid out are refused before anything is written.
func (d *document) render(w io.Writer, parts []part) error {
	pages, err := d.layout(parts)
	if err != nil {
		return err
	}
	d.drawPages(pages)
	return d.output(w)
}

// layout refuses the document if any text could not be printed, and
// places the parts on pages.
func (d *document) layout(parts []part) ([][]placed, error) {
	if len(d.problems) > 0 {
		return nil, errors.Join(d.problems...)
	}
	pages, err := paginate(parts, d.st.bodyTop(), d.st.bodyBottom())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.kind, err)
	}
	return pages, nil
}

// drawPages adds the laid-out pages to the PDF, each with its frame and
// boxes, numbered from 1.
func (d *document) drawPages(pages [][]placed) {
	for i, page := range pages {
		d.pdf.AddPage()
		d.drawFrame(i+1, len(pages))
		for _, b := range page {
			b.draw(b.y, b.h)
		}
	}
}

// output writes the PDF to w.
func (d *document) output(w io.Writer) error {
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("%s: %w", d.kind, err)
	}
	return nil
}
