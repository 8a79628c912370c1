package layouts

// Tables: a header band and rows whose cells wrap, each row one box, so a
// table runs over pages with its header repeated and no row split. A cell
// is text, or a drawing (a box to write a score in, a tick box, a line to
// write a name on) that says how tall it needs to be.

import "strings"

// column is one column of a table: its header, width and alignment.
type column struct {
	head  string
	w     float64
	align string // "L", "C" or "R"
}

// cell is one cell of a row: text in a face, with optional muted text
// under it, or a drawing in the cell's box.
type cell struct {
	text string
	f    ink
	sub  string // a second paragraph in the small muted face
	draw func(x, y, w, h float64)
	minH float64 // the height the drawing needs
}

// tableHead is a table's header band; it keeps with the first row.
func (d *document) tableHead(cols []column) box {
	st, cellPad := &d.st, d.st.Table.Pad
	f := ink{true, st.SizeLabel, st.Muted}
	lh := d.lh(f)
	lines := make([][]string, len(cols))
	n := 1
	for i, c := range cols {
		lines[i] = d.lines(f, strings.ToUpper(c.head), c.w-2*cellPad)
		n = max(n, len(lines[i]))
	}
	h := float64(n)*lh + 2*cellPad
	return box{h: h, keep: true, draw: func(y, _ float64) {
		d.fill(d.x0, y, d.w, h, st.FillStrong)
		d.use(f)
		x := d.x0
		for i, c := range cols {
			// Headers sit at the bottom of the band, over their column.
			top := y + h - cellPad - float64(len(lines[i]))*lh
			for j, l := range lines[i] {
				d.put(x+cellPad, top+float64(j)*lh, c.w-2*cellPad, lh, l, c.align)
			}
			x += c.w
		}
	}}
}

// tableRow is one row of a table, shaded when shade is true, with a thin
// rule over it; its text sits at the top of the row, as prose reads.
func (d *document) tableRow(cols []column, cells []cell, shade bool) box {
	return d.row(cols, cells, shade, false)
}

// formRow is a row of a form: its text sits in the middle of the row,
// beside the boxes to write in.
func (d *document) formRow(cols []column, cells []cell, shade bool) box {
	return d.row(cols, cells, shade, true)
}

func (d *document) row(cols []column, cells []cell, shade, middle bool) box {
	st, cellPad := &d.st, d.st.Table.Pad
	sf := ink{false, st.SizeFine, st.Muted}
	type laid struct {
		lines, sub []string
		c          cell
	}
	laidOut := make([]laid, len(cols))
	h := 0.0
	for i, c := range cells {
		if i >= len(cols) {
			break
		}
		w := cols[i].w - 2*cellPad
		l := laid{c: c}
		ch := c.minH
		if c.draw == nil {
			l.lines = d.lines(c.f, c.text, w)
			l.sub = d.lines(sf, c.sub, w)
			ch = float64(len(l.lines))*d.lh(c.f) + float64(len(l.sub))*d.lh(sf)
		}
		laidOut[i] = l
		h = max(h, ch)
	}
	h += 2 * cellPad
	return box{h: h, draw: func(y, _ float64) {
		if shade {
			d.fill(d.x0, y, d.w, h, st.Fill)
		}
		d.rule(d.x0, y, d.x0+d.w, st.Rule, st.LineThin)
		x := d.x0
		for i, col := range cols {
			l := laidOut[i]
			cx, cw := x+cellPad, col.w-2*cellPad
			switch {
			case l.c.draw != nil && middle:
				l.c.draw(cx, y+cellPad, cw, h-2*cellPad)
			case l.c.draw != nil:
				l.c.draw(cx, y+cellPad, cw, l.c.minH) // at the top, as text
			default:
				d.use(l.c.f)
				lh := d.lh(l.c.f)
				top := y + cellPad
				if middle {
					top += (h - 2*cellPad - float64(len(l.lines))*lh - float64(len(l.sub))*d.lh(sf)) / 2
				}
				for j, s := range l.lines {
					d.put(cx, top+float64(j)*lh, cw, lh, s, col.align)
				}
				top += float64(len(l.lines)) * lh
				d.use(sf)
				for j, s := range l.sub {
					d.put(cx, top+float64(j)*d.lh(sf), cw, d.lh(sf), s, col.align)
				}
			}
			x += col.w
		}
	}}
}

// writeLine is a cell drawing: a line to write on, for a value nobody
// knew when the document was printed.
func (d *document) writeLine(x, y, w, h float64) {
	d.rule(x, y+h-d.st.Table.WriteRise, x+w-1, d.st.Rule, d.st.LineThin)
}

// scoreBox is a cell drawing: a box to write a score in, centred.
func (d *document) scoreBox(x, y, w, h float64) {
	bw, bh := min(w, d.st.Table.ScoreWidth), min(h, d.st.ScoreBoxes)
	d.scoreCell(x+(w-bw)/2, y+(h-bh)/2, bw, bh, "")
}

// headWidth is the least width of a column whose header is head: its
// longest word in the header face, so no word breaks.
func (d *document) headWidth(head string) float64 {
	ts := &d.st.Table
	d.use(ink{true, d.st.SizeLabel, d.st.Muted})
	w := 0.0
	for _, word := range strings.Fields(strings.ToUpper(head)) {
		w = max(w, d.pdf.GetStringWidth(word))
	}
	return w + 2*ts.Pad + ts.HeadSlack
}

// tick is a cell drawing: a tick box, centred.
func (d *document) tick(x, y, w, h float64) {
	st := &d.st
	s := st.Table.TickBox
	d.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
	d.pdf.SetLineWidth(st.LinePen)
	d.pdf.Rect(x+(w-s)/2, y+(h-s)/2, s, s, "D")
}

// dash is a cell drawing: a short rule, for "not here".
func (d *document) dash(x, y, w, h float64) {
	ts := &d.st.Table
	d.rule(x+w/2-ts.DashHalf, y+h/2, x+w/2+ts.DashHalf, d.st.Rule, ts.DashLine)
}
