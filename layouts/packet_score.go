package layouts

// The scoring section of a question, a row of the form a scanner reads
// back (layouts/form): the instruction, then one box to mark for each of the
// scores 1 to 4 and N/A with its word under it, the correction box for a
// changed mind, and under each box the question's anchor for that score
// (what an answer at that score sounds like). The anchors sit side by side
// under their boxes when they are short enough, and are listed one under
// another, under the boxes, when they are not, so a long anchor wraps down
// the page instead of stretching the row. Nothing but a box's own outline
// is printed within the contract's clear zone of a box.
//
// The cover's rating scale is the same grid with numbered circles and no
// boxes (scoreGrid): a key to read, not a form to mark.

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// scoreCol is one column of a score row: where it starts and how wide it
// is.
type scoreCol struct{ x, w float64 }

// scoreColumns are the columns of a score row: the scores 1 to 4, N/A and
// the correction box.
func (p *packet) scoreColumns() [6]scoreCol {
	fs := &p.st.Packet.Form
	w := (p.w - fs.NAWidth - fs.ChangedWidth) / 4
	var cols [6]scoreCol
	x := p.x0
	for i := range cols {
		cols[i] = scoreCol{x, w}
		switch i {
		case 4:
			cols[i].w = fs.NAWidth
		case 5:
			cols[i].w = fs.ChangedWidth
		}
		x += cols[i].w
	}
	return cols
}

// scoreBoxes are a question's scoring section: the instruction, the row of
// boxes and the anchors.
func (p *packet) scoreBoxes(field string, n int, q *kit.Question) []box {
	st, fs := &p.st, &p.st.Packet.Form
	var anchors [4]string
	for i := range anchors {
		anchors[i] = p.text(fmt.Sprintf("%s rubric %d", field, i+1), q.Rubric.Anchor(i+1))
	}
	hint := ink{false, st.SizeSmall, st.Muted}
	title := p.labelled(p.words.T(catalog.Score), p.para(hint, p.x0+st.Gutter, p.w-st.Gutter, p.words.T(catalog.ScoreHint), "L"))
	for i := range title {
		title[i].keep = true
	}
	cols := p.scoreColumns()
	row := p.boxRow(cols, n, q.ID)
	row.keep = true
	out := append(append(title, spacer(fs.InstructionGap)), row)
	if grid := p.anchorGrid(cols, anchors); grid.h <= st.Packet.Grid.MaxHeight {
		return append(out, grid)
	}
	return append(out, p.anchorList(anchors)...)
}

// scoreLabels are the words under a score row's boxes.
func (p *packet) scoreLabels() [6]string {
	var l [6]string
	for i := range 4 {
		l[i] = fmt.Sprintf("%d  %s", i+1, p.ratings[i])
	}
	l[4], l[5] = kit.ScoreNA, p.words.T(catalog.Changed)
	return l
}

// boxRow is the row of boxes of question n, framed, with each box's word
// under it; drawing it records the row in the packet's form.
func (p *packet) boxRow(cols [6]scoreCol, n int, id string) box {
	st, fs := &p.st, &p.st.Packet.Form
	lf := ink{true, st.SizeSmall, st.Ink}
	labels := p.scoreLabels()
	var lines [6][]string
	most := 1
	for i, l := range labels {
		lines[i] = p.lines(lf, l, cols[i].w-2*fs.AnchorPad)
		most = max(most, len(lines[i]))
	}
	lh := p.lh(lf)
	h := fs.BoxAbove + form.BoxSize + fs.LabelGap + float64(most)*lh + fs.LabelBelow
	return box{h: h, draw: func(y, _ float64) {
		p.frame(cols, y, h, true)
		top := y + fs.BoxAbove
		row := form.Row{Kind: form.Score, Question: id, Number: n}
		for i, v := range form.ScoreValues {
			c := cols[i]
			b := p.markBox(c.x+(c.w-form.BoxSize)/2, top, form.BoxSize, form.BoxSize)
			row.Options = append(row.Options, form.Option{Value: v, Box: b})
		}
		c := cols[5]
		corr := p.markBox(c.x+(c.w-fs.CorrectionW)/2, top+(form.BoxSize-fs.CorrectionH)/2, fs.CorrectionW, fs.CorrectionH)
		row.Correction = &corr
		p.sheets.row(row)
		ly := top + form.BoxSize + fs.LabelGap
		for i, ls := range lines {
			p.use(lf)
			if i == 5 {
				p.use(ink{true, st.SizeSmall, st.Muted})
			}
			for j, l := range ls {
				p.put(cols[i].x+fs.AnchorPad, ly+float64(j)*lh, cols[i].w-2*fs.AnchorPad, lh, l, "C")
			}
		}
	}}
}

// frame outlines a score row's columns from y down h, its top rule drawn
// when top.
func (p *packet) frame(cols [6]scoreCol, y, h float64, top bool) {
	st := &p.st
	p.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
	p.pdf.SetLineWidth(st.LineThin)
	if top {
		p.pdf.Line(p.x0, y, p.x0+p.w, y)
	}
	p.pdf.Line(p.x0, y+h, p.x0+p.w, y+h)
	for _, c := range cols {
		p.pdf.Line(c.x, y, c.x, y+h)
	}
	p.pdf.Line(p.x0+p.w, y, p.x0+p.w, y+h)
}

