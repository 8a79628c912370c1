package layouts

// The report's charts. Each is a header band and a row per thing charted,
// each row one box, so a chart runs over pages with its band repeated and
// no row split. Greys only; every mark has its number or its words beside
// it.

import (
	"fmt"
	"strings"
)

// scoreAxis maps a score of 1 to 4 onto the width from x to x+w.
type scoreAxis struct{ x, w, pad float64 }

func (a scoreAxis) at(v float64) float64 {
	v = min(4, max(1, v))
	return a.x + a.pad + (v-1)/3*(a.w-2*a.pad)
}

// calibrationPart is each interviewer's mean score, as a dot, and spread
// (one standard deviation either side), as a bar, on the 1-4 scale, with
// the panel's mean as a dashed line, and the lean in words.
func (r *report) calibrationPart() part {
	st, rs, sc := &r.st, &r.st.Report, &r.st.Report.Scale
	ax := scoreAxis{x: r.x0 + rs.Name, w: r.w - rs.Name - rs.Aside, pad: sc.EdgePad}
	label := ink{false, st.SizeFine, st.Muted}
	band := box{h: sc.AxisHeight, keep: true, draw: func(y, h float64) {
		r.use(label)
		for v := 1; v <= 4; v++ {
			x := ax.at(float64(v))
			r.put(x-5, y, 10, h, fmt.Sprint(v), "C")
		}
		r.put(ax.x+ax.w, y, rs.Aside, h, "mean vs colleagues", "L")
	}}
	note := fmt.Sprintf("Dot: the interviewer's mean score, hollow when there are too few scores to judge; bar: "+
		"one standard deviation either side; dashed line: the panel's mean (%s). The words say how the interviewer "+
		"scores the same questions as colleagues.", r.panelMean())
	const aside = "each interviewer's mean and spread"
	boxes := append([]box{spacer(rs.Above)}, r.chartHead("Interviewers against the panel", aside, note, band)...)
	for i, iv := range r.c.Interviewers {
		boxes = append(boxes, r.calibrationRow(ax, iv, i%2 == 1))
	}
	return part{boxes: boxes, whole: true, more: func() []box {
		return r.chartHead("Interviewers against the panel (continued)", aside, "", band)
	}}
}

// calibrationRow is one interviewer's row of the calibration chart.
func (r *report) calibrationRow(ax scoreAxis, iv CalibrationLine, shade bool) box {
	st, rs, sc := &r.st, &r.st.Report, &r.st.Report.Scale
	name := r.text("interviewer", iv.Name)
	if name == "" {
		name = "Rounds naming nobody"
	}
	nf := ink{true, st.SizeDetail, st.Ink}
	sf := ink{false, st.SizeFine, st.Muted}
	sub := fmt.Sprintf("%s, mean %.2f, SD %.2f", plural(iv.Scores, "score"), iv.Mean, iv.SD)
	if iv.Scores == 0 {
		sub = "no scores yet"
	}
	lean := r.text("lean", iv.Lean)
	if iv.VsScores > 0 {
		lean = fmt.Sprintf("%+.2f over %s: %s", iv.Vs, plural(iv.VsScores, "score"), lean)
	}
	aside := r.lines(sf, lean, rs.Aside-st.Pad)
	nameLines := r.lines(nf, name, rs.Name-st.Pad)
	h := max(float64(len(nameLines))*r.lh(nf)+r.lh(sf), float64(len(aside))*r.lh(sf)) + 2*rs.RowPad
	return box{h: h, draw: func(y, h float64) {
		if shade {
			r.fill(r.x0, y, r.w, h, st.Fill)
		}
		r.rule(r.x0, y, r.x0+r.w, st.Rule, st.LineThin)
		ty := y + rs.RowPad
		r.use(nf)
		for _, l := range nameLines {
			r.put(r.x0, ty, rs.Name-st.Pad, r.lh(nf), l, "L")
			ty += r.lh(nf)
		}
		r.use(sf)
		r.put(r.x0, ty, rs.Name-st.Pad, r.lh(sf), fitText(r.pdf, sub, rs.Name-st.Pad), "L")
		for j, l := range aside {
			r.put(ax.x+ax.w+st.Pad, y+rs.RowPad+float64(j)*r.lh(sf), rs.Aside-st.Pad, r.lh(sf), l, "L")
		}
		r.drawScale(ax, y, h)
		if iv.Scores == 0 {
			return
		}
		mid := y + h/2
		lo, hi := ax.at(iv.Mean-iv.SD), ax.at(iv.Mean+iv.SD)
		r.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
		r.pdf.SetLineWidth(sc.Bar / 4)
		r.pdf.Line(lo, mid, hi, mid)
		r.pdf.Line(lo, mid-sc.Whisker/2, lo, mid+sc.Whisker/2)
		r.pdf.Line(hi, mid-sc.Whisker/2, hi, mid+sc.Whisker/2)
		r.pdf.SetLineWidth(st.LinePen)
		style, fill := "FD", st.Ink
		if iv.TooFew {
			fill = st.White
		}
		r.pdf.SetFillColor(fill, fill, fill)
		r.pdf.Circle(ax.at(iv.Mean), mid, sc.Dot, style)
	}}
}

