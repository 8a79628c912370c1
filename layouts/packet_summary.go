package layouts

// The last page: boxes to copy each question's score into, grouped by the
// area it is scored under, the overall recommendation to tick, key
// take-aways, and the interviewer's signature, date and time.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// candidateQuestionsPart is room to note what the candidate asked at the
// end of the round: their questions say something too.
func (p *packet) candidateQuestionsPart() part {
	st := &p.st
	head := p.heading("The candidate's questions", "what they asked, and what it tells you")
	lines := 5
	return part{boxes: []box{spacer(st.BlockGap), head, {h: float64(lines) * st.NoteLine, min: 3 * st.NoteLine, grow: true, draw: func(y, h float64) {
		p.writingLines(p.x0, p.x0+p.w, y, h)
	}}}, whole: true, squeeze: true}
}

// summaryPart is the summary page.
func (p *packet) summaryPart() part {
	st := &p.st
	var boxes []box
	head := p.heading("Summary", "fill in after the round, before any debrief")
	decorate(&head, func(y float64) { p.pdf.Bookmark("Summary and recommendation", 0, y) })
	boxes = append(boxes, head, spacer(2))
	hint := ink{false, st.SizeSmall, st.Muted}
	boxes = append(boxes, p.para(hint, p.x0, p.w,
		"Copy each question's score (1–4 or N/A) into its area and average the scored ones; N/A and blanks are left out, never counted as zero.", "L")...)
	boxes = append(boxes, spacer(3))
	boxes = append(boxes, p.areaGrid()...)

	boxes = append(boxes, spacer(7), p.heading("Overall recommendation", "tick one"), spacer(3))
	boxes = append(boxes, p.recommendationRow()...)
	rule := "The scoresheet's rule, on the weighted average of scored questions: " + kit.RecommendationRule()
	boxes = append(boxes, spacer(2))
	boxes = append(boxes, p.para(hint, p.x0, p.w, rule, "L")...)

	boxes = append(boxes, spacer(7), p.heading("Key take-aways", "strengths, concerns, what to probe in the next round"))
	boxes = append(boxes, box{h: 4 * st.NoteLine, min: 2 * st.NoteLine, grow: true, draw: func(y, h float64) {
		p.writingLines(p.x0, p.x0+p.w, y, h)
	}})
	boxes = append(boxes, spacer(10), p.signatureRow("Interviewer's signature", "Date", "Time"))
	return part{boxes: boxes, whole: true, newPage: true, more: func() []box {
		return []box{p.heading("Summary (continued)", ""), spacer(3)}
	}}
}

