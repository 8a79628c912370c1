package layouts

// The schedule (rounds in order with clock times, focus, interviewer and
// questions) and who asks what (each round's questions by ID).

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// schedulePart is the rounds in order, back to back from the start time.
func (o *overview) schedulePart() part {
	st, ss, k := &o.st, &o.st.Overview.Schedule, o.k
	rest := o.w - (ss.Number + ss.Time + ss.Minutes + ss.Round + ss.Interviewer + ss.Questions)
	w := o.words
	cols := []column{{w.T(catalog.ColNumber), ss.Number, "L"}, {w.T(catalog.ColTime), ss.Time, "L"}, {w.T(catalog.ColMin), ss.Minutes, "R"},
		{w.T(catalog.ColRound), ss.Round, "L"}, {w.T(catalog.ColFocus), rest, "L"}, {w.T(catalog.ColInterviewer), ss.Interviewer, "L"},
		{w.T(catalog.ColQs), ss.Questions, "R"}}
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	breaks := k.Breaks(o.start)
	aside := w.T(catalog.ScheduleAside, kit.Clock(o.start))
	if len(breaks) > 0 {
		aside = w.T(catalog.ScheduleAsideBreaks, kit.Clock(o.start))
	}
	head := func(title string) []box { return []box{o.heading(title, aside), spacer(ss.HeadGap), o.tableHead(cols)} }
	boxes := append([]box{spacer(ss.Above)}, head(w.T(catalog.ScheduleTitle))...)
	boxes[1].keep = true
	slots := k.Schedule(o.start)
	for i := range k.Rounds {
		r := &k.Rounds[i]
		who := cell{text: o.people[i], f: body}
		if who.text == "" {
			who = cell{draw: o.writeLine, minH: o.lh(body)}
		}
		boxes = append(boxes, o.tableRow(cols, []cell{
			{text: fmt.Sprint(i + 1), f: bold},
			{text: kit.Clock(slots[i].Start) + "–" + kit.Clock(slots[i].End), f: body},
			{text: fmt.Sprint(r.Minutes()), f: body},
			{text: o.rounds[i], f: bold, sub: o.roundStages(i)},
			{text: o.roundFocus(r), f: body},
			who,
			{text: fmt.Sprint(len(r.Questions)), f: body},
		}, i%2 == 1))
		for j, b := range breaks {
			if b.After == i {
				boxes = append(boxes, o.tableRow(cols, []cell{{},
					{text: kit.Clock(b.Start) + "–" + kit.Clock(b.End), f: body},
					{text: fmt.Sprint(b.Minutes), f: body},
					{text: o.text(fmt.Sprintf("break %d title", j+1), b.Title), f: bold}, {}, {}, {}}, false))
			}
		}
	}
	total := o.tableRow(cols, []cell{{}, {text: kit.Clock(o.start) + "–" + kit.Clock(slots[len(slots)-1].End), f: bold},
		{text: fmt.Sprint(k.Minutes()), f: bold}, {text: w.T(catalog.Total), f: bold}, {}, {},
		{text: fmt.Sprint(len(k.Questions())), f: bold}}, false)
	decorate(&total, func(y float64) { o.rule(o.x0, y, o.x0+o.w, st.Ink, st.LineBold) })
	boxes = append(boxes, total)
	return part{boxes: boxes, more: func() []box { return head(w.T(catalog.Continued, w.T(catalog.ScheduleTitle))) }}
}

