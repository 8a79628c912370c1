package layouts

// The time plan the interviewer runs the round by, and the rating scale
// with how to use it. The time plan runs on to further pages, its header
// repeated, when a round has more questions than a page holds.

import (
	"fmt"
	"slices"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// scaleMeaning says what each score means on every question; the anchors of
// each question say what it sounds like there.
var scaleMeaning = [4]catalog.Message{catalog.Meaning1, catalog.Meaning2, catalog.Meaning3, catalog.Meaning4}

// scoringRules are how to use the scale, printed under it.
var scoringRules = []catalog.Message{catalog.HowToScore1, catalog.HowToScore2, catalog.HowToScore3,
	catalog.HowToScore4, catalog.HowToScore5, catalog.HowToScore6}

// planLabels name the time plan's items other than questions.
var planLabels = map[string]catalog.Message{kit.ItemIntro: catalog.PlanIntro, kit.ItemBuffer: catalog.PlanBuffer,
	kit.ItemCandidate: catalog.PlanCandidate, kit.ItemClose: catalog.PlanClose}

// planColumns are the widths of the time plan's columns: from-to, minutes,
// question number, item (the rest) and a box to tick when done.
func (p *packet) planColumns() [5]float64 {
	ps := &p.st.Packet.Plan
	return [5]float64{ps.From, ps.Minutes, ps.Number, p.w - ps.From - ps.Minutes - ps.Number - ps.Done, ps.Done}
}

// planPart is the time plan as a table that adds up to the slot.
func (p *packet) planPart() part {
	st, ps, round := &p.st, &p.st.Packet.Plan, p.round
	cf := ink{false, st.SizeDetail, st.Ink}
	bf := ink{true, st.SizeDetail, st.Ink}
	w := p.words
	head := func(title string) []box {
		return []box{
			p.headingWriteIn(title, w.T(catalog.TimePlanAside), ps.WriteIn),
			spacer(ps.HeadGap),
			p.planRow([5]string{w.T(catalog.PlanFromTo), w.T(catalog.PlanMin), "", w.T(catalog.PlanItem), w.T(catalog.PlanDone)},
				ink{true, st.SizeLabel, st.Muted}, false, -1, false),
		}
	}
	var boxes []box
	boxes = append(boxes, spacer(ps.Above))
	boxes = append(boxes, head(w.T(catalog.TimePlan))...)
	boxes[1].keep = true
	for i, it := range round.Plan.Items {
		cells := [5]string{clock(it.Start) + "–" + clock(it.Start+it.Minutes), fmt.Sprint(it.Minutes), "", "", ""}
		bold := false
		if it.Kind == kit.ItemQuestion && it.Question != nil {
			q := it.Question
			field := fmt.Sprintf("question %q", q.ID)
			cells[2] = w.T(catalog.PlanQuestion, slices.Index(round.Questions, q)+1)
			cells[3] = p.text(field+" id", q.ID)
			if a := round.AreaOf(q); a.ID != "" {
				cells[3] += " · " + p.areaTitle(a)
			}
			bold = true
		} else if m, ok := planLabels[it.Kind]; ok {
			cells[3] = w.T(m)
		} else {
			cells[3] = p.text("time plan", it.Label)
		}
		boxes = append(boxes, p.planRow(cells, cf, bold, i, true))
	}
	total := [5]string{"", fmt.Sprint(round.Plan.Total), "", w.T(catalog.Total), ""}
	tb := p.planRow(total, bf, false, -1, false)
	decorate(&tb, func(y float64) { p.rule(p.x0, y, p.x0+p.w, st.Ink, st.LineBold) })
	boxes = append(boxes, tb)
	return part{boxes: boxes, more: func() []box { return head(w.T(catalog.Continued, w.T(catalog.TimePlan))) }}
}

// planRow is one row of the time plan. Row i is shaded when odd; a row
// with a tick box gets one in its last column.
func (p *packet) planRow(cells [5]string, f ink, boldNum bool, i int, tick bool) box {
	st, ps := &p.st, &p.st.Packet.Plan
	widths := p.planColumns()
	pad := ps.RowPad
	lh := p.lh(f)
	item := p.lines(f, cells[3], widths[3]-ps.TextGap)
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
				p.put(x, y+pad, w-ps.TextGap, lh, cells[c], "L")
			case 3:
				p.use(f)
				for j, l := range item {
					p.put(x, y+pad+float64(j)*lh, w-ps.TextGap, lh, l, "L")
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
				p.put(x, y+pad, w-ps.FigureGap, lh, cells[c], align)
			}
			x += w
		}
	}}
}

// scalePart is the rating scale, drawn as the grid every question has with
// the general meaning of each score, and how to use it.
func (p *packet) scalePart() part {
	st, ss := &p.st, &p.st.Packet.Scale
	var boxes []box
	w := p.words
	boxes = append(boxes, spacer(ss.Above), p.heading(w.T(catalog.RatingScale), w.T(catalog.RatingScaleAside)), spacer(ss.HeadGap))
	var meaning [4]string
	for i, m := range scaleMeaning {
		meaning[i] = w.T(m)
	}
	boxes = append(boxes, p.scoreGrid(meaning, w.T(catalog.NotAssessed)))
	boxes = append(boxes, spacer(ss.RulesGap))
	df := ink{false, st.SizeDetail, st.Ink}
	rules := make([]string, len(scoringRules))
	for i, m := range scoringRules {
		rules[i] = w.T(m)
	}
	boxes = append(boxes, p.twoColumns(df, rules)...)
	boxes = append(boxes, p.roomToWrite(w.T(catalog.BeforeRound), w.T(catalog.BeforeRoundAside), 0))
	return part{boxes: boxes, whole: true}
}

// roomToWrite is a heading and writing lines that take what room is left
// on their page, at least lines lines. With no lines asked for it is drawn
// only when the page leaves room for a few, and is otherwise nothing.
func (p *packet) roomToWrite(title, aside string, lines int) box {
	st, ss := &p.st, &p.st.Packet.Scale
	head := p.heading(title, aside)
	gap := ss.RoomGap
	least := head.h + float64(ss.RoomLeast)*st.NoteLine
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
	ss := &p.st.Packet.Scale
	gutter := ss.Gutter
	colW := (p.w - gutter) / 2
	ind := ss.Indent
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
		heights[c] += float64(len(ls))*lh + p.st.ItemGap
	}
	h := max(heights[0], heights[1])
	return []box{{h: h, draw: func(y, _ float64) {
		for c, col := range cols {
			x := p.x0 + float64(c)*(colW+gutter)
			iy := y
			for _, ls := range col {
				p.bulletMark(x-ss.BulletShift, iy, lh)
				p.use(f)
				for j, l := range ls {
					p.put(x+ind, iy+float64(j)*lh, colW-ind, lh, l, "L")
				}
				iy += float64(len(ls))*lh + p.st.ItemGap
			}
		}
	}}}
}
