package scan

import (
	"errors"
	"fmt"
	"image"

	"github.com/interviewkit/interviewkit/internal/geom"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// Lookup finds the layout of the page a code names, from the kit folders
// the scan was given (form.Lookup makes one from Documents). Its error
// says why a page cannot be placed, for the person reading the report.
type Lookup func(form.Code) (*form.Page, error)

// PageStatus says how far reading a page got.
type PageStatus int

// How far reading a page got.
const (
	// PageRead: the page was placed and every row decided (each row may
	// still need review).
	PageRead PageStatus = iota
	// PageNoCode: no interviewkit page code was found: a blank page, a CV,
	// a cover sheet. Listed and skipped, not an error.
	PageNoCode
	// PageUnknown: the code was read but names no page of the kits given,
	// or comes from a contract version this build cannot read.
	PageUnknown
	// PageUnplaced: the page is known but could not be laid onto the image
	// (a registration mark is missing or covered); its rows are not read
	// and a person must enter them.
	PageUnplaced
)

// String names the status for a report.
func (s PageStatus) String() string {
	return [...]string{"read", "no code", "unknown", "unplaced"}[s]
}

// PageResult is what was read from one page image.
type PageResult struct {
	Status   PageStatus
	Reason   string    // why the page was not read, for a person; empty when read
	Code     form.Code // the page code, unless Status is PageNoCode
	Rotation int       // how far the page is turned clockwise in the image: 0, 90, 180 or 270
	Rows     []RowResult

	toImage geom.H // page millimetres to image pixels, when placed
	placed  bool
	layout  *form.Page
	size    image.Point
}

// RowResult is what was read from one row.
type RowResult struct {
	Kind     form.RowKind
	Question string // question ID of a score row
	Number   int    // question number as printed
	Label    string // "Q3" or "Recommendation"
	State    RowState
	Value    string      // the option marked, when State is Scored
	Reason   string      // why a person must look, when State is Review
	Options  []OptionInk // the evidence, option by option
	// Correction is the evidence in the row's correction box, when it has
	// one: any ink there sends the row to review.
	Correction *OptionInk
}

// ImagePoint maps a point on the page (millimetres) to the page image
// (pixels), for drawing over the image; false when the page was not placed.
func (r *PageResult) ImagePoint(p form.Point) (x, y float64, ok bool) {
	if !r.placed {
		return 0, 0, false
	}
	q := r.toImage.Apply(geom.Pt{X: p.X, Y: p.Y})
	return q.X, q.Y, true
}

// ErrNoImage is returned by ReadPage for a nil or empty image.
var ErrNoImage = errors.New("scan: no image")

// ReadPage reads one page image: finds its code, asks lookup for its
// layout, places the page by its registration marks and reads every row.
// A page that cannot be read is a result with a status and a reason, not
// an error; the error is for an image that is not there at all.
func ReadPage(img image.Image, lookup Lookup) (res PageResult, err error) {
	if img == nil || img.Bounds().Empty() {
		return PageResult{}, ErrNoImage
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = PageResult{}, fmt.Errorf("scan: reading the page failed: %v", r)
		}
	}()
	g := toGray(img)
	res.size = g.Rect.Size()
	hit, ok := findCode(g)
	if !ok {
		return PageResult{Status: PageNoCode, Reason: "no page code found", size: res.size}, nil
	}
	code, err := form.ParseCode(hit.text)
	switch {
	case errors.Is(err, form.ErrVersion):
		return PageResult{Status: PageUnknown, Reason: fmt.Sprintf("page code %q: %v; read it with a newer interviewkit",
			clean(hit.text, 40), err), size: res.size}, nil
	case err != nil:
		return PageResult{Status: PageNoCode, Reason: "a QR code that is not an interviewkit page code", size: res.size}, nil
	}
	res.Code = code
	res.Rotation = hit.rotation()
	page, err := lookup(code)
	if err != nil || page == nil {
		res.Status = PageUnknown
		res.Reason = fmt.Sprintf("page %s: not in the kits given", code)
		if err != nil {
			res.Reason = fmt.Sprintf("page %s: %v", code, err)
		}
		return res, nil
	}
	h, why := locate(g, page, hit)
	if why != "" {
		res.Status = PageUnplaced
		res.Reason = why
		res.Rows = unread(page.Rows, "page not placed: "+why)
		return res, nil
	}
	res.toImage, res.placed, res.layout = h, true, page
	s := sampler{g: g, h: h, scale: h.Scale(geom.Pt{X: page.Marks[0].X, Y: page.Marks[0].Y})}
	res.Rows = make([]RowResult, len(page.Rows))
	for i := range page.Rows {
		res.Rows[i] = s.readRow(&page.Rows[i])
	}
	return res, nil
}

// readRow measures and decides one row.
func (s *sampler) readRow(r *form.Row) RowResult {
	out := rowHead(r)
	off, ok := s.snapRow(r)
	if !ok {
		out.State, out.Reason = Review, "boxes not found where the page says"
		return out
	}
	out.Options = make([]OptionInk, len(r.Options))
	for i, o := range r.Options {
		fill, trace, ring, ok := s.measureBox(o.Box, off)
		if !ok {
			out.Options = nil
			out.State, out.Reason = Review, "row runs off the image"
			return out
		}
		out.Options[i] = OptionInk{Value: o.Value, Fill: fill, Trace: trace, Ring: ring}
	}
	if r.Correction != nil {
		fill, trace, _, ok := s.measureBox(*r.Correction, off)
		if !ok {
			out.State, out.Reason = Review, "the "+form.CorrectionLabel+" box runs off the image"
			return out
		}
		// A ring means nothing around a box written in: only its inside
		// counts.
		out.Correction = &OptionInk{Value: form.CorrectionLabel, Fill: fill, Trace: trace}
	}
	out.State, out.Value, out.Reason = decide(out.Options, out.Correction)
	return out
}

func rowHead(r *form.Row) RowResult {
	return RowResult{Kind: r.Kind, Question: r.Question, Number: r.Number, Label: r.Label()}
}

// unread lists rows that could not be read, all for review.
func unread(rows []form.Row, why string) []RowResult {
	out := make([]RowResult, len(rows))
	for i := range rows {
		out[i] = rowHead(&rows[i])
		out[i].State, out[i].Reason = Review, why
	}
	return out
}
