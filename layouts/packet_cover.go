package layouts

// The cover: who and what the round is about, the confidentiality notice,
// the time plan the interviewer runs the round by, and the rating scale
// with how to use it. The time plan runs on to further pages, its header
// repeated, when a round has more questions than a page holds.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// scaleMeaning says what each score means on every question; the anchors of
// each question say what it sounds like there.
var scaleMeaning = [4]string{
	"None of what the question looks for, or wrong.",
	"Some of it, with gaps, errors or heavy prompting.",
	"What the level needs: correct, complete, little prompting.",
	"Beyond the level: depth, trade-offs, risks, unprompted.",
}

// scoringRules are how to use the scale, printed under it.
var scoringRules = []string{
	"Score each question on its own evidence and anchors, not on an overall impression.",
	"Tick answer points as you hear them; note the candidate's own words.",
	"Score right after the round, before any debrief or talk with other interviewers.",
	"Use whole scores; when torn, reread both anchors and follow the evidence.",
	"Circle N/A when a question was not asked or not assessed: it is never a zero.",
}

// titleBlock is a cover's kicker line over the candidate's name in large
// type (or a line to write the name on), bookmarked as bookmark.
func (p *packet) titleBlock(kicker, bookmark string) []box {
	st := &p.st
	var boxes []box
	small := ink{true, st.SizeLabel + 1, st.Muted}
	boxes = append(boxes, p.para(small, p.x0, p.w, kicker, "L")...)
	boxes = append(boxes, spacer(1.5))
	title := ink{true, st.SizeTitle, st.Ink}
	name := p.para(title, p.x0, p.w, p.candidate, "L")
	if len(name) == 0 {
		// No name: a line to write it on.
		h := p.lh(title)
		name = []box{{h: h, draw: func(y, _ float64) { p.rule(p.x0, y+h-1, p.x0+p.w/2, st.Rule, st.LineThin) }}}
	}
	decorate(&name[0], func(y float64) { p.pdf.Bookmark(bookmark, 0, y) })
	return append(boxes, name...)
}

// coverPart is the title block, the details and the confidentiality panel.
func (p *packet) coverPart() part {
	st, k, round := &p.st, p.k, p.round
	boxes := p.titleBlock("INTERVIEWER PACKET", "Cover and time plan")
	sub := p.text("role", k.Role) + " · " + p.levelText()
	if round.Focused {
		var titles []string
		for _, a := range round.Areas {
			titles = append(titles, p.text(fmt.Sprintf("area %q", a.ID), a.Title))
		}
		sub += " · focus: " + strings.Join(titles, ", ")
	}
	boxes = append(boxes, spacer(1))
	boxes = append(boxes, p.para(ink{false, st.SizeHeading + 1, st.Muted}, p.x0, p.w, sub, "L")...)
	boxes = append(boxes, spacer(6))

	interviewer := p.text("interviewer", round.Interviewer)
	bank := p.text("bank title", k.BankTitle)
	if v := p.text("bank version", k.BankVersion); v != "" {
		bank += ", version " + v
	}
	boxes = append(boxes,
		p.detailRow([][2]string{{"Round", p.title}, {"Interviewer", interviewer}, {"Question bank", bank}}),
		p.detailRow([][2]string{{"Date", p.dateText()}, {"Duration", fmt.Sprintf("%d minutes, %s", round.Minutes(), questionCount(len(round.Questions)))},
			{"Level", p.levelText()}, {"Kit ID", p.kitID}}),
	)
	boxes = append(boxes, spacer(5))
	boxes = append(boxes, p.panel("Confidential",
		"These notes are personal data about the candidate: share them only with the hiring panel. "+
			strings.TrimSuffix(p.text("retention", k.Retention), ".")+".")...)
	return part{boxes: boxes, whole: true}
}

// questionCount is "8 questions".
func questionCount(n int) string {
	if n == 1 {
		return "1 question"
	}
	return fmt.Sprintf("%d questions", n)
}

// roundAreas are the areas the round's questions are scored under, in the
// order the questions come.
func (p *packet) roundAreas() []kit.Area {
	var out []kit.Area
	for _, q := range p.round.Questions {
		a := p.round.AreaOf(q)
		if a.ID == "" || slices.ContainsFunc(out, func(b kit.Area) bool { return b.ID == a.ID }) {
			continue
		}
		if a.Title == "" {
			a.Title = a.ID
		}
		a.Title = p.text(fmt.Sprintf("area %q", a.ID), a.Title)
		out = append(out, a)
	}
	return out
}

