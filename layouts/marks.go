package layouts

// Marks: the small drawings a person ticks, circles or reads as a sign,
// and the ruled lines and boxes they write in. Each draws at a place given
// to it; the measures are the style's.

import "codeberg.org/go-pdf/fpdf"

// lineSlack lets the last writing line sit exactly on the bottom of its
// room despite rounding.
const lineSlack = 0.01

// tickBox draws an empty square to tick, centred on a line.
func (d *document) tickBox(x, y, lh float64) {
	st := &d.st
	s := st.TickBox
	d.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
	d.pdf.SetLineWidth(st.LinePen)
	d.pdf.Rect(x+st.Marks.TickInset, y+(lh-s)/2, s, s, "D")
}

// probeMark draws a small arrow head: a probe to ask next.
func (d *document) probeMark(x, y, lh float64) {
	m := &d.st.Marks
	c := y + lh/2
	g := d.st.Muted
	d.pdf.SetFillColor(g, g, g)
	d.pdf.Polygon([]fpdf.PointType{{X: x + m.ProbeBack, Y: c - m.ProbeHalf}, {X: x + m.ProbeTip, Y: c}, {X: x + m.ProbeBack, Y: c + m.ProbeHalf}}, "F")
}

// flagMark draws a small cross: an answer that should worry.
func (d *document) flagMark(x, y, lh float64) {
	m := &d.st.Marks
	c := y + lh/2
	a := m.FlagArm
	d.pdf.SetDrawColor(d.st.Ink, d.st.Ink, d.st.Ink)
	d.pdf.SetLineWidth(m.FlagLine)
	d.pdf.Line(x+m.FlagCentre-a, c-a, x+m.FlagCentre+a, c+a)
	d.pdf.Line(x+m.FlagCentre-a, c+a, x+m.FlagCentre+a, c-a)
}

// bulletMark draws a small dot.
func (d *document) bulletMark(x, y, lh float64) {
	g := d.st.Ink
	d.pdf.SetFillColor(g, g, g)
	d.pdf.Circle(x+d.st.Marks.BulletX, y+lh/2, d.st.Marks.BulletR, "F")
}

// badge draws a letter or number in a circle centred at cx, cy: the marks
// an interviewer circles on a scale.
func (d *document) badge(cx, cy, r float64, s string, size float64, filled bool) {
	st := &d.st
	g := st.Ink
	d.pdf.SetDrawColor(g, g, g)
	d.pdf.SetLineWidth(st.LinePen)
	style := "D"
	if filled {
		d.pdf.SetFillColor(st.FillStrong, st.FillStrong, st.FillStrong)
		style = "FD"
	}
	d.pdf.Circle(cx, cy, r, style)
	f := ink{true, size, st.Ink}
	d.use(f)
	lh := d.lh(f)
	d.put(cx-r, cy-lh/2, 2*r, lh, s, "C")
}

// writingLines draws ruled lines every NoteLine from y down to y+h, from x1
// to x2: room to write by hand.
func (d *document) writingLines(x1, x2, y, h float64) {
	g := d.st.Faint
	d.pdf.SetDrawColor(g, g, g)
	d.pdf.SetLineWidth(d.st.LineThin)
	for ly := y + d.st.NoteLine; ly <= y+h+lineSlack; ly += d.st.NoteLine {
		d.pdf.Line(x1, ly, x2, ly)
	}
}

// scoreCell is a box to write a score in, with a small label in its corner.
func (d *document) scoreCell(x, y, w, h float64, label string) {
	st, m := &d.st, &d.st.Marks
	d.fill(x, y, w, h, st.White)
	d.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
	d.pdf.SetLineWidth(st.LinePen)
	d.pdf.Rect(x, y, w, h, "D")
	if label != "" {
		f := ink{false, st.SizeCellLabel, st.Muted}
		d.use(f)
		d.put(x+m.CellInsetX, y+m.CellInsetY, w-2*m.CellInsetX, d.lh(f), label, "L")
	}
}
