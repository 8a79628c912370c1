package layouts

// Drawing primitives of the document: type settings, lines of text put
// where paginate placed them, paragraphs cut into one box per line, rules
// and fills. Every component is built from these.

import "strings"

// ink is a typeface setting: weight, size in points and grey.
type ink struct {
	bold bool
	size float64
	grey int
}

// setFont selects the document's regular or bold face at size points in
// grey. fpdf formats colours anew on every call, so repeats are skipped.
func (d *document) setFont(bold bool, size float64, grey int) {
	if f := (ink{bold, size, grey}); d.current == f {
		return
	} else {
		d.current = f
	}
	style := ""
	if bold {
		style = "B"
	}
	d.pdf.SetFont(fontFamily, style, size)
	d.pdf.SetTextColor(grey, grey, grey)
}

func (d *document) use(f ink) { d.setFont(f.bold, f.size, f.grey) }

// lh is the line height of f in mm.
func (d *document) lh(f ink) float64 { return d.st.lineHeight(f.size) }

// lines wraps s to width w in f.
func (d *document) lines(f ink, s string, w float64) []string {
	d.use(f)
	return wrapText(d.pdf, s, w)
}

// para makes one box per line of s wrapped to width w at x. The lines of
// one paragraph keep together when they can, so a short paragraph is not
// split between pages.
func (d *document) para(f ink, x, w float64, s string, align string) []box {
	ls := d.lines(f, s, w)
	lh := d.lh(f)
	out := make([]box, len(ls))
	for i, l := range ls {
		out[i] = box{h: lh, keep: i < len(ls)-1, draw: func(y, _ float64) {
			d.use(f)
			d.put(x, y, w, lh, l, align)
		}}
	}
	return out
}

// baselineRaise places text in a cell as fpdf's CellFormat does: the
// baseline this many type sizes below the cell's middle.
const baselineRaise = 0.3

// put writes one line of text in the current font in a cell of width w and
// height h with its top left at x, y, aligned "L", "R" or "C"; the text's
// baseline sits where fpdf's CellFormat puts it, at less cost.
func (d *document) put(x, y, w, h float64, s, align string) {
	if s == "" {
		return
	}
	switch align {
	case "R":
		x += w - d.pdf.GetStringWidth(s)
	case "C":
		x += (w - d.pdf.GetStringWidth(s)) / 2
	}
	_, size := d.pdf.GetFontSize()
	d.pdf.Text(x, y+0.5*h+baselineRaise*size, s)
}

// decorate adds drawing to a box, done before the box's own.
func decorate(b *box, fn func(y float64)) {
	draw := b.draw
	b.draw = func(y, h float64) {
		fn(y)
		draw(y, h)
	}
}

// bookmark makes b open an entry of the PDF's outline, at level 0 (top)
// or 1 (under the last top entry), below the document's own entry when it
// is bound into another (document.outline).
func (d *document) bookmark(b *box, title string, level int) {
	decorate(b, func(y float64) { d.pdf.Bookmark(title, d.outline+level, y) })
}

// labelled puts a gutter label left of the first of boxes.
func (d *document) labelled(label string, boxes []box) []box {
	if len(boxes) == 0 {
		return boxes
	}
	f := ink{true, d.st.SizeLabel, d.st.Muted}
	lh := d.lh(f)
	first := boxes[0].h
	decorate(&boxes[0], func(y float64) {
		d.use(f)
		// Align the label's baseline area with the first line of content.
		d.put(d.x0, y+(first-lh)/2, d.st.Gutter-d.st.GutterGap, lh, strings.ToUpper(label), "L")
	})
	return boxes
}

// item is a paragraph with a marker (tick box, bullet) left of its first
// line: the marker at x, the text at x+Indent.
func (d *document) item(f ink, x, w float64, s string, marker func(x, y, lh float64)) []box {
	ind := d.st.Indent
	boxes := d.para(f, x+ind, w-ind, s, "L")
	if len(boxes) > 0 {
		lh := boxes[0].h
		decorate(&boxes[0], func(y float64) { marker(x, y, lh) })
	}
	return boxes
}

// rule draws a horizontal line.
func (d *document) rule(x1, y, x2 float64, grey int, width float64) {
	d.pdf.SetDrawColor(grey, grey, grey)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(x1, y, x2, y)
}

// fill paints a rectangle behind content.
func (d *document) fill(x, y, w, h float64, grey int) {
	d.pdf.SetFillColor(grey, grey, grey)
	d.pdf.Rect(x, y, w, h, "F")
}