// detailRow is labelled fields side by side under a thin rule. An empty
// value gets a line to write on.
func (p *packet) detailRow(fields [][2]string) box {
	st := &p.st
	lf := ink{true, st.SizeLabel, st.Muted}
	vf := ink{false, st.SizeBody, st.Ink}
	colW := p.w / float64(len(fields))
	values := make([][]string, len(fields))
	n := 1
	for i, f := range fields {
		values[i] = p.lines(vf, f[1], colW-4)
		n = max(n, len(values[i]))
	}
	h := 1.5 + p.lh(lf) + float64(n)*p.lh(vf) + 2.5
	return box{h: h, draw: func(y, _ float64) {
		p.rule(p.x0, y, p.x0+p.w, st.Faint, st.LineThin)
		for i, f := range fields {
			x := p.x0 + float64(i)*colW
			p.use(lf)
			p.put(x, y+1.5, colW-4, p.lh(lf), strings.ToUpper(f[0]), "L")
			vy := y + 1.5 + p.lh(lf)
			if len(values[i]) == 0 {
				p.rule(x, vy+p.lh(vf), x+colW-6, st.Rule, st.LineThin)
				continue
			}
			p.use(vf)
			for j, l := range values[i] {
				p.put(x, vy+float64(j)*p.lh(vf), colW-4, p.lh(vf), l, "L")
			}
		}
	}}
}

// panel is a shaded notice: a bold title and wrapped text, one box per line
// so that even a long notice never runs off a page.
func (p *packet) panel(title, text string) []box {
	st := &p.st
	pad := st.Pad + 1
	tf := ink{true, st.SizeBody, st.Ink}
	bf := ink{false, st.SizeSmall + 0.5, st.Ink}
	var boxes []box
	boxes = append(boxes, p.para(tf, p.x0+pad, p.w-2*pad, strings.ToUpper(title), "L")...)
	boxes = append(boxes, p.para(bf, p.x0+pad, p.w-2*pad, text, "L")...)
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
			p.fill(p.x0, y, p.w, h, st.Fill)
			if i == 0 {
				p.rule(p.x0, y, p.x0+p.w, st.Ink, st.LineBold)
			}
			draw(y+top, h)
		}
	}
	return boxes
}

// heading is a section title with a rule under it, and optional muted text
// on the right.
func (p *packet) heading(title, aside string) box { return p.headingWriteIn(title, aside, 0) }

// headingWriteIn is a heading whose aside ends in a line of width w to
// write on, such as the time a round started.
func (p *packet) headingWriteIn(title, aside string, w float64) box {
	st := &p.st
	hf := ink{true, st.SizeHeading + 1, st.Ink}
	af := ink{false, st.SizeSmall, st.Muted}
	h := p.lh(hf) + 2.5
	p.use(hf)
	tw := p.pdf.GetStringWidth(title) + 4
	if w > 0 {
		w += 1.5
	}
	p.use(af)
	aside = fitText(p.pdf, aside, p.w-tw-w)
	return box{h: h, keep: true, draw: func(y, _ float64) {
		p.use(hf)
		p.put(p.x0, y, tw, p.lh(hf), title, "L")
		ay := y + (p.lh(hf)-p.lh(af))/2 + 0.3
		if aside != "" {
			p.use(af)
			p.put(p.x0+tw, ay, p.w-tw-w, p.lh(af), aside, "R")
		}
		if w > 0 {
			p.rule(p.x0+p.w-w+1.5, ay+p.lh(af)-0.4, p.x0+p.w, st.Muted, st.LineThin)
		}
		p.rule(p.x0, y+p.lh(hf)+0.8, p.x0+p.w, st.Ink, st.LineBold)
	}}
}

// planColumns are the widths of the time plan's columns: from-to, minutes,
// question number, item (the rest) and a box to tick when done.
func (p *packet) planColumns() (from, mins, num, item, done float64) {
	from, mins, num, done = 25, 13, 11, 14
	return from, mins, num, p.w - from - mins - num - done, done
}

// planPart is the time plan as a table that adds up to the slot.
func (p *packet) planPart() part {
	st, round := &p.st, p.round
	cf := ink{false, st.SizeSmall + 0.5, st.Ink}
	bf := ink{true, st.SizeSmall + 0.5, st.Ink}
	head := func(title string) []box {
		return []box{
			p.headingWriteIn(title, "times are minutes from the start; started at", 16),
			spacer(1),
			p.planRow([5]string{"FROM–TO", "MIN", "", "ITEM", "DONE"}, ink{true, st.SizeLabel, st.Muted}, false, -1, false),
		}
	}
	var boxes []box
	boxes = append(boxes, spacer(5))
	boxes = append(boxes, head("Time plan")...)
	boxes[1].keep = true
	for i, it := range round.Plan.Items {
		cells := [5]string{clock(it.Start) + "–" + clock(it.Start+it.Minutes), fmt.Sprint(it.Minutes), "", "", ""}
		bold := false
		if it.Kind == kit.ItemQuestion && it.Question != nil {
			q := it.Question
			field := fmt.Sprintf("question %q", q.ID)
			cells[2] = fmt.Sprintf("Q%d", slices.Index(round.Questions, q)+1)
			cells[3] = p.text(field+" id", q.ID)
			if a := round.AreaOf(q); a.ID != "" {
				t := a.Title
				if t == "" {
					t = a.ID
				}
				cells[3] += " · " + p.text(field+" area", t)
			}
			bold = true
		} else {
			cells[3] = p.text("time plan", it.Label)
		}
		boxes = append(boxes, p.planRow(cells, cf, bold, i, true))
	}
	total := [5]string{"", fmt.Sprint(round.Plan.Total), "", "Total", ""}
	tb := p.planRow(total, bf, false, -1, false)
	decorate(&tb, func(y float64) { p.rule(p.x0, y, p.x0+p.w, st.Ink, st.LineBold) })
	boxes = append(boxes, tb)
	return part{boxes: boxes, more: func() []box { return head("Time plan (continued)") }}
}