// anchorGrid is each score's anchor under its box, and the hints under
// N/A and the correction box, in the row's frame.
func (p *packet) anchorGrid(cols [6]scoreCol, anchors [4]string) box {
	st, fs := &p.st, &p.st.Packet.Form
	af := ink{false, st.SizeSmall, st.Ink}
	nf := ink{false, st.SizeFine, st.Muted}
	pad := fs.AnchorPad
	texts := [6]string{anchors[0], anchors[1], anchors[2], anchors[3], p.words.T(catalog.NotAssessed), p.words.T(catalog.ChangedHint)}
	var lines [6][]string
	var h float64
	for i, t := range texts {
		f := af
		if i >= 4 {
			f = nf
		}
		lines[i] = p.lines(f, t, cols[i].w-2*pad)
		h = max(h, float64(len(lines[i]))*p.lh(f))
	}
	h += 2 * pad
	return box{h: h, draw: func(y, _ float64) {
		p.frame(cols, y, h, false)
		for i, ls := range lines {
			f, align := af, "L"
			if i >= 4 {
				f, align = nf, "C"
			}
			p.use(f)
			for j, l := range ls {
				p.put(cols[i].x+pad, y+pad+float64(j)*p.lh(f), cols[i].w-2*pad, p.lh(f), l, align)
			}
		}
	}}
}

// anchorList is each score's anchor under the row of boxes, one under
// another: the score and its word in a left column, the anchor wrapped
// beside it, one box per line so a long anchor runs on down the page.
func (p *packet) anchorList(anchors [4]string) []box {
	st, gs := &p.st, &p.st.Packet.Grid
	left := gs.StackLeft
	af := ink{false, st.SizeDetail, st.Ink}
	wf := ink{true, st.SizeSmall, st.Ink}
	var out []box
	for i, a := range anchors {
		bs := p.para(af, p.x0+left, p.w-left-st.Pad, a, "L")
		if len(bs) == 0 {
			bs = []box{{h: p.lh(af), draw: func(float64, float64) {}}}
		}
		first := bs[0].h
		word := fmt.Sprintf("%d  %s", i+1, p.ratings[i])
		decorate(&bs[0], func(y float64) {
			p.rule(p.x0, y-gs.StackGap/2, p.x0+p.w, st.Rule, st.LineThin)
			p.useFitting(wf, word, left-st.Pad)
			p.put(p.x0+st.Pad, y, left-st.Pad, first, word, "L")
		})
		out = append(out, spacer(gs.StackGap))
		out = append(out, bs...)
	}
	return out
}

// scoreGrid lays the scores side by side with N/A last, each with its
// anchor under it, and na under N/A: the cover's rating scale.
func (p *packet) scoreGrid(anchors [4]string, na string) box {
	st, gs := &p.st, &p.st.Packet.Grid
	pad := gs.Pad
	naW := gs.NAWidth
	colW := (p.w - naW) / float64(len(anchors))
	af := ink{false, st.SizeSmall, st.Ink}
	wf := ink{true, st.SizeSmall, st.Ink}
	nf := ink{false, st.SizeFine, st.Muted}
	lh := p.lh(af)
	headH := gs.HeadHeight
	var lines [4][]string
	maxL := 1
	for i, a := range anchors {
		lines[i] = p.lines(af, a, colW-2*pad)
		maxL = max(maxL, len(lines[i]))
	}
	naLines := p.lines(nf, na, naW-2*pad)
	maxL = max(maxL, len(naLines))
	h := headH + 2*pad + float64(maxL)*lh

	return box{h: h, draw: func(y, _ float64) {
		x := p.x0
		p.fill(x, y, p.w, headH, st.Fill)
		p.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
		p.pdf.SetLineWidth(st.LineThin)
		p.pdf.Rect(x, y, p.w, h, "D")
		p.pdf.Line(x, y+headH, x+p.w, y+headH)
		for i := range anchors {
			cx := x + float64(i)*colW
			if i > 0 {
				p.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
				p.pdf.SetLineWidth(st.LineThin)
				p.pdf.Line(cx, y, cx, y+h)
			}
			p.badge(cx+pad+gs.BadgeR, y+headH/2, gs.BadgeR, fmt.Sprint(i+1), st.SizeBadge, false)
			p.useFitting(wf, p.ratings[i], colW-pad-gs.WordX)
			p.put(cx+pad+gs.WordX, y+(headH-p.lh(wf))/2, colW-pad-gs.WordX, p.lh(wf), p.ratings[i], "L")
			p.use(af)
			for j, l := range lines[i] {
				p.put(cx+pad, y+headH+pad+float64(j)*lh, colW-2*pad, lh, l, "L")
			}
		}
		nx := x + float64(len(anchors))*colW
		p.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
		p.pdf.SetLineWidth(st.LineThin)
		p.pdf.Line(nx, y, nx, y+h)
		p.badge(nx+naW/2, y+headH/2, gs.NABadgeR, kit.ScoreNA, st.SizeBadgeNA, false)
		p.use(nf)
		for j, l := range naLines {
			p.put(nx+pad, y+headH+pad+float64(j)*p.lh(nf), naW-2*pad, p.lh(nf), l, "C")
		}
	}}
}

// useFitting selects f, made smaller when s is wider than w in it: a
// team's long name for a score still fits its place on the grid.
func (p *packet) useFitting(f ink, s string, w float64) {
	p.use(f)
	if sw := p.pdf.GetStringWidth(s); sw > w && sw > 0 {
		f.size *= w / sw
		p.use(f)
	}
}
