package form

// The rules a Document follows, checked in full before a packet is drawn
// from it and after one is read from a kit folder. Every problem is
// reported, each with the path of the value it concerns.

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/kit"
)

// Limits on what a Document may hold.
const (
	// MaxRows is the most rows a page may have.
	MaxRows = 64
	// MaxOptions is the most options a row may have.
	MaxOptions = 8
	// MaxText is the longest question ID or option value, in bytes.
	MaxText = 100
	// MinPaper and MaxPaper bound the paper's sides, in millimetres.
	MinPaper = 100.0
	MaxPaper = 500.0
	// minMarkSpan is the least share of the paper's width and height the
	// marks must span, so the page is mapped by interpolation between them.
	minMarkSpan = 0.6
)

// Errors callers branch on.
var (
	// ErrInvalid wraps every problem Validate and Decode find.
	ErrInvalid = errors.New("invalid form layout")
	// ErrUnknownKit is what Lookup returns for a code naming a kit it was
	// not given.
	ErrUnknownKit = errors.New("no kit with this ID")
)

// Problem is one thing wrong with a Document.
type Problem struct {
	Path string // where, like pages[2].rows[0].options[1].box
	Msg  string
}

// Error is the problem as "path: message".
func (p Problem) Error() string { return p.Path + ": " + p.Msg }

// Validate reports every problem with d, joined, wrapping ErrInvalid; nil
// when there is none.
func (d *Document) Validate() error {
	return joined(d.Problems())
}

// joined is problems as one error wrapping ErrInvalid; nil for none.
func joined(ps []Problem) error {
	if len(ps) == 0 {
		return nil
	}
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
}

// Problems lists what is wrong with d, in document order.
func (d *Document) Problems() []Problem {
	var v validator
	v.document(d)
	return v.ps
}

type validator struct {
	ps []Problem
}

func (v *validator) add(path, format string, args ...any) {
	v.ps = append(v.ps, Problem{path, fmt.Sprintf(format, args...)})
}

func (v *validator) document(d *Document) {
	if d.Version != Version {
		v.add("version", "contract version %d; this build reads version %d", d.Version, Version)
	}
	if !kit.ValidID(d.KitID) {
		v.add("kit_id", "%q is not a kit ID (four and four characters of Crockford base32)", clip(d.KitID))
	}
	if d.Round < 1 || d.Round > MaxRound {
		v.add("round", "round %d is outside 1-%d", d.Round, MaxRound)
	}
	paperOK := finite(d.Paper.W, d.Paper.H) &&
		d.Paper.W >= MinPaper && d.Paper.W <= MaxPaper && d.Paper.H >= MinPaper && d.Paper.H <= MaxPaper
	if !paperOK {
		v.add("paper", "paper %s x %s mm is outside %g-%g mm", num(d.Paper.W), num(d.Paper.H), MinPaper, MaxPaper)
	}
	switch n := len(d.Pages); {
	case n == 0:
		v.add("pages", "no pages")
	case n > MaxPages:
		v.add("pages", "%d pages; at most %d", n, MaxPages)
		return
	}
	for i := range d.Pages {
		p := &d.Pages[i]
		path := fmt.Sprintf("pages[%d]", i)
		if p.Number < 1 || p.Number > MaxPages {
			v.add(path+".number", "page number %d is outside 1-%d", p.Number, MaxPages)
		} else if i > 0 && p.Number <= d.Pages[i-1].Number {
			v.add(path+".number", "page %d follows page %d; pages go up in order", p.Number, d.Pages[i-1].Number)
		}
		if paperOK {
			v.page(path, p, d.Paper)
		}
	}
}