// drawScale draws a row's grid lines at 1 to 4 and the panel's mean,
// dashed.
func (r *report) drawScale(ax scoreAxis, y, h float64) {
	st, sc := &r.st, &r.st.Report.Scale
	r.pdf.SetDrawColor(st.Faint, st.Faint, st.Faint)
	r.pdf.SetLineWidth(st.LineThin)
	for v := 1; v <= 4; v++ {
		x := ax.at(float64(v))
		r.pdf.Line(x, y, x, y+h)
	}
	if r.c.Scores == 0 {
		return
	}
	x := ax.at(r.c.PanelMean)
	r.pdf.SetDrawColor(st.Muted, st.Muted, st.Muted)
	for dy := 0.0; dy < h; dy += 2 * sc.Dash {
		r.pdf.Line(x, y+dy, x, y+min(h, dy+sc.Dash))
	}
}

// spreadPart is a small histogram of each question's scores, with the
// counts on the bars and what the spread says in words.
func (r *report) spreadPart() part {
	st, rs, hs := &r.st, &r.st.Report, &r.st.Report.Histogram
	cols := []column{{"Question", rs.Name + hs.Count, "L"}, {"Scores 1 · 2 · 3 · 4", hs.Width + 2*st.Table.Pad, "C"},
		{"Scored", hs.Count, "R"}, {"Mean", hs.Mean, "R"},
		{"What it says", r.w - (rs.Name + 2*hs.Count + hs.Width + 2*st.Table.Pad + hs.Mean), "L"}}
	note := "Each bar counts how many times the question scored 1, 2, 3 or 4 (N/A and blanks left out), " +
		"drawn to the question's own tallest bar. A question everyone aces or everyone fails tells candidates " +
		"apart no better than no question; one whose scores spread widely does."
	head := func(title, note string) []box {
		return r.chartHead(title, "which questions tell candidates apart", note, r.tableHead(cols))
	}
	boxes := append([]box{spacer(rs.Above)}, head("How each question's scores spread", note)...)
	body := ink{false, st.SizeDetail, st.Ink}
	for i, q := range r.c.Questions {
		counts := q.Counts
		boxes = append(boxes, r.formRow(cols, []cell{
			{text: r.text("question id", q.ID), f: ink{true, st.SizeDetail, st.Ink}, sub: r.text("area", q.Area)},
			{draw: func(x, y, w, h float64) { r.histogram(x, y, w, h, counts) }, minH: hs.Height + r.lh(ink{false, st.SizeFine, st.Ink})},
			{text: fmt.Sprint(counts[0] + counts[1] + counts[2] + counts[3]), f: body},
			{text: meanText(q), f: body},
			{text: r.text("note", q.Note), f: body},
		}, i%2 == 1))
	}
	return part{boxes: boxes, more: func() []box { return head("How each question's scores spread (continued)", "") }}
}

func meanText(q SpreadLine) string {
	if q.Counts == [4]int{} {
		return "-"
	}
	return fmt.Sprintf("%.2f", q.Mean)
}

