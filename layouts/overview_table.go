package layouts

// Tables of the overview: a header band and rows whose cells wrap, each row
// one box, so a table runs over pages with its header repeated and no row
// split. A cell is text, or a drawing (a box to write a score in, a tick
// box, a line to write a name on) that says how tall it needs to be.

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

// cellPad is the inner padding of a table cell.
const cellPad = 1.2

// tableHead is a table's header band; it keeps with the first row.
func (o *overview) tableHead(cols []column) box {
	st := &o.st
	f := ink{true, st.SizeLabel, st.Muted}
	lh := o.lh(f)
	lines := make([][]string, len(cols))
	n := 1
	for i, c := range cols {
		lines[i] = o.lines(f, strings.ToUpper(c.head), c.w-2*cellPad)
		n = max(n, len(lines[i]))
	}
	h := float64(n)*lh + 2*cellPad
	return box{h: h, keep: true, draw: func(y, _ float64) {
		o.fill(o.x0, y, o.w, h, st.FillStrong)
		o.use(f)
		x := o.x0
		for i, c := range cols {
			// Headers sit at the bottom of the band, over their column.
			top := y + h - cellPad - float64(len(lines[i]))*lh
			for j, l := range lines[i] {
				o.put(x+cellPad, top+float64(j)*lh, c.w-2*cellPad, lh, l, c.align)
			}
			x += c.w
		}
	}}
}

// tableRow is one row of a table, shaded when shade is true, with a thin
// rule over it; its text sits at the top of the row, as prose reads.
func (o *overview) tableRow(cols []column, cells []cell, shade bool) box {
	return o.row(cols, cells, shade, false)
}

// formRow is a row of a form: its text sits in the middle of the row,
// beside the boxes to write in.
func (o *overview) formRow(cols []column, cells []cell, shade bool) box {
	return o.row(cols, cells, shade, true)
}

func (o *overview) row(cols []column, cells []cell, shade, middle bool) box {
	st := &o.st
	sf := ink{false, st.SizeSmall - 0.5, st.Muted}
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
			l.lines = o.lines(c.f, c.text, w)
			l.sub = o.lines(sf, c.sub, w)
			ch = float64(len(l.lines))*o.lh(c.f) + float64(len(l.sub))*o.lh(sf)
		}
		laidOut[i] = l
		h = max(h, ch)
	}
	h += 2 * cellPad
	return box{h: h, draw: func(y, _ float64) {
		if shade {
			o.fill(o.x0, y, o.w, h, st.Fill)
		}
		o.rule(o.x0, y, o.x0+o.w, st.Rule, st.LineThin)
		x := o.x0
		for i, col := range cols {
			l := laidOut[i]
			cx, cw := x+cellPad, col.w-2*cellPad
			switch {
			case l.c.draw != nil && middle:
				l.c.draw(cx, y+cellPad, cw, h-2*cellPad)
			case l.c.draw != nil:
				l.c.draw(cx, y+cellPad, cw, l.c.minH) // at the top, as text
			default:
				o.use(l.c.f)
				lh := o.lh(l.c.f)
				top := y + cellPad
				if middle {
					top += (h - 2*cellPad - float64(len(l.lines))*lh - float64(len(l.sub))*o.lh(sf)) / 2
				}
				for j, s := range l.lines {
					o.put(cx, top+float64(j)*lh, cw, lh, s, col.align)
				}
				top += float64(len(l.lines)) * lh
				o.use(sf)
				for j, s := range l.sub {
					o.put(cx, top+float64(j)*o.lh(sf), cw, o.lh(sf), s, col.align)
				}
			}
			x += col.w
		}
	}}
}

// writeLine is a cell drawing: a line to write on, for a value nobody
// knew when the overview was printed.
func (o *overview) writeLine(x, y, w, h float64) {
	o.rule(x, y+h-0.6, x+w-1, o.st.Rule, o.st.LineThin)
}

// scoreBox is a cell drawing: a box to write a score in, centred.
func (o *overview) scoreBox(x, y, w, h float64) {
	bw, bh := min(w, 12.0), min(h, o.st.ScoreBoxes)
	o.scoreCell(x+(w-bw)/2, y+(h-bh)/2, bw, bh, "")
}

// headWidth is the least width of a column whose header is head: its
// longest word in the header face, so no word breaks.
func (o *overview) headWidth(head string) float64 {
	o.use(ink{true, o.st.SizeLabel, o.st.Muted})
	w := 0.0
	for _, word := range strings.Fields(strings.ToUpper(head)) {
		w = max(w, o.pdf.GetStringWidth(word))
	}
	return w + 2*cellPad + 0.5
}

// tick is a cell drawing: a tick box, centred.
func (o *overview) tick(x, y, w, h float64) {
	s := o.st.TickBox + 0.6
	o.pdf.SetDrawColor(o.st.Ink, o.st.Ink, o.st.Ink)
	o.pdf.SetLineWidth(0.3)
	o.pdf.Rect(x+(w-s)/2, y+(h-s)/2, s, s, "D")
}

// dash is a cell drawing: a short rule, for "not here".
func (o *overview) dash(x, y, w, h float64) {
	o.rule(x+w/2-1.5, y+h/2, x+w/2+1.5, o.st.Rule, o.st.LineThin+0.1)
}
