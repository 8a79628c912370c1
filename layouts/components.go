package layouts

// Components every document may use: headings and subheadings, shaded
// panels, rows of labelled details, a cover's title block, a signature
// row, the recommendations to tick and ruled space to write in. Each
// returns boxes measured now and drawn later where paginate puts them.

import (
	"strings"

	"github.com/interviewkit/interviewkit/kit/catalog"
)

// heading is a section title with a rule under it, and optional muted text
// on the right.
func (d *document) heading(title, aside string) box { return d.headingWriteIn(title, aside, 0) }

// headingWriteIn is a heading whose aside ends in a line of width w to
// write on, such as the time a round started.
func (d *document) headingWriteIn(title, aside string, w float64) box {
	st, hs := &d.st, &d.st.Heading
	hf := ink{true, st.SizeHeading, st.Ink}
	af := ink{false, st.SizeSmall, st.Muted}
	h := d.lh(hf) + hs.Below
	d.use(hf)
	tw := d.pdf.GetStringWidth(title) + hs.TitleGap
	if w > 0 {
		w += hs.WriteInGap
	}
	d.use(af)
	aside = fitText(d.pdf, aside, d.w-tw-w)
	return box{h: h, keep: true, draw: func(y, _ float64) {
		d.use(hf)
		d.put(d.x0, y, tw, d.lh(hf), title, "L")
		ay := y + (d.lh(hf)-d.lh(af))/2 + hs.AsideDrop
		if aside != "" {
			d.use(af)
			d.put(d.x0+tw, ay, d.w-tw-w, d.lh(af), aside, "R")
		}
		if w > 0 {
			d.rule(d.x0+d.w-w+hs.WriteInGap, ay+d.lh(af)-hs.WriteInRise, d.x0+d.w, st.Muted, st.LineThin)
		}
		d.rule(d.x0, y+d.lh(hf)+hs.RuleDrop, d.x0+d.w, st.Ink, st.LineBold)
	}}
}

// subheading is a bold title over a table, with muted text after it.
func (d *document) subheading(title, aside string) box {
	st, hs := &d.st, &d.st.Heading
	tf := ink{true, st.SizeSubheading, st.Ink}
	af := ink{false, st.SizeSmall, st.Muted}
	d.use(tf)
	tw := d.pdf.GetStringWidth(title) + hs.SubGap
	d.use(af)
	aside = fitText(d.pdf, aside, d.w-tw)
	h := d.lh(tf) + hs.SubBelow
	return box{h: h, keep: true, draw: func(y, _ float64) {
		d.use(tf)
		d.put(d.x0, y, tw, d.lh(tf), title, "L")
		d.use(af)
		d.put(d.x0+tw, y+(d.lh(tf)-d.lh(af))/2+hs.AsideDrop, d.w-tw, d.lh(af), aside, "L")
	}}
}

// panel is a shaded notice: a bold title and wrapped text, one box per line
// so that even a long notice never runs off a page.
func (d *document) panel(title, text string) []box {
	st := &d.st
	pad := st.Cover.PanelPad
	tf := ink{true, st.SizeBody, st.Ink}
	bf := ink{false, st.SizeDetail, st.Ink}
	var boxes []box
	boxes = append(boxes, d.para(tf, d.x0+pad, d.w-2*pad, strings.ToUpper(title), "L")...)
	boxes = append(boxes, d.para(bf, d.x0+pad, d.w-2*pad, text, "L")...)
	boxes[0].h += pad
	boxes[len(boxes)-1].h += pad
	for i := range boxes {
		b := &boxes[i]
		top := 0.0
		if i == 0 {
			top = pad
		}
		h, draw := b.h, b.draw
		b.keep = i < len(boxes)-1
		b.draw = func(y, _ float64) {
			d.fill(d.x0, y, d.w, h, st.Fill)
			if i == 0 {
				d.rule(d.x0, y, d.x0+d.w, st.Ink, st.LineBold)
			}
			draw(y+top, h)
		}
	}
	return boxes
}

// detailRow is labelled fields side by side under a thin rule. An empty
// value gets a line to write on.
func (d *document) detailRow(fields [][2]string) box {
	st, cs := &d.st, &d.st.Cover
	lf := ink{true, st.SizeLabel, st.Muted}
	vf := ink{false, st.SizeBody, st.Ink}
	colW := d.w / float64(len(fields))
	values := make([][]string, len(fields))
	n := 1
	for i, f := range fields {
		values[i] = d.lines(vf, f[1], colW-cs.DetailSpace)
		n = max(n, len(values[i]))
	}
	h := cs.DetailTop + d.lh(lf) + float64(n)*d.lh(vf) + cs.DetailBelow
	return box{h: h, draw: func(y, _ float64) {
		d.rule(d.x0, y, d.x0+d.w, st.Faint, st.LineThin)
		for i, f := range fields {
			x := d.x0 + float64(i)*colW
			d.use(lf)
			d.put(x, y+cs.DetailTop, colW-cs.DetailSpace, d.lh(lf), strings.ToUpper(f[0]), "L")
			vy := y + cs.DetailTop + d.lh(lf)
			if len(values[i]) == 0 {
				d.rule(x, vy+d.lh(vf), x+colW-cs.BlankShort, st.Rule, st.LineThin)
				continue
			}
			d.use(vf)
			for j, l := range values[i] {
				d.put(x, vy+float64(j)*d.lh(vf), colW-cs.DetailSpace, d.lh(vf), l, "L")
			}
		}
	}}
}