// histogram draws four bars, for the scores 1 to 4, each with its count
// over it, in the box at x, y of width w and height h.
func (r *report) histogram(x, y, w, h float64, counts [4]int) {
	st, hs := &r.st, &r.st.Report.Histogram
	f := ink{false, st.SizeFine, st.Ink}
	most := max(counts[0], counts[1], counts[2], counts[3])
	bw := (hs.Width - 3*hs.Gap) / 4
	left := x + (w-hs.Width)/2
	base := y + h
	r.rule(left, base, left+hs.Width, st.Ink, st.LineThin)
	for i, n := range counts {
		bx := left + float64(i)*(bw+hs.Gap)
		bh := 0.0
		if most > 0 {
			bh = float64(n) / float64(most) * hs.Height
		}
		if bh > 0 {
			g := st.Report.BarFill
			r.pdf.SetFillColor(g, g, g)
			r.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
			r.pdf.SetLineWidth(st.LineThin)
			r.pdf.Rect(bx, base-bh, bw, bh, "FD")
		}
		r.use(f)
		r.put(bx, base-bh-r.lh(f)-hs.LabelDrop, bw, r.lh(f), fmt.Sprint(n), "C")
	}
}

// callsPart is the interviewers' calls per round: a column per call, and
// in each cell a bar as long as its count, drawn to the largest count.
func (r *report) callsPart() part {
	st, rs, cs := &r.st, &r.st.Report, &r.st.Report.Calls
	each := (r.w - cs.Round - cs.Total) / float64(len(r.c.Calls))
	cols := []column{{"Round", cs.Round, "L"}}
	for _, c := range r.c.Calls {
		cols = append(cols, column{c, each, "L"})
	}
	cols = append(cols, column{"Rounds", cs.Total, "R"})
	most := 1
	for _, rc := range r.c.ByRound {
		for _, n := range rc.Counts {
			most = max(most, n)
		}
	}
	note := fmt.Sprintf("How often the interviewers of each round called %s. A round with few rounds behind it "+
		"says little yet.", joinAnd(quoteEach(r.c.Calls)))
	head := func(title, note string) []box {
		return r.chartHead(title, "the interviewers' own recommendations", note, r.tableHead(cols))
	}
	boxes := append([]box{spacer(rs.Above)}, head("Recommendations by round", note)...)
	body := ink{false, st.SizeDetail, st.Ink}
	for i, rc := range r.c.ByRound {
		cells := []cell{{text: r.text("round title", rc.Title), f: ink{true, st.SizeDetail, st.Ink}}}
		total := 0
		for _, n := range rc.Counts {
			total += n
			cells = append(cells, cell{draw: func(x, y, w, h float64) { r.countBar(x, y, w, h, n, most) }, minH: r.lh(body)})
		}
		cells = append(cells, cell{text: fmt.Sprint(total), f: body})
		boxes = append(boxes, r.formRow(cols, cells, i%2 == 1))
	}
	return part{boxes: boxes, whole: true, more: func() []box { return head("Recommendations by round (continued)", "") }}
}

// countBar draws a bar for n of most, with n after it; a dash for none.
func (r *report) countBar(x, y, w, h float64, n, most int) {
	st, cs := &r.st, &r.st.Report.Calls
	f := ink{false, st.SizeDetail, st.Ink}
	if n == 0 {
		r.dash(x, y, w/3, h)
		return
	}
	r.use(f)
	label := fmt.Sprint(n)
	room := w - r.pdf.GetStringWidth("0000")
	bw := float64(n) / float64(most) * room
	g := st.Report.BarFill
	r.pdf.SetFillColor(g, g, g)
	r.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
	r.pdf.SetLineWidth(st.LineThin)
	r.pdf.Rect(x, y+(h-cs.Bar)/2, bw, cs.Bar, "FD")
	r.use(f)
	r.put(x+bw+st.Pad/2, y, w-bw, h, label, "L")
}

func quoteEach(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "“" + strings.TrimSpace(x) + "”"
	}
	return out
}
