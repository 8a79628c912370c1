package layouts

// Boxes the packet is built from: lines of wrapped text, tick boxes,
// bullets, gutter labels and writing lines. Each is measured when built and
// drawn later where paginate put it.

import (
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// ink is a typeface setting: weight, size in points and grey.
type ink struct {
	bold bool
	size float64
	grey int
}

func (p *packet) use(f ink) { p.setFont(f.bold, f.size, f.grey) }

// lh is the line height of f in mm.
func (p *packet) lh(f ink) float64 { return p.st.lineHeight(f.size) }

// lines wraps s to width w in f.
func (p *packet) lines(f ink, s string, w float64) []string {
	p.use(f)
	return wrapText(p.pdf, s, w)
}

// para makes one box per line of s wrapped to width w at x. The lines of
// one paragraph keep together when they can, so a short paragraph is not
// split between pages.
func (p *packet) para(f ink, x, w float64, s string, align string) []box {
	ls := p.lines(f, s, w)
	lh := p.lh(f)
	out := make([]box, len(ls))
	for i, l := range ls {
		out[i] = box{h: lh, keep: i < len(ls)-1, draw: func(y, _ float64) {
			p.use(f)
			p.put(x, y, w, lh, l, align)
		}}
	}
	return out
}

// put writes one line of text in the current font in a cell of width w and
// height h with its top left at x, y, aligned "L", "R" or "C"; the text's
// baseline sits where fpdf's CellFormat puts it, at less cost.
func (p *packet) put(x, y, w, h float64, s, align string) {
	if s == "" {
		return
	}
	switch align {
	case "R":
		x += w - p.pdf.GetStringWidth(s)
	case "C":
		x += (w - p.pdf.GetStringWidth(s)) / 2
	}
	_, size := p.pdf.GetFontSize()
	p.pdf.Text(x, y+0.5*h+0.3*size, s)
}

// decorate adds drawing to a box, done before the box's own.
func decorate(b *box, fn func(y float64)) {
	draw := b.draw
	b.draw = func(y, h float64) {
		fn(y)
		draw(y, h)
	}
}

// labelled puts a gutter label left of the first of boxes.
func (p *packet) labelled(label string, boxes []box) []box {
	if len(boxes) == 0 {
		return boxes
	}
	f := ink{true, p.st.SizeLabel, p.st.Muted}
	lh := p.lh(f)
	first := boxes[0].h
	decorate(&boxes[0], func(y float64) {
		p.use(f)
		// Align the label's baseline area with the first line of content.
		p.put(p.x0, y+(first-lh)/2, p.st.Gutter-2, lh, strings.ToUpper(label), "L")
	})
	return boxes
}

// item is a paragraph with a marker (tick box, bullet) left of its first
// line: the marker at x, the text at x+Indent.
func (p *packet) item(f ink, x, w float64, s string, marker func(x, y, lh float64)) []box {
	ind := p.st.Indent
	boxes := p.para(f, x+ind, w-ind, s, "L")
	if len(boxes) > 0 {
		lh := boxes[0].h
		decorate(&boxes[0], func(y float64) { marker(x, y, lh) })
	}
	return boxes
}

// tickBox draws an empty square to tick, centred on a line.
func (p *packet) tickBox(x, y, lh float64) {
	s := p.st.TickBox
	p.pdf.SetDrawColor(p.st.Ink, p.st.Ink, p.st.Ink)
	p.pdf.SetLineWidth(0.3)
	p.pdf.Rect(x+0.3, y+(lh-s)/2, s, s, "D")
}

// probeMark draws a small arrow head: a probe to ask next.
func (p *packet) probeMark(x, y, lh float64) {
	c := y + lh/2
	g := p.st.Muted
	p.pdf.SetFillColor(g, g, g)
	p.pdf.Polygon([]fpdf.PointType{{X: x + 0.8, Y: c - 1.4}, {X: x + 3, Y: c}, {X: x + 0.8, Y: c + 1.4}}, "F")
}

// flagMark draws a small cross: an answer that should worry.
func (p *packet) flagMark(x, y, lh float64) {
	c := y + lh/2
	d := 1.3
	p.pdf.SetDrawColor(p.st.Ink, p.st.Ink, p.st.Ink)
	p.pdf.SetLineWidth(0.45)
	p.pdf.Line(x+2-d, c-d, x+2+d, c+d)
	p.pdf.Line(x+2-d, c+d, x+2+d, c-d)
}

// bulletMark draws a small dot.
func (p *packet) bulletMark(x, y, lh float64) {
	g := p.st.Ink
	p.pdf.SetFillColor(g, g, g)
	p.pdf.Circle(x+1.6, y+lh/2, 0.6, "F")
}

// badge draws a letter or number in a circle centred at cx, cy: the marks
// an interviewer circles on a scale.
func (p *packet) badge(cx, cy, r float64, s string, size float64, filled bool) {
	g := p.st.Ink
	p.pdf.SetDrawColor(g, g, g)
	p.pdf.SetLineWidth(0.3)
	style := "D"
	if filled {
		p.pdf.SetFillColor(p.st.FillStrong, p.st.FillStrong, p.st.FillStrong)
		style = "FD"
	}
	p.pdf.Circle(cx, cy, r, style)
	f := ink{true, size, p.st.Ink}
	p.use(f)
	lh := p.lh(f)
	p.put(cx-r, cy-lh/2, 2*r, lh, s, "C")
}

// writingLines draws ruled lines every NoteLine from y down to y+h, from x1
// to x2: room to write by hand.
func (p *packet) writingLines(x1, x2, y, h float64) {
	g := p.st.Faint
	p.pdf.SetDrawColor(g, g, g)
	p.pdf.SetLineWidth(p.st.LineThin)
	for ly := y + p.st.NoteLine; ly <= y+h+0.01; ly += p.st.NoteLine {
		p.pdf.Line(x1, ly, x2, ly)
	}
}

// fill paints a light rectangle behind content.
func (p *packet) fill(x, y, w, h float64, grey int) {
	p.pdf.SetFillColor(grey, grey, grey)
	p.pdf.Rect(x, y, w, h, "F")
}