// num prints a threshold without trailing zeros: 3.5, 2.75, 2.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// areaGrid is one row per area: its title, a box per question labelled with
// its number, and a box for the area's average; then the overall average.
// An area with many questions wraps its boxes onto further rows, each its
// own box, so the grid can run over pages.
func (p *packet) areaGrid() []box {
	st := &p.st
	titleW, avgW := 52.0, 24.0
	cellW, cellH, cellGap := 12.0, st.ScoreBoxes, 2.0
	cellsW := p.w - titleW - avgW
	perRow := max(1, int((cellsW+cellGap)/(cellW+cellGap)))
	tf := ink{false, st.SizeSmall + 0.5, st.Ink}
	lf := ink{true, st.SizeLabel, st.Muted}
	rowPad := 1.1

	var boxes []box
	headH := p.lh(lf) + 2
	boxes = append(boxes, box{h: headH, keep: true, draw: func(y, _ float64) {
		p.use(lf)
		for _, c := range []struct {
			x, w  float64
			s, al string
		}{{p.x0, titleW, "AREA", "L"}, {p.x0 + titleW, cellsW, "SCORE PER QUESTION", "L"}, {p.x0 + titleW + cellsW, avgW, "AVERAGE", "C"}} {
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
		title := p.lines(tf, a.Title, titleW-4)
		rows := (len(qs) + perRow - 1) / perRow
		for r := 0; r < rows; r++ {
			chunk := qs[r*perRow : min(len(qs), (r+1)*perRow)]
			h := cellH + 2*rowPad
			var titleLines []string
			if r == 0 {
				titleLines = title
				h = max(h, float64(len(title))*p.lh(tf)+2*rowPad)
			}
			first, last, shade := r == 0, r == rows-1, ai%2 == 1
			boxes = append(boxes, box{h: h, keep: !last, draw: func(y, _ float64) {
				if shade {
					p.fill(p.x0, y, p.w, h, st.Fill)
				}
				if first {
					p.rule(p.x0, y, p.x0+p.w, st.Rule, st.LineThin)
					p.use(tf)
					for j, l := range titleLines {
						p.put(p.x0+1, y+rowPad+float64(j)*p.lh(tf), titleW-4, p.lh(tf), l, "L")
					}
				}
				for j, n := range chunk {
					p.scoreCell(p.x0+titleW+float64(j)*(cellW+cellGap), y+rowPad, cellW, cellH, fmt.Sprintf("Q%d", n))
				}
				if first {
					p.scoreCell(p.x0+titleW+cellsW+(avgW-16)/2, y+rowPad, 16, cellH, "")
				}
			}})
		}
	}
	of := ink{true, st.SizeBody, st.Ink}
	h := cellH + 2*rowPad + 1
	boxes = append(boxes, box{h: h, draw: func(y, _ float64) {
		p.rule(p.x0, y, p.x0+p.w, st.Ink, st.LineBold)
		p.use(of)
		p.put(p.x0+1, y+rowPad+1, titleW+cellsW-4, cellH, "Overall (weighted average of scored questions)", "L")
		p.scoreCell(p.x0+titleW+cellsW+(avgW-16)/2, y+rowPad+1, 16, cellH, "")
	}})
	return boxes
}

// scoreCell is a box to write a score in, with a small label in its corner.
func (p *packet) scoreCell(x, y, w, h float64, label string) {
	st := &p.st
	p.fill(x, y, w, h, 255)
	p.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
	p.pdf.SetLineWidth(0.3)
	p.pdf.Rect(x, y, w, h, "D")
	if label != "" {
		f := ink{false, st.SizeLabel - 1.5, st.Muted}
		p.use(f)
		p.put(x+0.8, y+0.5, w-1.6, p.lh(f), label, "L")
	}
}

// recommendationRow is a tick box per recommendation, spread across the
// width, wrapping to a second row on narrow paper if labels do not fit.
func (p *packet) recommendationRow() []box {
	st := &p.st
	f := ink{true, st.SizeBody + 0.5, st.Ink}
	p.use(f)
	box5 := 5.0
	var widths []float64
	total := 0.0
	for _, r := range kit.Recommendations {
		w := box5 + 2.5 + p.pdf.GetStringWidth(r) + 6
		widths = append(widths, w)
		total += w
	}
	h := box5 + 3
	if total > p.w {
		// One option per row: never the case on A4 or Letter, but a label
		// set longer than a line still prints whole.
		var out []box
		for _, r := range kit.Recommendations {
			out = append(out, p.recommendationBox([]string{r}, []float64{p.w}, h))
		}
		return out
	}
	spread := (p.w - total) / float64(len(widths)-1)
	for i := range widths[:len(widths)-1] {
		widths[i] += spread
	}
	return []box{p.recommendationBox(kit.Recommendations, widths, h)}
}

func (p *packet) recommendationBox(labels []string, widths []float64, h float64) box {
	st := &p.st
	f := ink{true, st.SizeBody + 0.5, st.Ink}
	box5 := 5.0
	return box{h: h, draw: func(y, _ float64) {
		x := p.x0
		for i, r := range labels {
			p.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
			p.pdf.SetLineWidth(0.35)
			p.pdf.Rect(x, y+1, box5, box5, "D")
			p.use(f)
			p.put(x+box5+2.5, y+1, widths[i]-box5-2.5, box5, strings.TrimSpace(r), "L")
			x += widths[i]
		}
	}}
}

// signatureRow is three lines to write on, labelled underneath: a
// signature across half the width, then two quarter-width fields such as
// date and time.
func (p *packet) signatureRow(signature, second, third string) box {
	st := &p.st
	f := ink{false, st.SizeSmall, st.Muted}
	h := 10 + p.lh(f)
	return box{h: h, draw: func(y, _ float64) {
		fields := []struct {
			label string
			w     float64
		}{{signature, p.w * 0.5}, {second, p.w * 0.25}, {third, p.w * 0.25}}
		x := p.x0
		for _, fl := range fields {
			p.rule(x, y+9, x+fl.w-6, st.Ink, st.LineThin)
			p.use(f)
			p.put(x, y+9.8, fl.w-6, p.lh(f), fl.label, "L")
			x += fl.w
		}
	}}
}