func (v *validator) page(path string, p *Page, paper Size) {
	sheet := Rect{0, 0, paper.W, paper.H}

	// The code: finite, the right size, on the page with its quiet zone,
	// near a corner.
	codeOK := p.Code.finite()
	switch {
	case !codeOK:
		v.add(path+".code", "not a finite rectangle")
	case math.Abs(p.Code.W-p.Code.H) > 0.01 || p.Code.W < QRSize-0.01 || p.Code.W > 2*QRSize:
		v.add(path+".code", "code is %s x %s mm; it must be square, %g-%g mm", num(p.Code.W), num(p.Code.H), QRSize, 2*QRSize)
		codeOK = false
	case !p.Code.Grow(QRQuiet).Within(sheet):
		v.add(path+".code", "code and its %.2f mm quiet zone run off the page", QRQuiet)
		codeOK = false
	case !inCorner(p.Code, paper):
		v.add(path+".code", "code must lie within %g mm of a page corner", CodeZone)
	}

	// The marks: finite, on the page with their quiet zones, in order and
	// spread over the page.
	marksOK := true
	for i, m := range p.Marks {
		mp := fmt.Sprintf("%s.marks[%d]", path, i)
		switch {
		case !finite(m.X, m.Y):
			v.add(mp, "not a finite point")
			marksOK = false
		case !squareAt(m, MarkSize+2*MarkQuiet).Within(sheet):
			v.add(mp, "mark at (%s, %s) and its quiet zone run off the page", num(m.X), num(m.Y))
			marksOK = false
		case codeOK && squareAt(m, MarkSize+2*MarkQuiet).Overlaps(p.Code.Grow(QRQuiet)):
			v.add(mp, "mark's quiet zone overlaps the code's")
		}
	}
	if marksOK && !marksInOrder(p.Marks, paper) {
		v.add(path+".marks", "marks must be top left, top right, bottom right, bottom left, spanning %.0f%% of the page each way",
			100*minMarkSpan)
		marksOK = false
	}

	if len(p.Rows) > MaxRows {
		v.add(path+".rows", "%d rows; at most %d", len(p.Rows), MaxRows)
		return
	}
	var boxes []Rect
	var boxPaths []string
	for i := range p.Rows {
		r := &p.Rows[i]
		rp := fmt.Sprintf("%s.rows[%d]", path, i)
		v.row(rp, r)
		if len(r.Options) > MaxOptions {
			continue
		}
		for j, o := range r.Options {
			op := fmt.Sprintf("%s.options[%d].box", rp, j)
			b := o.Box
			switch {
			case !b.finite():
				v.add(op, "not a finite rectangle")
				continue
			case b.W < BoxMin || b.H < BoxMin || b.W > BoxMax || b.H > BoxMax:
				v.add(op, "box is %s x %s mm; sides must be %g-%g mm", num(b.W), num(b.H), BoxMin, BoxMax)
				continue
			case !b.Grow(ClearZone).Within(sheet):
				v.add(op, "box and its %g mm clear zone run off the page", ClearZone)
				continue
			case marksOK && !insideQuad(b, p.Marks):
				v.add(op, "box lies outside the registration marks")
			}
			if codeOK && b.Grow(ClearZone).Overlaps(p.Code.Grow(QRQuiet)) {
				v.add(op, "box's clear zone overlaps the code")
			}
			for _, m := range p.Marks {
				if b.Grow(ClearZone).Overlaps(squareAt(m, MarkSize+2*MarkQuiet)) {
					v.add(op, "box's clear zone overlaps a registration mark")
					break
				}
			}
			boxes, boxPaths = v.apart(op, b, boxes, boxPaths)
		}
		if c := r.Correction; c != nil {
			cp := rp + ".correction"
			if v.correction(cp, *c, sheet, p, codeOK, marksOK) {
				boxes, boxPaths = v.apart(cp, *c, boxes, boxPaths)
			}
		}
	}
}

// apart checks box b, at path, lies BoxGap from every box before it on
// the page, and adds it to them.
func (v *validator) apart(path string, b Rect, boxes []Rect, paths []string) ([]Rect, []string) {
	for k, c := range boxes {
		if g := b.Gap(c); g < BoxGap {
			v.add(path, "box is %s mm from %s; boxes must be %g mm apart", num(g), paths[k], BoxGap)
		}
	}
	return append(boxes, b), append(paths, strings.TrimSuffix(path, ".box"))
}

// correction checks a row's correction box: its size, on the page with its
// clear zone, inside the marks and clear of the code and the marks. It
// reports whether the box is sound enough to check against the others.
func (v *validator) correction(path string, c Rect, sheet Rect, p *Page, codeOK, marksOK bool) bool {
	switch {
	case !c.finite():
		v.add(path, "not a finite rectangle")
		return false
	case c.W < BoxMin || c.H < BoxMin || c.W > CorrectionMaxW || c.H > CorrectionMaxH:
		v.add(path, "correction box is %s x %s mm; it must be %g-%g mm wide and %g-%g mm high",
			num(c.W), num(c.H), BoxMin, CorrectionMaxW, BoxMin, CorrectionMaxH)
		return false
	case !c.Grow(ClearZone).Within(sheet):
		v.add(path, "correction box and its %g mm clear zone run off the page", ClearZone)
		return false
	case marksOK && !insideQuad(c, p.Marks):
		v.add(path, "correction box lies outside the registration marks")
	}
	if codeOK && c.Grow(ClearZone).Overlaps(p.Code.Grow(QRQuiet)) {
		v.add(path, "correction box's clear zone overlaps the code")
	}
	for _, m := range p.Marks {
		if c.Grow(ClearZone).Overlaps(squareAt(m, MarkSize+2*MarkQuiet)) {
			v.add(path, "correction box's clear zone overlaps a registration mark")
			break
		}
	}
	return true
}

