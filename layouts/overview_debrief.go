package layouts

// The debrief sheet: where the panel's scores and recommendations are
// gathered, per round, per area and overall, once every interviewer has
// scored on their own. Scoring before the debrief keeps the first opinion
// voiced from anchoring the others.

import (
	"fmt"
	"slices"

	"github.com/interviewkit/interviewkit/kit"
)

// debriefRule is the instruction printed at the top of the debrief sheet.
const debriefRule = "Each interviewer scores their own round, on their packet or scoresheet, and records a recommendation " +
	"BEFORE the debrief, without talking to the other interviewers about the candidate. Independent scores avoid anchoring: " +
	"the first opinion voiced pulls the others towards it. Copy the scores here at the start of the debrief, then discuss, " +
	"starting with the areas whose scores lie 2 or more apart."

// debriefParts are the instruction, the table by round, the table by area,
// and the overall decision.
func (o *overview) debriefParts() []part {
	st := &o.st
	head := o.heading("Debrief", "the panel's scores, gathered before any discussion")
	decorate(&head, func(y float64) { o.pdf.Bookmark("Debrief", 0, y) })
	intro := append([]box{head, spacer(3)}, o.panel("Score before the debrief", debriefRule)...)
	return []part{
		{boxes: intro, whole: true, newPage: true},
		o.debriefRounds(),
		o.debriefAreas(),
		o.debriefOverall(st),
	}
}

// subheading is a bold title over a table, with muted text after it.
func (o *overview) subheading(title, aside string) box {
	st := &o.st
	tf := ink{true, st.SizeBody + 0.5, st.Ink}
	af := ink{false, st.SizeSmall, st.Muted}
	o.use(tf)
	tw := o.pdf.GetStringWidth(title) + 3
	o.use(af)
	aside = fitText(o.pdf, aside, o.w-tw)
	h := o.lh(tf) + 1.5
	return box{h: h, keep: true, draw: func(y, _ float64) {
		o.use(tf)
		o.put(o.x0, y, tw, o.lh(tf), title, "L")
		o.use(af)
		o.put(o.x0+tw, y+(o.lh(tf)-o.lh(af))/2+0.3, o.w-tw, o.lh(af), aside, "L")
	}}
}

// debriefRounds is a row per round: its interviewer, their average and
// their recommendation to tick.
func (o *overview) debriefRounds() part {
	st, k := &o.st, o.k
	recW := 0.0
	for _, r := range kit.Recommendations {
		recW = max(recW, o.headWidth(r))
	}
	recs := recW * float64(len(kit.Recommendations))
	roundW := 34.0
	cols := []column{{"#", 9, "L"}, {"Round", roundW, "L"}, {"Interviewer", o.w - 9 - roundW - 16 - recs, "L"}, {"Average", 16, "C"}}
	for _, r := range kit.Recommendations {
		cols = append(cols, column{r, recW, "C"})
	}
	body := ink{false, st.SizeSmall + 0.5, st.Ink}
	bold := ink{true, st.SizeSmall + 0.5, st.Ink}
	head := func(title string) []box {
		return []box{o.subheading(title, "each interviewer's own average and call, as handed in"), spacer(1), o.tableHead(cols)}
	}
	boxes := append([]box{spacer(6)}, head("By round")...)
	boxes[1].keep = true
	for i := range k.Rounds {
		who := cell{text: o.people[i], f: body}
		if who.text == "" {
			who = cell{draw: o.writeLine, minH: st.ScoreBoxes}
		}
		cells := []cell{{text: o.numbered[i], f: bold}, {text: o.rounds[i], f: bold}, who,
			{draw: o.scoreBox, minH: st.ScoreBoxes}}
		for range kit.Recommendations {
			cells = append(cells, cell{draw: o.tick, minH: st.ScoreBoxes})
		}
		boxes = append(boxes, o.formRow(cols, cells, i%2 == 1))
	}
	return part{boxes: boxes, more: func() []box { return head("By round (continued)") }}
}

