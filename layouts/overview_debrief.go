package layouts

// The debrief sheet: where the panel's scores and recommendations are
// gathered, per round, per area and overall, once every interviewer has
// scored on their own. Scoring before the debrief keeps the first opinion
// voiced from anchoring the others.

import (
	"slices"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// debriefParts are the instruction, the table by round, the table by area,
// and the overall decision.
func (o *overview) debriefParts() []part {
	ds := &o.st.Overview.Debrief
	w := o.words
	head := o.heading(w.T(catalog.DebriefTitle), w.T(catalog.DebriefAside))
	o.bookmark(&head, w.T(catalog.DebriefTitle), 0)
	intro := append([]box{head, spacer(ds.HeadGap)}, o.panel(w.T(catalog.DebriefPanel), w.T(catalog.DebriefRule))...)
	return []part{
		{boxes: intro, whole: true, newPage: true},
		o.debriefRounds(),
		o.debriefAreas(),
		o.debriefOverall(),
	}
}

// debriefTable is a table of the debrief sheet under a subheading that
// runs on to further pages with its header repeated.
func (o *overview) debriefTable(title, aside string, cols []column, rows func() []box) part {
	ds := &o.st.Overview.Debrief
	head := func(title string) []box {
		return []box{o.subheading(title, aside), spacer(ds.SubGap), o.tableHead(cols)}
	}
	boxes := append([]box{spacer(ds.TableAbove)}, head(title)...)
	boxes[1].keep = true
	return part{boxes: append(boxes, rows()...), more: func() []box { return head(o.words.T(catalog.Continued, title)) }}
}

// debriefRounds is a row per round: its interviewer, their average and
// their recommendation to tick.
func (o *overview) debriefRounds() part {
	st, ds, k := &o.st, &o.st.Overview.Debrief, o.k
	recW := 0.0
	labels := o.recommendations()
	for _, r := range labels {
		recW = max(recW, o.headWidth(r))
	}
	// Labels too long to stand side by side wrap in a fair share each.
	recW = min(recW, (o.w-ds.Number-ds.Round-ds.Average-ds.InterviewerMin)/float64(len(labels)))
	recs := recW * float64(len(labels))
	w := o.words
	cols := []column{{w.T(catalog.ColNumber), ds.Number, "L"}, {w.T(catalog.ColRound), ds.Round, "L"},
		{w.T(catalog.ColInterviewer), o.w - ds.Number - ds.Round - ds.Average - recs, "L"}, {w.T(catalog.ColAverage), ds.Average, "C"}}
	for _, r := range labels {
		cols = append(cols, column{r, recW, "C"})
	}
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	return o.debriefTable(w.T(catalog.ByRound), w.T(catalog.ByRoundAside), cols, func() []box {
		var rows []box
		for i := range k.Rounds {
			who := cell{text: o.people[i], f: body}
			if who.text == "" {
				who = cell{draw: o.writeLine, minH: st.ScoreBoxes}
			}
			cells := []cell{{text: o.numbered[i], f: bold}, {text: o.rounds[i], f: bold}, who,
				{draw: o.scoreBox, minH: st.ScoreBoxes}}
			for range labels {
				cells = append(cells, cell{draw: o.tick, minH: st.ScoreBoxes})
			}
			rows = append(rows, o.formRow(cols, cells, i%2 == 1))
		}
		return rows
	})
}

// debriefAreas is a row per area the loop scores: a box per round that
// asks about it, the area's average over all rounds and a box to tick when the
// interviewers' scores lie 2 or more apart.
func (o *overview) debriefAreas() part {
	st, ds := &o.st, &o.st.Overview.Debrief
	n := len(o.rounds)
	roundW := min(ds.AreaRoundMax, max(o.headWidth(o.numbered[n-1]), (o.w-ds.AreaMin-ds.AreaAverage-ds.Apart)/float64(n)))
	w := o.words
	cols := []column{{w.T(catalog.ColFocusArea), o.w - ds.AreaAverage - ds.Apart - float64(n)*roundW, "L"}}
	for _, r := range o.numbered {
		cols = append(cols, column{r, roundW, "C"})
	}
	cols = append(cols, column{w.T(catalog.ColAverage), ds.AreaAverage, "C"},
		column{w.T(catalog.Apart, w.Number(kit.SpreadFlagAt)), ds.Apart, "C"})
	body := ink{false, st.SizeDetail, st.Ink}
	return o.debriefTable(w.T(catalog.ByArea), w.T(catalog.ByAreaAside), cols, func() []box {
		var rows []box
		// Every area the loop scores a question under, as the scoresheet's
		// Summary lists them, so paper and spreadsheet agree.
		for i, a := range o.k.ScoredAreas() {
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
			rows = append(rows, o.formRow(cols, cells, i%2 == 1))
		}
		return rows
	})
}

// debriefOverall is the loop's overall score, the decision to tick by the
// kit's rule, room for the reasons and the hiring manager's signature.
func (o *overview) debriefOverall() part {
	st, ds := &o.st, &o.st.Overview.Debrief
	of := ink{true, st.SizeBody, st.Ink}
	w := o.words
	boxes := []box{spacer(ds.OverallAbove), o.subheading(w.T(catalog.Overall), w.T(catalog.OverallAside)), spacer(ds.OverallSubGap)}
	h := st.ScoreBoxes + ds.ScorePad
	boxes = append(boxes, box{h: h, keep: true, draw: func(y, _ float64) {
		o.use(of)
		o.put(o.x0, y+ds.ScorePad/2, o.w-ds.ScoreLabelShort, st.ScoreBoxes, w.T(catalog.OverallScore), "L")
		o.scoreCell(o.x0+o.w-ds.ScoreWidth, y+ds.ScorePad/2, ds.ScoreWidth, st.ScoreBoxes, "")
	}}, spacer(ds.ScoreGap))
	boxes = append(boxes, o.subheading(w.T(catalog.Decision), w.T(catalog.TickOne)), spacer(ds.ChoiceGap))
	boxes = append(boxes, o.recommendation(o.recommendations(), o.ruleText())...)
	boxes = append(boxes, spacer(ds.ReasonsAbove), o.subheading(w.T(catalog.Reasons), w.T(catalog.ReasonsAside)))
	boxes = append(boxes, o.writingSpace(ds.ReasonLines, ds.ReasonLeast))
	boxes = append(boxes, spacer(ds.SignGap), o.signatureRow(w.T(catalog.ManagerSignature), w.T(catalog.SignDate), w.T(catalog.PanelPresent)))
	return part{boxes: boxes, whole: true, squeeze: true}
}