// titleBlock is a cover's kicker line over a name in large type (or a line
// to write the name on), bookmarked as bookmark.
func (d *document) titleBlock(kicker, name, bookmark string) []box {
	st := &d.st
	var boxes []box
	small := ink{true, st.SizeKicker, st.Muted}
	boxes = append(boxes, d.para(small, d.x0, d.w, kicker, "L")...)
	boxes = append(boxes, spacer(st.Cover.KickerGap))
	title := ink{true, st.SizeTitle, st.Ink}
	named := d.para(title, d.x0, d.w, name, "L")
	if len(named) == 0 {
		// No name: a line to write it on.
		h := d.lh(title)
		named = []box{{h: h, draw: func(y, _ float64) { d.rule(d.x0, y+h-1, d.x0+d.w/2, st.Rule, st.LineThin) }}}
	}
	d.bookmark(&named[0], bookmark, 0)
	return append(boxes, named...)
}

// signatureRow is three lines to write on, labelled underneath: a
// signature, then two shorter fields such as date and time.
func (d *document) signatureRow(signature, second, third string) box {
	st, ss := &d.st, &d.st.Signature
	f := ink{false, st.SizeSmall, st.Muted}
	h := ss.Height + d.lh(f)
	return box{h: h, draw: func(y, _ float64) {
		fields := []struct {
			label string
			w     float64
		}{{signature, d.w * ss.Shares[0]}, {second, d.w * ss.Shares[1]}, {third, d.w * ss.Shares[2]}}
		x := d.x0
		for _, fl := range fields {
			d.rule(x, y+ss.Line, x+fl.w-ss.Space, st.Ink, st.LineThin)
			d.use(f)
			d.put(x, y+ss.Label, fl.w-ss.Space, d.lh(f), fl.label, "L")
			x += fl.w
		}
	}}
}

// writingSpace is ruled lines across the body, lines of them, that take
// the rest of their page when the next part moves on, and shrink to least
// lines to keep their part on one page.
func (d *document) writingSpace(lines, least int) box {
	st := &d.st
	return box{h: float64(lines) * st.NoteLine, min: float64(least) * st.NoteLine, grow: true, draw: func(y, h float64) {
		d.writingLines(d.x0, d.x0+d.w, y, h)
	}}
}

// recommendation is a tick box per recommendation label, then the rule
// that gives one from the scores, in words.
func (d *document) recommendation(labels []string, ruleText string) []box {
	st := &d.st
	boxes := d.choiceRow(labels)
	boxes = append(boxes, spacer(st.Choice.RuleGap))
	rule := d.words.T(catalog.RuleOnScoresheet, ruleText)
	return append(boxes, d.para(ink{false, st.SizeSmall, st.Muted}, d.x0, d.w, rule, "L")...)
}

// choiceRow is a tick box per recommendation, spread across the width,
// one per row on paper too narrow for them side by side.
func (d *document) choiceRow(labels []string) []box {
	st, cs := &d.st, &d.st.Choice
	f := ink{true, st.SizeSubheading, st.Ink}
	d.use(f)
	var widths []float64
	total := 0.0
	for _, r := range labels {
		w := cs.Box + cs.Gap + d.pdf.GetStringWidth(r) + cs.After
		widths = append(widths, w)
		total += w
	}
	h := cs.Box + cs.Below
	if total > d.w {
		// One option per row: never the case on A4 or Letter, but a label
		// set longer than a line still prints whole.
		var out []box
		for _, r := range labels {
			out = append(out, d.choiceBoxes([]string{r}, []float64{d.w}, h))
		}
		return out
	}
	spread := (d.w - total) / float64(len(widths)-1)
	for i := range widths[:len(widths)-1] {
		widths[i] += spread
	}
	return []box{d.choiceBoxes(labels, widths, h)}
}

// choiceBoxes is a row of tick boxes with their labels, in columns of the
// given widths.
func (d *document) choiceBoxes(labels []string, widths []float64, h float64) box {
	st, cs := &d.st, &d.st.Choice
	f := ink{true, st.SizeSubheading, st.Ink}
	return box{h: h, draw: func(y, _ float64) {
		x := d.x0
		for i, r := range labels {
			d.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
			d.pdf.SetLineWidth(cs.Line)
			d.pdf.Rect(x, y+cs.Drop, cs.Box, cs.Box, "D")
			d.use(f)
			d.put(x+cs.Box+cs.Gap, y+cs.Drop, widths[i]-cs.Box-cs.Gap, cs.Box, strings.TrimSpace(r), "L")
			x += widths[i]
		}
	}}
}