// whoAsksWhatParts are, per round, its questions by number, ID and area,
// with the question itself: one part per round, kept on one page when it
// fits.
func (o *overview) whoAsksWhatParts() []part {
	st, ws, k := &o.st, &o.st.Overview.WhoAsks, o.k
	w := o.words
	cols := []column{{w.T(catalog.ColQ), ws.Number, "L"}, {w.T(catalog.ColID), ws.ID, "L"}, {w.T(catalog.ColArea), ws.Area, "L"},
		{w.T(catalog.ColQuestion), o.w - (ws.Number + ws.ID + ws.Area), "L"}}
	body := ink{false, st.SizeSmall, st.Ink}
	idF := ink{true, st.SizeSmall, st.Ink}
	var parts []part
	for i := range k.Rounds {
		r := &k.Rounds[i]
		band := o.roundBand(i, false)
		var boxes []box
		if i == 0 {
			head := o.heading(w.T(catalog.WhoAsksWhat), w.T(catalog.WhoAsksWhatAside))
			o.bookmark(&head, w.T(catalog.WhoAsksWhat), 0)
			boxes = append(boxes, head, spacer(ws.HeadGap))
		}
		title := fmt.Sprintf("%d  %s", i+1, o.rounds[i])
		o.bookmark(&band, title, 1)
		band.keep = true
		boxes = append(boxes, band, o.tableHead(cols))
		for j, q := range r.Questions {
			field := fmt.Sprintf("question %q", q.ID)
			boxes = append(boxes, o.tableRow(cols, []cell{
				{text: o.words.T(catalog.PlanQuestion, j+1), f: idF},
				{text: o.text(field+" id", q.ID), f: idF},
				{text: o.areaTitle(r.AreaOf(q)), f: body},
				{text: o.text(field, q.Text), f: body},
			}, j%2 == 1))
		}
		if len(r.Questions) == 0 {
			boxes = append(boxes, o.para(ink{false, st.SizeSmall, st.Muted}, o.x0, o.w, w.T(catalog.NoQuestions), "L")...)
		}
		boxes = append(boxes, spacer(ws.After))
		parts = append(parts, part{boxes: boxes, whole: true, newPage: i == 0, more: func() []box {
			return []box{o.roundBand(i, true), o.tableHead(cols)}
		}})
	}
	return parts
}

// roundBand names a round over its questions: number, title, interviewer
// (or a line to write one), minutes and questions.
func (o *overview) roundBand(i int, continued bool) box {
	st, bs := &o.st, &o.st.Overview.Band
	r := &o.k.Rounds[i]
	pad := st.Pad
	tf := ink{true, st.SizeSubheading, st.Ink}
	mf := ink{false, st.SizeSmall, st.Ink}
	title := fmt.Sprintf("%d  %s", i+1, o.rounds[i])
	if continued {
		title = o.words.T(catalog.Continued, title)
	}
	meta := o.words.T(catalog.RoundMeta, r.Minutes(), o.questionCount(len(r.Questions)))
	o.use(mf)
	metaW := o.pdf.GetStringWidth(meta) + bs.MetaGap
	whoW := bs.WhoShare * o.w
	titleW := o.w - 2*pad - whoW - metaW
	titleLines := o.lines(tf, title, titleW-bs.TextGap)
	who := o.words.T(catalog.InterviewerColon) + " " + o.people[i]
	whoLines := o.lines(mf, who, whoW-bs.TextGap)
	h := 2*pad + max(float64(len(titleLines))*o.lh(tf), float64(len(whoLines))*o.lh(mf))
	return box{h: h, draw: func(y, _ float64) {
		o.fill(o.x0, y, o.w, h, st.FillStrong)
		o.use(tf)
		for j, l := range titleLines {
			o.put(o.x0+pad, y+pad+float64(j)*o.lh(tf), titleW, o.lh(tf), l, "L")
		}
		x := o.x0 + pad + titleW
		my := y + pad + (o.lh(tf)-o.lh(mf))/2
		o.use(mf)
		if o.people[i] == "" {
			o.put(x, my, whoW, o.lh(mf), o.words.T(catalog.InterviewerColon), "L")
			o.use(mf)
			lw := o.pdf.GetStringWidth(o.words.T(catalog.InterviewerColon) + " ")
			o.rule(x+lw, my+o.lh(mf)-bs.LineRise, x+whoW-bs.LineShort, st.Ink, st.LineThin)
		} else {
			for j, l := range whoLines {
				o.put(x, my+float64(j)*o.lh(mf), whoW-bs.TextGap, o.lh(mf), l, "L")
			}
		}
		o.use(mf)
		o.put(o.x0+o.w-pad-metaW, my, metaW, o.lh(mf), meta, "R")
	}}
}

// roundKey is "R1 Python screen · R2 Django core · …": what the R numbers
// of the coverage and debrief tables stand for.
func (o *overview) roundKey() []box {
	st := &o.st
	f := ink{false, st.SizeSmall, st.Muted}
	s := ""
	for i, t := range o.rounds {
		if i > 0 {
			s += " · "
		}
		s += o.numbered[i] + " " + t
	}
	return o.para(f, o.x0, o.w, s, "L")
}
