package layouts

// One block per question: a band with its number, ID, tags and time; the
// question in large type; for a practical exercise, what the candidate has
// on paper (the handout's text and the code listings, numbered as on the
// handout) and the script to reveal when asked; then sections with their
// labels in a left gutter: why we ask, the versions the answer depends on,
// the answer points to tick, follow-up probes, red flags, STAR probes for
// behavioural questions; the scoring grid; and ruled lines for notes, which
// take the rest of the page when the next block moves on.

import (
	"fmt"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// questionPart lays out question number n (from 1) of the round.
func (p *packet) questionPart(n int, q *kit.Question, item kit.PlanItem) part {
	st := &p.st
	field := fmt.Sprintf("question %q", q.ID)
	id := p.text(field+" id", q.ID)
	var boxes []box
	boxes = append(boxes, spacer(st.BlockGap))

	band := p.questionBand(n, q, id, item, field)
	band.keep = true
	decorate(&band, func(y float64) {
		// fpdf writes a bookmark's title as UTF-16 only under a UTF-8 font.
		p.setFont(true, st.SizeBody, st.Ink)
		p.pdf.Bookmark(p.words.T(catalog.QuestionMark, n, id), p.outline, y)
	})
	boxes = append(boxes, band, spacer(st.Gap))

	qf := ink{false, st.SizeQuestion, st.Ink}
	boxes = append(boxes, p.para(qf, p.x0, p.w, p.text(field, q.Text), "L")...)
	boxes = append(boxes, spacer(st.Packet.Question.AfterText))

	cx, cw := p.x0+st.Gutter, p.w-st.Gutter
	body := ink{false, st.SizeBody, st.Ink}
	small := ink{false, st.SizeDetail, st.Muted}
	w := p.words
	section := func(label string, bs []box) {
		if len(bs) == 0 {
			return
		}
		boxes = append(boxes, p.labelled(label, bs)...)
		boxes = append(boxes, spacer(st.Gap))
	}
	if q.Handout != "" {
		section(w.T(catalog.SectionHandout), p.handoutText(small, cx, cw, field, q.Handout))
	}
	if len(q.Code) > 0 {
		boxes = append(boxes, p.listings(field, q.Code, p.x0, p.w)...)
		boxes = append(boxes, spacer(st.Gap))
	}
	if len(q.Script) > 0 {
		section(w.T(catalog.SectionScript), p.scriptBand(field, q.Script, cx, cw))
	}
	section(w.T(catalog.SectionWhy), p.para(small, cx, cw, p.text(field+" why", q.Why), "L"))
	if q.VersionNote != "" {
		// A candidate on an older release may answer differently; the note
		// says from which version the expected answer holds.
		section(w.T(catalog.SectionVersions), p.para(small, cx, cw, p.text(field+" version note", q.VersionNote), "L"))
	}

	list := func(kind string, texts []string, marker func(x, y, lh float64)) []box {
		var bs []box
		for i, t := range texts {
			if i > 0 {
				bs = append(bs, spacer(st.ItemGap))
			}
			bs = append(bs, p.item(body, cx, cw, p.text(fmt.Sprintf("%s %s %d", field, kind, i+1), t), marker)...)
		}
		return bs
	}
	section(w.T(catalog.SectionListenFor), list("key point", q.KeyPoints, p.tickBox))
	section(w.T(catalog.SectionFollowUps), list("follow-up", q.FollowUps, p.probeMark))
	section(w.T(catalog.SectionRedFlags), list("red flag", q.RedFlags, p.flagMark))
	if q.STAR != nil {
		section(w.T(catalog.SectionSTAR), p.starBoxes(field, q.STAR, cx, cw))
	}
	boxes = append(boxes, p.scoreBoxes(field, n, q)...)
	boxes = append(boxes, spacer(st.Gap))
	boxes = append(boxes, p.notesBox())

	more := func() []box {
		return []box{p.continuedBand(n, id), spacer(st.Gap)}
	}
	return part{boxes: boxes, whole: true, more: more}
}

// questionBand is the grey band opening a block: "Q3", the ID and tags on
// the left, minutes and clock times on the right.
func (p *packet) questionBand(n int, q *kit.Question, id string, item kit.PlanItem, field string) box {
	st, qs := &p.st, &p.st.Packet.Question
	pad := st.Pad
	numF := ink{true, st.SizeNumber, st.Ink}
	idF := ink{true, st.SizeBody, st.Ink}
	timeF := ink{true, st.SizeBody, st.Ink}
	clockF := ink{false, st.SizeSmall, st.Muted}

	num := p.words.T(catalog.PlanQuestion, n)
	p.use(numF)
	numW := p.pdf.GetStringWidth(num) + qs.NumberGap
	mins := p.words.T(catalog.MinutesShort, q.Minutes)
	clocks := ""
	if item.Question != nil {
		clocks = clock(item.Start) + "–" + clock(item.Start+item.Minutes)
	}
	p.use(timeF)
	timeW := p.pdf.GetStringWidth(mins)
	p.use(clockF)
	timeW = max(timeW, p.pdf.GetStringWidth(clocks)) + qs.TimeGap

	textX := p.x0 + pad + numW
	textW := p.w - 2*pad - numW - timeW
	idLines := p.lines(idF, id, textW)
	idLH := p.lh(idF)
	tags := p.questionTags(q, field, textW)
	h := pad + max(float64(len(idLines))*idLH+tags.h, p.lh(numF), p.lh(timeF)+p.lh(clockF)) + pad

	return box{h: h, draw: func(y, _ float64) {
		p.fill(p.x0, y, p.w, h, st.FillStrong)
		p.use(numF)
		p.put(p.x0+pad, y+pad, numW, p.lh(numF), num, "L")
		p.use(idF)
		for i, l := range idLines {
			p.put(textX, y+pad+float64(i)*idLH, textW, idLH, l, "L")
		}
		tags.draw(textX, y+pad+float64(len(idLines))*idLH+qs.TagsTop)
		right := p.x0 + p.w - pad
		p.use(timeF)
		p.put(right-timeW, y+pad, timeW, p.lh(timeF), mins, "R")
		if clocks != "" {
			p.use(clockF)
			p.put(right-timeW, y+pad+p.lh(timeF), timeW, p.lh(clockF), clocks, "R")
		}
	}}
}

// tagRows are a question's tags laid out in rows of a given width: h tall
// in all, drawn with their top left at x, y.
type tagRows struct {
	h    float64
	draw func(x, y float64)
}

// questionTags are the area the question is scored under, then its
// levels, as outlined tags in rows no wider than w.
func (p *packet) questionTags(q *kit.Question, field string, w float64) tagRows {
	st, qs := &p.st, &p.st.Packet.Question
	tagF := ink{false, st.SizeSmall, st.Ink}
	var tags []string
	if a := p.round.AreaOf(q); a.ID != "" {
		tags = append(tags, p.areaTitle(a))
	}
	if len(q.Levels) > 0 {
		tags = append(tags, p.text(field+" levels", strings.Join(q.Levels, " · ")))
	}
	tagH := p.lh(tagF) + qs.TagPadY
	type tagAt struct {
		x, y, w float64
		text    string
	}
	var placed []tagAt
	tx, ty := 0.0, 0.0
	p.use(tagF)
	for _, t := range tags {
		// A tag wider than the room left is wrapped into pieces that fit.
		for _, piece := range wrapText(p.pdf, t, w-qs.TagPadX) {
			tw := p.pdf.GetStringWidth(piece) + qs.TagPadX
			if tx > 0 && tx+tw > w {
				tx, ty = 0, ty+tagH+qs.TagRowGap
			}
			placed = append(placed, tagAt{tx, ty, tw, piece})
			tx += tw + qs.TagGap
		}
	}
	rows := tagRows{draw: func(x, y float64) {
		for _, t := range placed {
			p.fill(x+t.x, y+t.y, t.w, tagH, st.White)
			p.pdf.SetDrawColor(st.Rule, st.Rule, st.Rule)
			p.pdf.SetLineWidth(st.LineThin)
			p.pdf.Rect(x+t.x, y+t.y, t.w, tagH, "D")
			p.use(tagF)
			p.put(x+t.x, y+t.y+qs.TagPadY/2, t.w, tagH-qs.TagPadY, t.text, "C")
		}
	}}
	if len(placed) > 0 {
		rows.h = ty + tagH + qs.TagsBelow
	}
	return rows
}

// continuedBand opens a page that a long question runs on to.
func (p *packet) continuedBand(n int, id string) box {
	st, qs := &p.st, &p.st.Packet.Question
	f := ink{true, st.SizeDetail, st.Muted}
	lh := p.lh(f)
	h := lh + 2*qs.ContinuedPad
	text := fitText(p.pdf, p.words.T(catalog.QuestionContinued, n, id), p.w-2*st.Pad)
	return box{h: h, draw: func(y, _ float64) {
		p.fill(p.x0, y, p.w, h, st.Fill)
		p.use(f)
		p.put(p.x0+st.Pad, y+qs.ContinuedPad, p.w-2*st.Pad, lh, text, "L")
	}}
}

// starBoxes are the situation, task, action and result probes, each marked
// with its letter.
func (p *packet) starBoxes(field string, s *kit.STAR, x, w float64) []box {
	st := &p.st
	body := ink{false, st.SizeBody, st.Ink}
	probes := []struct{ letter, name, text string }{
		{"S", p.words.T(catalog.StarSituation), s.Situation},
		{"T", p.words.T(catalog.StarTask), s.Task},
		{"A", p.words.T(catalog.StarAction), s.Action},
		{"R", p.words.T(catalog.StarResult), s.Result},
	}
	var bs []box
	for i, pr := range probes {
		if strings.TrimSpace(pr.text) == "" {
			continue
		}
		if i > 0 {
			bs = append(bs, spacer(st.ItemGap))
		}
		letter := pr.letter
		bs = append(bs, p.item(body, x, w, p.text(field+" STAR "+pr.name, pr.text), func(x, y, lh float64) {
			r := st.Marks.StarR
			p.badge(x+r, y+lh/2, r, letter, st.SizeLabel, true)
		})...)
	}
	return bs
}

// notesBox is ruled writing space under a question, labelled in the gutter.
// It grows to the bottom of its page when the next block moves on.
func (p *packet) notesBox() box {
	st := &p.st
	h := float64(st.NoteLines) * st.NoteLine
	f := ink{true, st.SizeLabel, st.Muted}
	return box{h: h, min: st.NoteLine, grow: true, draw: func(y, h float64) {
		p.use(f)
		p.put(p.x0, y+st.NoteLine-p.lh(f)-st.Packet.Question.NotesLabelRise, st.Gutter, p.lh(f), p.words.T(catalog.Notes), "L")
		p.writingLines(p.x0+st.Gutter, p.x0+p.w, y, st.NoteLine)
		p.writingLines(p.x0, p.x0+p.w, y+st.NoteLine, h-st.NoteLine)
	}}
}
