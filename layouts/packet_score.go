package layouts

// The scoring grid of a question: the scores 1 to 4, each with its word and
// the question's anchor (what an answer at that score sounds like), and N/A.
// The interviewer circles one. Side by side when the anchors are short
// enough; stacked, one score under another, when they are not, so a long
// anchor wraps down the page instead of stretching a grid past it.

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// scoreBoxes are the scoring title line and the grid.
func (p *packet) scoreBoxes(field string, r kit.Rubric) []box {
	st, gs := &p.st, &p.st.Packet.Grid
	var anchors [4]string
	for i := range anchors {
		anchors[i] = p.text(fmt.Sprintf("%s rubric %d", field, i+1), r.Anchor(i+1))
	}
	hint := ink{false, st.SizeSmall, st.Muted}
	title := p.labelled(p.words.T(catalog.Score), p.para(hint, p.x0+st.Gutter, p.w-st.Gutter, p.words.T(catalog.ScoreHint), "L"))
	for i := range title {
		title[i].keep = true
	}
	grid := p.scoreGrid(anchors, p.words.T(catalog.NotAssessed))
	if grid.h > gs.MaxHeight {
		return append(append(title, spacer(gs.Above)), p.scoreStack(anchors)...)
	}
	return append(append(title, spacer(gs.Above)), grid)
}

// scoreGrid lays the scores side by side with N/A last, each with its
// anchor under it, and na under N/A.
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

// scoreStack lays the scores one under another: a column with the circle
// and word, and the anchor wrapped beside it, one box per line.
func (p *packet) scoreStack(anchors [4]string) []box {
	st, gs := &p.st, &p.st.Packet.Grid
	left := gs.StackLeft
	af := ink{false, st.SizeDetail, st.Ink}
	wf := ink{true, st.SizeSmall, st.Ink}
	var out []box
	row := func(mark, word, text string, f ink) {
		bs := p.para(f, p.x0+left, p.w-left-st.Pad, text, "L")
		if len(bs) == 0 {
			bs = []box{{h: p.lh(f), draw: func(float64, float64) {}}}
		}
		first := bs[0].h
		decorate(&bs[0], func(y float64) {
			p.rule(p.x0, y-1, p.x0+p.w, st.Rule, st.LineThin)
			r := gs.BadgeR
			size := st.SizeBadge
			if mark == kit.ScoreNA {
				r, size = gs.NABadgeR, st.SizeBadgeNA
			}
			p.badge(p.x0+st.Pad+r, y+first/2+gs.StackBadgeDrop, r, mark, size, false)
			p.useFitting(wf, word, left-st.Pad-gs.StackWordX)
			p.put(p.x0+st.Pad+gs.StackWordX, y, left-st.Pad-gs.StackWordX, first, word, "L")
		})
		if total := float64(len(bs)) * first; total < gs.StackRow {
			bs[len(bs)-1].keep = true
			bs = append(bs, box{h: gs.StackRow - total, draw: func(float64, float64) {}})
		}
		bs = append([]box{spacer(gs.StackGap)}, bs...)
		out = append(out, append(bs, spacer(gs.StackGap))...)
	}
	for i, a := range anchors {
		row(fmt.Sprint(i+1), p.ratings[i], a, af)
	}
	row(kit.ScoreNA, "", p.words.T(catalog.NotAssessed), ink{false, st.SizeSmall, st.Muted})
	return out
}