// debriefAreas is a row per area the loop scores: a box per round that
// asks about it, the area's average over all rounds and a box to tick when the
// interviewers' scores lie 2 or more apart.
func (o *overview) debriefAreas() part {
	st := &o.st
	n := len(o.rounds)
	avgW, gapW := 17.0, 19.0
	roundW := min(15, max(o.headWidth(o.numbered[n-1]), (o.w-40-avgW-gapW)/float64(n)))
	cols := []column{{"Focus area", o.w - avgW - gapW - float64(n)*roundW, "L"}}
	for _, r := range o.numbered {
		cols = append(cols, column{r, roundW, "C"})
	}
	cols = append(cols, column{"Average", avgW, "C"},
		column{fmt.Sprintf("%s+ apart", num(kit.SpreadFlagAt)), gapW, "C"})
	body := ink{false, st.SizeSmall + 0.5, st.Ink}
	head := func(title string) []box {
		return []box{o.subheading(title, "each round's average in the area; a dash where the round does not ask about it"),
			spacer(1), o.tableHead(cols)}
	}
	boxes := append([]box{spacer(6)}, head("By area")...)
	boxes[1].keep = true
	// Every area the loop scores a question under, as the scoresheet's
	// Summary lists them, so paper and spreadsheet agree.
	for i, a := range scoredAreas(o.k) {
		cells := []cell{{text: o.areaTitle(a), f: body}}
		for j := range n {
			r := &o.k.Rounds[j]
			if slices.ContainsFunc(r.Questions, func(q *kit.Question) bool { return r.AreaOf(q).ID == a.ID }) {
				cells = append(cells, cell{draw: o.scoreBox, minH: st.ScoreBoxes})
			} else {
				cells = append(cells, cell{draw: o.dash, minH: st.ScoreBoxes})
			}
		}
		cells = append(cells, cell{draw: o.scoreBox, minH: st.ScoreBoxes}, cell{draw: o.tick, minH: st.ScoreBoxes})
		boxes = append(boxes, o.formRow(cols, cells, i%2 == 1))
	}
	return part{boxes: boxes, more: func() []box { return head("By area (continued)") }}
}

// debriefOverall is the loop's overall score, the decision to tick by the
// kit's rule, room for the reasons and the hiring manager's signature.
func (o *overview) debriefOverall(st *Style) part {
	hint := ink{false, st.SizeSmall, st.Muted}
	of := ink{true, st.SizeBody, st.Ink}
	boxes := []box{spacer(7), o.subheading("Overall", "the weighted average of every scored question of the loop"), spacer(2)}
	h := st.ScoreBoxes + 2
	boxes = append(boxes, box{h: h, keep: true, draw: func(y, _ float64) {
		o.use(of)
		o.put(o.x0, y+1, o.w-30, st.ScoreBoxes, "Overall score (1–4)", "L")
		o.scoreCell(o.x0+o.w-24, y+1, 24, st.ScoreBoxes, "")
	}}, spacer(3))
	boxes = append(boxes, o.subheading("Decision", "tick one"), spacer(2))
	boxes = append(boxes, o.recommendationRow()...)
	rule := "The scoresheet's rule, on the weighted average of scored questions: " + kit.RecommendationRule()
	boxes = append(boxes, spacer(2))
	boxes = append(boxes, o.para(hint, o.x0, o.w, rule, "L")...)
	boxes = append(boxes, spacer(5), o.subheading("Reasons", "the evidence behind the decision, and any concern to follow up"))
	boxes = append(boxes, box{h: 4 * st.NoteLine, min: 2 * st.NoteLine, grow: true, draw: func(y, h float64) {
		o.writingLines(o.x0, o.x0+o.w, y, h)
	}})
	boxes = append(boxes, spacer(8), o.signatureRow("Hiring manager's signature", "Date", "Panel present"))
	return part{boxes: boxes, whole: true, squeeze: true}
}
