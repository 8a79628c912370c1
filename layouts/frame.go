package layouts

// The page frame: what the base draws on every page around the body, from
// a description each kind of document gives. The header and footer say
// whose document it is and which page of how many; furniture is whatever
// else every page must carry outside the flow of parts, such as marks and
// a page code for a scanner.
//
// Header fields are the only text ever shortened, with an ellipsis; the
// page number is never shortened.

import "github.com/interviewkit/interviewkit/kit/catalog"

// runningHead describes a document's header and footer: in the header a
// name (bold, on the left), a title (muted, after it) and an ID (bold, on
// the right); in the footer a note (muted, on the left), with "Page X of Y"
// on the right. All are printable text, as document.text leaves it.
// reserve keeps that many millimetres at the header's right end clear of
// text and rule, for furniture there (a packet's page code).
type runningHead struct {
	name, title, id, note string
	reserve               float64
}

// furniture is drawn by the base on every page, after the header and
// footer, in the margins or over the body: a kind of document adds it to
// document.furniture to have it on each page.
type furniture interface {
	drawPage(d *document, page, pages int)
}

// drawFrame draws the header, footer and furniture of page n of total.
func (d *document) drawFrame(n, total int) {
	st, fs, pdf := &d.st, &d.st.Frame, d.pdf
	right := d.x0 + d.w
	lh := st.lineHeight(st.SizeHeader)
	y := st.MarginTop

	// Header: name on the left, title in the middle, ID on the right, all
	// left of the room reserved for furniture.
	hw := d.w - d.head.reserve
	d.setFont(true, st.SizeHeader, st.Ink)
	idW := pdf.GetStringWidth(d.head.id)
	d.put(d.x0+hw-idW, y, idW, lh, d.head.id, "R")
	nameW := (hw - idW) * fs.NameShare
	d.put(d.x0, y, nameW, lh, fitText(pdf, d.head.name, nameW-fs.Space), "L")
	d.setFont(false, st.SizeHeader, st.Muted)
	titleW := hw - idW - nameW - fs.Space
	d.put(d.x0+nameW, y, titleW, lh, fitText(pdf, d.head.title, titleW), "L")
	ruleY := st.MarginTop + st.HeaderHeight - fs.RuleRise
	d.rule(d.x0, ruleY, d.x0+hw, st.Rule, st.LineThin)

	// Footer: the note on the left, page number on the right.
	fy := st.Paper.Height - st.MarginBottom - lh
	d.rule(d.x0, fy-fs.FootRule, right, st.Rule, st.LineThin)
	page := d.words.T(catalog.PageOf, n, total)
	d.setFont(true, st.SizeFooter, st.Ink)
	pw := pdf.GetStringWidth(page)
	d.put(right-pw, fy, pw, lh, page, "R")
	d.setFont(false, st.SizeFooter, st.Muted)
	d.put(d.x0, fy, d.w-pw-fs.Space, lh, fitText(pdf, d.head.note, d.w-pw-fs.Space), "L")

	for _, f := range d.furniture {
		f.drawPage(d, n, total)
	}
}