func (v *validator) row(path string, r *Row) {
	var want []string
	switch r.Kind {
	case Score:
		want = ScoreValues
		if !goodText(r.Question) {
			v.add(path+".question", "question ID %q must be 1-%d printable characters", clip(r.Question), MaxText)
		}
		if r.Number < 1 || r.Number > MaxPages {
			v.add(path+".number", "question number %d is outside 1-%d", r.Number, MaxPages)
		}
	case Recommendation:
		if r.Question != "" || r.Number != 0 {
			v.add(path, "a recommendation row names no question")
		}
		v.labels(path+".options", r.Options)
		return
	default:
		v.add(path+".kind", "unknown row kind %d", int(r.Kind))
		return
	}
	if len(r.Options) > MaxOptions {
		v.add(path+".options", "%d options; at most %d", len(r.Options), MaxOptions)
		return
	}
	got := make([]string, len(r.Options))
	for i, o := range r.Options {
		got[i] = o.Value
	}
	if !slices.Equal(got, want) {
		v.add(path+".options", "options are %s; a %s row offers %s, in that order", quoteAll(got), r.Kind, quoteAll(want))
	}
}

// labels checks a recommendation row's options: the team's labels, at
// least two, each printable and none twice.
func (v *validator) labels(path string, os []Option) {
	switch {
	case len(os) < 2:
		v.add(path, "%d options; a recommendation row offers at least 2", len(os))
		return
	case len(os) > MaxOptions:
		v.add(path, "%d options; at most %d", len(os), MaxOptions)
		return
	}
	seen := map[string]bool{}
	for i, o := range os {
		switch {
		case !goodText(o.Value):
			v.add(fmt.Sprintf("%s[%d].value", path, i), "label %q must be 1-%d printable characters", clip(o.Value), MaxText)
		case seen[strings.ToLower(o.Value)]:
			v.add(fmt.Sprintf("%s[%d].value", path, i), "label %q is offered twice", clip(o.Value))
		}
		seen[strings.ToLower(o.Value)] = true
	}
}

// inCorner reports whether r lies within CodeZone of a corner of the paper.
func inCorner(r Rect, paper Size) bool {
	for _, c := range []Rect{
		{0, 0, CodeZone, CodeZone},
		{paper.W - CodeZone, 0, CodeZone, CodeZone},
		{0, paper.H - CodeZone, CodeZone, CodeZone},
		{paper.W - CodeZone, paper.H - CodeZone, CodeZone, CodeZone},
	} {
		if r.Within(c) {
			return true
		}
	}
	return false
}

// marksInOrder checks the marks go clockwise from the top left and span
// most of the page.
func marksInOrder(m [4]Point, paper Size) bool {
	tl, tr, br, bl := m[0], m[1], m[2], m[3]
	if !(tl.X < tr.X && bl.X < br.X && tl.Y < bl.Y && tr.Y < br.Y) {
		return false
	}
	w := math.Min(tr.X-tl.X, br.X-bl.X)
	h := math.Min(bl.Y-tl.Y, br.Y-tr.Y)
	if w < minMarkSpan*paper.W || h < minMarkSpan*paper.H {
		return false
	}
	// Convex, turning the same way at every corner.
	for i := range 4 {
		a, b, c := m[i], m[(i+1)%4], m[(i+2)%4]
		if (b.X-a.X)*(c.Y-b.Y)-(b.Y-a.Y)*(c.X-b.X) <= 0 {
			return false
		}
	}
	return true
}

// insideQuad reports whether every corner of r is inside the convex
// quadrilateral of the marks.
func insideQuad(r Rect, m [4]Point) bool {
	for _, p := range []Point{{r.X, r.Y}, {r.X + r.W, r.Y}, {r.X + r.W, r.Y + r.H}, {r.X, r.Y + r.H}} {
		for i := range 4 {
			a, b := m[i], m[(i+1)%4]
			if (b.X-a.X)*(p.Y-a.Y)-(b.Y-a.Y)*(p.X-a.X) < 0 {
				return false
			}
		}
	}
	return true
}

// goodText is a non-empty, short, printable single line.
func goodText(s string) bool {
	if s == "" || len(s) > MaxText || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", clip(s))
	}
	return "[" + strings.Join(q, " ") + "]"
}

// num prints a length for a message: up to two decimals, and non-finite
// values by name.
func num(f float64) string {
	if !finite(f) {
		return fmt.Sprint(f)
	}
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}