// planRow is one row of the time plan. Row i is shaded when odd; a row
// with a tick box gets one in its last column.
func (p *packet) planRow(cells [5]string, f ink, boldNum bool, i int, tick bool) box {
	st := &p.st
	from, mins, num, itemW, done := p.planColumns()
	widths := [5]float64{from, mins, num, itemW, done}
	pad := 1.0
	lh := p.lh(f)
	item := p.lines(f, cells[3], itemW-2)
	h := float64(max(len(item), 1))*lh + 2*pad
	return box{h: h, draw: func(y, _ float64) {
		if i >= 0 && i%2 == 1 {
			p.fill(p.x0, y, p.w, h, st.Fill)
		}
		x := p.x0
		for c, w := range widths {
			switch c {
			case 2:
				p.use(ink{true, f.size, f.grey})
				if !boldNum {
					p.use(f)
				}
				p.put(x, y+pad, w-2, lh, cells[c], "L")
			case 3:
				p.use(f)
				for j, l := range item {
					p.put(x, y+pad+float64(j)*lh, w-2, lh, l, "L")
				}
			case 4:
				if tick {
					p.tickBox(x+(w-st.TickBox)/2, y+pad, lh)
					continue
				}
				p.use(f)
				p.put(x, y+pad, w, lh, cells[c], "C")
			default:
				p.use(f)
				align := "L"
				if c == 1 {
					align = "R"
				}
				p.put(x, y+pad, w-4, lh, cells[c], align)
			}
			x += w
		}
	}}
}

// scalePart is the rating scale, drawn as the grid every question has with
// the general meaning of each score, and how to use it.
func (p *packet) scalePart() part {
	st := &p.st
	var boxes []box
	boxes = append(boxes, spacer(5), p.heading("Rating scale", "the same 1–4 on every question"), spacer(2.5))
	boxes = append(boxes, p.scoreGrid(scaleMeaning, naHint))
	boxes = append(boxes, spacer(3))
	df := ink{false, st.SizeSmall + 0.5, st.Ink}
	boxes = append(boxes, p.twoColumns(df, scoringRules)...)
	boxes = append(boxes, p.roomToWrite("Before the round", "what to probe, from the CV and earlier rounds", 0))
	return part{boxes: boxes, whole: true}
}

// roomToWrite is a heading and writing lines that take what room is left
// on their page, at least lines lines. With no lines asked for it is drawn
// only when the page leaves room for a few, and is otherwise nothing.
func (p *packet) roomToWrite(title, aside string, lines int) box {
	st := &p.st
	head := p.heading(title, aside)
	gap := 6.0
	least := head.h + 3*st.NoteLine
	return box{h: float64(lines) * st.NoteLine, grow: true, draw: func(y, h float64) {
		if lines > 0 {
			gap = 0
		}
		if h < least+gap {
			return
		}
		head.draw(y+gap, head.h)
		p.writingLines(p.x0, p.x0+p.w, y+gap+head.h, h-gap-head.h)
	}}
}

// twoColumns sets bulleted items in two columns, read down the left one
// first. The items are the packet's own short text, so one box holds them.
func (p *packet) twoColumns(f ink, items []string) []box {
	gutter := 6.0
	colW := (p.w - gutter) / 2
	ind := p.st.Indent - 2
	lh := p.lh(f)
	split := (len(items) + 1) / 2
	cols := [2][][]string{}
	heights := [2]float64{}
	for i, it := range items {
		c := 0
		if i >= split {
			c = 1
		}
		ls := p.lines(f, it, colW-ind)
		cols[c] = append(cols[c], ls)
		heights[c] += float64(len(ls))*lh + 1.2
	}
	h := max(heights[0], heights[1])
	return []box{{h: h, draw: func(y, _ float64) {
		for c, col := range cols {
			x := p.x0 + float64(c)*(colW+gutter)
			iy := y
			for _, ls := range col {
				p.bulletMark(x-0.6, iy, lh)
				p.use(f)
				for j, l := range ls {
					p.put(x+ind, iy+float64(j)*lh, colW-ind, lh, l, "L")
				}
				iy += float64(len(ls))*lh + 1.2
			}
		}
	}}}
}
