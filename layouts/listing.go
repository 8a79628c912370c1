package layouts

// A code listing on paper: a title bar with the listing's title (its file)
// and language, then one row per line in a frame, the line's number in a
// shaded column on the left and the code in Liberation Mono, emphasised by
// highlight.go. The packet and the handout draw a listing with this one
// component, so a line has the same number on both.
//
// Rules: code prints as written, every space kept; a line wider than the
// listing wraps at its last column onto rows of its own, each marked in the
// numbers' column with a continuation arrow, and keeps its one number; the
// rows chain (keep), so a listing shorter than a page never splits, and a
// longer one runs on to the next page with its numbers.

import (
	"fmt"
	"strconv"
	"sync"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/interviewkit/interviewkit/kit"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// ListingColumns is how many characters of code a listing line holds on
// the style's paper, with three-digit line numbers: the width rule that
// kit.MaxListingColumns must keep within.
func ListingColumns(st Style) int {
	return st.listingGeometry(st.MarginLeft, st.bodyWidth(), 3).cols
}

// monoAdvance is the width of every character of Liberation Mono, in ems.
var monoAdvance = sync.OnceValue(func() float64 {
	f, err := sfnt.Parse(liberationmonoregular.TTF)
	if err != nil {
		return 0.6 // the face's design width; the font parses in every test
	}
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	g, err := f.GlyphIndex(&buf, '0')
	if err != nil {
		return 0.6
	}
	adv, err := f.GlyphAdvance(&buf, g, fixed.I(int(upem)), font.HintingNone)
	if err != nil {
		return 0.6
	}
	return float64(adv) / 64 / float64(upem)
})

// listingGeom is where a listing's parts go across the page.
type listingGeom struct {
	x, w  float64 // the frame
	numW  float64 // the numbers' column, its padding and gap included
	codeX float64 // where the code starts
	charW float64 // the width of one character of code
	cols  int     // characters of code a row holds
}

// listingGeometry lays a listing out at x, w wide, numbered with digits.
func (st *Style) listingGeometry(x, w float64, digits int) listingGeom {
	ls := &st.Listing
	numChar := monoAdvance() * ls.NumberSize * ptToMM
	g := listingGeom{x: x, w: w, charW: monoAdvance() * ls.Size * ptToMM}
	g.numW = ls.PadX + float64(digits)*numChar + ls.NumberGap
	g.codeX = x + g.numW
	g.cols = int((w - g.numW - ls.PadX) / g.charW)
	return g
}

// listing lays out listing n (from 1) of a question, field naming the
// question in problems, at x, w wide.
func (d *document) listing(field string, n int, l kit.Listing, x, w float64) []box {
	st, ls := &d.st, &d.st.Listing
	d.addMono()
	field = fmt.Sprintf("%s listing %d", field, n)
	lines := highlight(l.Language, l.Text)
	g := st.listingGeometry(x, w, max(ls.Digits, len(strconv.Itoa(len(lines)))))
	lh := ls.Size * ls.Leading * ptToMM
	boxes := []box{d.listingTitle(field, l, g)}
	for i, line := range lines {
		where := fmt.Sprintf("%s line %d", field, i+1)
		for j, row := range wrapSpans(d.codeSpans(where, line), g.cols) {
			num := ""
			if j == 0 {
				num = strconv.Itoa(i + 1)
			}
			boxes = append(boxes, d.listingRow(g, num, j > 0, row, lh))
		}
	}
	last := len(boxes) - 1
	for i := range boxes {
		boxes[i].keep = i < last
	}
	// The first row opens the code with padding, the last closes the frame.
	first := &boxes[1]
	draw := first.draw
	first.h += ls.PadY
	first.draw = func(y, h float64) {
		d.listingSides(g, y, ls.PadY)
		draw(y+ls.PadY, h-ls.PadY)
	}
	end := &boxes[last]
	drawEnd := end.draw
	end.h += ls.PadY
	end.draw = func(y, h float64) {
		drawEnd(y, h-ls.PadY)
		d.listingSides(g, y+h-ls.PadY, ls.PadY)
		d.rule(g.x, y+h, g.x+g.w, st.Rule, ls.Frame)
	}
	return boxes
}

// listingTitle is the bar over a listing: its title in the code's face on
// the left, its language on the right.
func (d *document) listingTitle(field string, l kit.Listing, g listingGeom) box {
	st, ls := &d.st, &d.st.Listing
	title := d.code(field+" title", l.Title)
	lang := l.Language
	if lg, ok := kit.LanguageNamed(l.Language); ok {
		lang = lg.Title
	}
	lang = d.text(field+" language", lang)
	langF := ink{false, ls.TitleSize, st.Muted}
	d.use(langF)
	langW := d.pdf.GetStringWidth(lang)
	lh := st.lineHeight(ls.TitleSize)
	h := lh + 2*ls.TitlePad
	titleCols := max(1, int((g.w-2*ls.PadX-langW-ls.NumberGap)/(monoAdvance()*ls.TitleSize*ptToMM)))
	if utf8.RuneCountInString(title) > titleCols {
		title = string([]rune(title)[:titleCols-1]) + ellipsis
	}
	return box{h: h, draw: func(y, _ float64) {
		d.fill(g.x, y, g.w, h, st.Fill)
		d.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
		d.pdf.SetLineWidth(ls.Frame)
		d.pdf.Rect(g.x, y, g.w, h, "D")
		d.useMono(true, ls.TitleSize, st.Ink)
		d.put(g.x+ls.PadX, y+ls.TitlePad, g.w, lh, title, "L")
		d.use(langF)
		d.put(g.x+g.w-ls.PadX-langW, y+ls.TitlePad, langW, lh, lang, "L")
	}}
}

// listingSides draws the frame's sides and the numbers' shading beside h
// of a listing from y.
func (d *document) listingSides(g listingGeom, y, h float64) {
	st, ls := &d.st, &d.st.Listing
	d.fill(g.x, y, g.numW-ls.NumberGap/2, h, ls.NumberFill)
	d.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
	d.pdf.SetLineWidth(ls.Frame)
	d.pdf.Line(g.x, y, g.x, y+h)
	d.pdf.Line(g.x+g.w, y, g.x+g.w, y+h)
}

// listingRow is one row of a listing: the line's number, or the mark of a
// continued line, and its code.
func (d *document) listingRow(g listingGeom, num string, cont bool, row []span, lh float64) box {
	st, ls := &d.st, &d.st.Listing
	return box{h: lh, draw: func(y, h float64) {
		d.listingSides(g, y, h)
		right := g.x + g.numW - ls.NumberGap
		if num != "" {
			d.useMono(false, ls.NumberSize, ls.NumberGrey)
			d.put(g.x, y, right-g.x, lh, num, "R")
		}
		if cont {
			d.continuationMark(right, y, lh)
		}
		col := 0
		for _, sp := range row {
			switch sp.kind {
			case tokKeyword:
				d.useMono(true, ls.Size, st.Ink)
			case tokComment:
				d.useMono(false, ls.Size, ls.CommentGrey)
			default:
				d.useMono(false, ls.Size, st.Ink)
			}
			d.put(g.codeX+float64(col)*g.charW, y, g.w, lh, sp.text, "L")
			col += utf8.RuneCountInString(sp.text)
		}
	}}
}

// continuationMark draws a hooked arrow ending at right, in a row from y
// lh tall: the row goes on with the line above.
func (d *document) continuationMark(right, y, lh float64) {
	ls := &d.st.Listing
	g := ls.NumberGrey
	left := right - ls.MarkWidth
	mid := y + lh*0.62
	d.pdf.SetDrawColor(g, g, g)
	d.pdf.SetLineWidth(ls.MarkLine)
	d.pdf.Line(left, y+lh*0.2, left, mid)
	d.pdf.Line(left, mid, right-ls.MarkHead, mid)
	d.pdf.SetFillColor(g, g, g)
	d.pdf.Polygon([]fpdf.PointType{{X: right - ls.MarkHead, Y: mid - ls.MarkHead/1.4}, {X: right, Y: mid},
		{X: right - ls.MarkHead, Y: mid + ls.MarkHead/1.4}}, "F")
}

// useMono selects the listings' regular or bold face. It leaves the
// document's record of its font unset, so the next setFont sets its own.
func (d *document) useMono(bold bool, size float64, grey int) {
	style := ""
	if bold {
		style = "B"
	}
	d.pdf.SetFont(monoFamily, style, size)
	d.pdf.SetTextColor(grey, grey, grey)
	d.current = ink{}
}

// code checks a piece of code for characters the monospace faces cannot
// print, recording a problem against field as text does, and returns it
// with each such character as "?", so its columns stay as they are.
func (d *document) code(field, s string) string {
	bad := false
	out := []rune(s)
	for i, r := range out {
		why, no := unprintableCode(r)
		if !no {
			continue
		}
		if !bad {
			d.refuse(field, &UnprintableError{Field: field, Char: r, Reason: why})
		}
		bad = true
		out[i] = '?'
	}
	if !bad {
		return s
	}
	return string(out)
}

// refuse records err, a problem with field, once per field.
func (d *document) refuse(field string, err error) {
	if d.seen == nil {
		d.seen = map[string]bool{}
	}
	if !d.seen[field] {
		d.seen[field] = true
		d.problems = append(d.problems, err)
	}
}

// codeSpans is a line's spans through code.
func (d *document) codeSpans(field string, line []span) []span {
	out := make([]span, len(line))
	for i, sp := range line {
		out[i] = span{sp.kind, d.code(field, sp.text)}
	}
	return out
}

// wrapSpans cuts a line's spans into rows of at most cols characters; an
// empty line is one empty row.
func wrapSpans(line []span, cols int) [][]span {
	cols = max(cols, 1)
	rows := [][]span{nil}
	n := 0
	for _, sp := range line {
		text := sp.text
		for text != "" {
			if n == cols {
				rows = append(rows, nil)
				n = 0
			}
			take, i := 0, 0
			for i < len(text) && take < cols-n {
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
				take++
			}
			rows[len(rows)-1] = append(rows[len(rows)-1], span{sp.kind, text[:i]})
			n += take
			text = text[i:]
		}
	}
	return rows
}
