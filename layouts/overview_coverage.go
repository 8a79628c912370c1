package layouts

// The coverage matrix: focus areas by rounds, the number of questions of
// each round scored under each area, and a flag in words for an area no
// round covers, one only one round covers, or one only one interviewer
// covers. Good practice is every area in two rounds or more, by different
// interviewers, so no single conversation decides it.

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
)

// Coverage flags as the overview prints them: a mark and words, so they
// read without colour.
var coverageStatus = map[kit.CoverageKind]string{
	kit.Uncovered:      "■ Not covered",
	kit.Once:           "▲ One round only",
	kit.OneInterviewer: "▲ One interviewer",
}

// coverageOK is the status of an area covered as good practice asks.
const coverageOK = "OK"

// coverageParts are the matrix with the round key, and its flags in words.
func (o *overview) coverageParts() []part {
	st := &o.st
	cov := o.cov
	n := len(o.rounds)
	statusW, totalW := 36.0, 13.0
	roundW := min(14, max(o.headWidth(o.numbered[n-1]), (o.w-40-statusW-totalW)/float64(n)))
	areaHead := "Focus area"
	if len(o.focus) == 0 {
		areaHead = "Area asked about"
	}
	cols := []column{{areaHead, o.w - statusW - totalW - float64(n)*roundW, "L"}}
	for _, r := range o.numbered {
		cols = append(cols, column{r, roundW, "C"})
	}
	cols = append(cols, column{"Total", totalW, "C"}, column{"Status", statusW, "L"})

	body := ink{false, st.SizeSmall + 0.5, st.Ink}
	bold := ink{true, st.SizeSmall + 0.5, st.Ink}
	muted := ink{false, st.SizeSmall + 0.5, st.Muted}
	head := o.heading("Coverage", "questions per focus area and round")
	decorate(&head, func(y float64) { o.pdf.Bookmark("Coverage", 0, y) })
	boxes := []box{spacer(8), head, spacer(2)}
	boxes = append(boxes, o.para(ink{false, st.SizeSmall, st.Muted}, o.x0, o.w,
		"Good practice: assess every focus area in at least two rounds, by different interviewers, so no single conversation decides it. "+
			"A flag says where the loop falls short.", "L")...)
	boxes = append(boxes, spacer(3), o.tableHead(cols))
	for i, a := range cov.Areas {
		flag, flagged := cov.Flag(a.ID)
		cells := []cell{{text: o.areaTitle(a), f: body}}
		for j := range n {
			if c := cov.Counts[i][j]; c > 0 {
				cells = append(cells, cell{text: fmt.Sprint(c), f: bold})
			} else {
				cells = append(cells, cell{draw: o.dash, minH: o.lh(body)})
			}
		}
		cells = append(cells, cell{text: fmt.Sprint(cov.Total(i)), f: bold})
		if flagged {
			cells = append(cells, cell{text: coverageStatus[flag.Kind], f: bold})
		} else {
			cells = append(cells, cell{text: coverageOK, f: muted})
		}
		boxes = append(boxes, o.tableRow(cols, cells, flagged))
	}
	// Questions scored under other areas, so the columns add up.
	other := make([]int, n)
	anyOther := false
	for j := range n {
		other[j] = len(o.k.Rounds[j].Questions)
		for i := range cov.Areas {
			other[j] -= cov.Counts[i][j]
		}
		anyOther = anyOther || other[j] > 0
	}
	if anyOther {
		cells := []cell{{text: "Other areas", f: muted}}
		total := 0
		for j := range n {
			total += other[j]
			if other[j] > 0 {
				cells = append(cells, cell{text: fmt.Sprint(other[j]), f: muted})
			} else {
				cells = append(cells, cell{draw: o.dash, minH: o.lh(body)})
			}
		}
		boxes = append(boxes, o.tableRow(cols, append(cells, cell{text: fmt.Sprint(total), f: muted}, cell{}), false))
	}
	questions := []cell{{text: "Questions in the round", f: bold}}
	total := 0
	for j := range n {
		q := len(o.k.Rounds[j].Questions)
		total += q
		questions = append(questions, cell{text: fmt.Sprint(q), f: bold})
	}
	questions = append(questions, cell{text: fmt.Sprint(total), f: bold}, cell{})
	sum := o.tableRow(cols, questions, false)
	decorate(&sum, func(y float64) { o.rule(o.x0, y, o.x0+o.w, st.Ink, st.LineBold) })
	boxes = append(boxes, sum, spacer(2))
	boxes = append(boxes, o.roundKey()...)
	matrix := part{boxes: boxes, whole: true, more: func() []box {
		return []box{o.heading("Coverage (continued)", ""), spacer(2), o.tableHead(cols)}
	}}

	// The flags in words.
	boxes = []box{spacer(5)}
	if len(cov.Flags) == 0 {
		boxes = append(boxes, o.para(bold, o.x0, o.w, cov.Summary(), "L")...)
	} else {
		boxes = append(boxes, o.para(bold, o.x0, o.w, flagCount(len(cov.Flags)), "L")...)
		boxes = append(boxes, spacer(1.5))
		for i, f := range cov.Flags {
			if i > 0 {
				boxes = append(boxes, spacer(1))
			}
			mark := "▲"
			if f.Kind == kit.Uncovered {
				mark = "■"
			}
			note := o.text(fmt.Sprintf("coverage of area %q", f.Area.ID), f.String())
			boxes = append(boxes, o.item(body, o.x0, o.w, note, func(x, y, lh float64) {
				o.use(bold)
				o.put(x, y, o.st.Indent, lh, mark, "L")
			})...)
		}
	}
	return []part{matrix, {boxes: boxes, whole: true}}
}

// flagCount is "1 area needs attention" or "3 areas need attention".
func flagCount(n int) string {
	if n == 1 {
		return "1 area needs attention:"
	}
	return fmt.Sprintf("%d areas need attention:", n)
}
