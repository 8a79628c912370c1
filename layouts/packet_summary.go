package layouts

// The last page: boxes to copy each question's score into, grouped by the
// area it is scored under, the overall recommendation to mark (a row of the
// form a scanner reads back), key take-aways, and the interviewer's
// signature, date and time.

import (
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// candidateQuestionsPart is room to note what the candidate asked at the
// end of the round: their questions say something too.
func (p *packet) candidateQuestionsPart() part {
	st, ss := &p.st, &p.st.Packet.Summary
	head := p.heading(p.words.T(catalog.CandidateQuestions), p.words.T(catalog.CandidateQuestionsAside))
	return part{boxes: []box{spacer(st.BlockGap), head, p.writingSpace(ss.AskedLines, ss.AskedLeast)},
		whole: true, squeeze: true}
}

// summaryPart is the summary page.
func (p *packet) summaryPart() part {
	st, ss := &p.st, &p.st.Packet.Summary
	var boxes []box
	w := p.words
	head := p.heading(w.T(catalog.Summary), w.T(catalog.SummaryAside))
	p.bookmark(&head, w.T(catalog.SummaryBookmark), 0)
	boxes = append(boxes, head, spacer(ss.HeadGap))
	hint := ink{false, st.SizeSmall, st.Muted}
	boxes = append(boxes, p.para(hint, p.x0, p.w, w.T(catalog.SummaryHint), "L")...)
	boxes = append(boxes, spacer(ss.HintGap))
	boxes = append(boxes, p.areaGrid()...)

	boxes = append(boxes, spacer(ss.SectionGap), p.heading(w.T(catalog.OverallRecommendation), w.T(catalog.MarkOne)), spacer(ss.ChoiceGap))
	boxes = append(boxes, p.recommendationRow(p.k.Policy.WithDefaults().Rule.Labels.List())...)

	boxes = append(boxes, spacer(ss.SectionGap), p.heading(w.T(catalog.TakeAways), w.T(catalog.TakeAwaysAside)))
	boxes = append(boxes, p.writingSpace(ss.NoteLines, ss.NoteLeast))
	boxes = append(boxes, spacer(ss.SignGap), p.signatureRow(w.T(catalog.InterviewerSignature), w.T(catalog.SignDate), w.T(catalog.SignTime)))
	return part{boxes: boxes, whole: true, newPage: true, more: func() []box {
		return []box{p.heading(w.T(catalog.Continued, w.T(catalog.Summary)), ""), spacer(ss.ContinuedGap)}
	}}
}

// areaGrid is one row per area: its title, a box per question labelled with
// its number, and a box for the area's average; then the overall average.
// An area with many questions wraps its boxes onto further rows, each its
// own box, so the grid can run over pages.
func (p *packet) areaGrid() []box {
	st, ss := &p.st, &p.st.Packet.Summary
	cellsW := p.w - ss.AreaTitle - ss.Average
	lf := ink{true, st.SizeLabel, st.Muted}

	var boxes []box
	headH := p.lh(lf) + ss.HeadBelow
	boxes = append(boxes, box{h: headH, keep: true, draw: func(y, _ float64) {
		p.use(lf)
		for _, c := range []struct {
			x, w  float64
			s, al string
		}{{p.x0, ss.AreaTitle, p.words.T(catalog.GridArea), "L"}, {p.x0 + ss.AreaTitle, cellsW, p.words.T(catalog.GridScores), "L"},
			{p.x0 + ss.AreaTitle + cellsW, ss.Average, p.words.T(catalog.GridAverage), "C"}} {
			p.put(c.x, y, c.w, p.lh(lf), c.s, c.al)
		}
	}})

	numbers := map[*kit.Question]int{}
	for i, q := range p.round.Questions {
		numbers[q] = i + 1
	}
	for ai, a := range p.roundAreas() {
		var qs []int
		for _, q := range p.round.Questions {
			if p.round.AreaOf(q).ID == a.ID {
				qs = append(qs, numbers[q])
			}
		}
		boxes = append(boxes, p.areaRows(a.Title, qs, ai%2 == 1)...)
	}
	of := ink{true, st.SizeBody, st.Ink}
	cellH, rowPad := st.ScoreBoxes, ss.RowPad
	h := cellH + 2*rowPad + ss.OverallDrop
	boxes = append(boxes, box{h: h, draw: func(y, _ float64) {
		p.rule(p.x0, y, p.x0+p.w, st.Ink, st.LineBold)
		p.use(of)
		p.put(p.x0+ss.TitleInset, y+rowPad+ss.OverallDrop, ss.AreaTitle+cellsW-ss.TitleGap, cellH, p.words.T(catalog.GridOverall), "L")
		p.scoreCell(p.x0+ss.AreaTitle+cellsW+(ss.Average-ss.AverageBox)/2, y+rowPad+ss.OverallDrop, ss.AverageBox, cellH, "")
	}})
	return boxes
}

// areaRows are an area's rows of the area grid: its title, boxes for the
// questions qs, as many rows as they need, and a box for the average.
func (p *packet) areaRows(title string, qs []int, shade bool) []box {
	st, ss := &p.st, &p.st.Packet.Summary
	cellW, cellH, cellGap := ss.Cell, st.ScoreBoxes, ss.CellGap
	cellsW := p.w - ss.AreaTitle - ss.Average
	perRow := max(1, int((cellsW+cellGap)/(cellW+cellGap)))
	tf := ink{false, st.SizeDetail, st.Ink}
	rowPad := ss.RowPad
	titled := p.lines(tf, title, ss.AreaTitle-ss.TitleGap)
	rows := (len(qs) + perRow - 1) / perRow
	var boxes []box
	for r := 0; r < rows; r++ {
		chunk := qs[r*perRow : min(len(qs), (r+1)*perRow)]
		h := cellH + 2*rowPad
		var titleLines []string
		if r == 0 {
			titleLines = titled
			h = max(h, float64(len(titled))*p.lh(tf)+2*rowPad)
		}
		first, last := r == 0, r == rows-1
		boxes = append(boxes, box{h: h, keep: !last, draw: func(y, _ float64) {
			if shade {
				p.fill(p.x0, y, p.w, h, st.Fill)
			}
			if first {
				p.rule(p.x0, y, p.x0+p.w, st.Rule, st.LineThin)
				p.use(tf)
				for j, l := range titleLines {
					p.put(p.x0+ss.TitleInset, y+rowPad+float64(j)*p.lh(tf), ss.AreaTitle-ss.TitleGap, p.lh(tf), l, "L")
				}
			}
			for j, n := range chunk {
				p.scoreCell(p.x0+ss.AreaTitle+float64(j)*(cellW+cellGap), y+rowPad, cellW, cellH, p.words.T(catalog.PlanQuestion, n))
			}
			if first {
				p.scoreCell(p.x0+ss.AreaTitle+cellsW+(ss.Average-ss.AverageBox)/2, y+rowPad, ss.AverageBox, cellH, "")
			}
		}})
	}
	return boxes
}

// recommendationRow is the overall recommendation as a row of the form:
// the instruction, a box per label with the label beside it, the
// correction box under them, and the rule that gives a recommendation from
// the scores, in words.
func (p *packet) recommendationRow(labels []string) []box {
	st := &p.st
	hint := ink{false, st.SizeSmall, st.Muted}
	boxes := p.para(hint, p.x0, p.w, p.words.T(catalog.RecommendationHint), "L")
	for i := range boxes {
		boxes[i].keep = true
	}
	boxes = append(boxes, p.choiceForm(labels), spacer(st.Choice.RuleGap))
	rule := p.words.T(catalog.RuleOnScoresheet, p.ruleText())
	return append(boxes, p.para(hint, p.x0, p.w, rule, "L")...)
}

// choiceForm is one box holding a box per label, spread across the width
// in as many lines as they need, and the correction box under them with
// its label; drawing it records the row in the packet's form.
func (p *packet) choiceForm(labels []string) box {
	st, fs := &p.st, &p.st.Packet.Form
	lf := ink{true, st.SizeSubheading, st.Ink}
	type placedLabel struct {
		x, y  float64 // the box's offset from the row's top left
		label string
	}
	var at []placedLabel
	var line []placedLabel
	x, y, used := 0.0, 0.0, 0.0
	flush := func() {
		// Spread a full line's slack between its options.
		if len(line) > 1 && len(at) == 0 && len(line) == len(labels) {
			spread := (p.w - used) / float64(len(line)-1)
			for i := range line {
				line[i].x += float64(i) * spread
			}
		}
		at = append(at, line...)
		line = nil
	}
	p.use(lf)
	for _, l := range labels {
		l = p.text("recommendation label", l)
		w := form.BoxSize + fs.ChoiceLabelGap + p.pdf.GetStringWidth(l) + fs.ChoiceAfter
		if x > 0 && x+w > p.w+fs.ChoiceAfter {
			flush()
			x, y = 0, y+form.BoxSize+fs.ChoiceLine
		}
		line = append(line, placedLabel{x, y, l})
		x += w
		used = x - fs.ChoiceAfter
	}
	flush()
	bottom := y + form.BoxSize
	cf := ink{true, st.SizeSmall, st.Muted}
	p.use(cf)
	changed := p.words.T(catalog.Changed)
	cw := p.pdf.GetStringWidth(changed)
	h := fs.ChoiceAbove + bottom + fs.CorrectionGap + fs.CorrectionH + fs.ChoiceBelow
	return box{h: h, draw: func(y, _ float64) {
		top := y + fs.ChoiceAbove
		row := form.Row{Kind: form.Recommendation}
		for i, o := range at {
			b := p.markBox(p.x0+o.x, top+o.y, form.BoxSize, form.BoxSize)
			row.Options = append(row.Options, form.Option{Value: labels[i], Box: b})
			p.use(lf)
			p.put(p.x0+o.x+form.BoxSize+fs.ChoiceLabelGap, top+o.y, p.w, form.BoxSize, o.label, "L")
		}
		cy := top + bottom + fs.CorrectionGap
		p.use(cf)
		p.put(p.x0, cy, cw, fs.CorrectionH, changed, "L")
		corr := p.markBox(p.x0+cw+fs.CorrectionLabelGap, cy, fs.ChoiceCorrectionW, fs.CorrectionH)
		row.Correction = &corr
		p.sheets.row(row)
	}}
}
