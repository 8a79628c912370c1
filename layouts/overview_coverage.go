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
	return []part{o.coverageMatrix(), o.coverageFlags()}
}

// coverageColumns are the matrix's columns: the area, a column per round,
// the total and the status.
func (o *overview) coverageColumns() []column {
	cs := &o.st.Overview.Coverage
	n := len(o.rounds)
	roundW := min(cs.RoundMax, max(o.headWidth(o.numbered[n-1]), (o.w-cs.AreaMin-cs.Status-cs.Total)/float64(n)))
	areaHead := "Focus area"
	if len(o.focus) == 0 {
		areaHead = "Area asked about"
	}
	cols := []column{{areaHead, o.w - cs.Status - cs.Total - float64(n)*roundW, "L"}}
	for _, r := range o.numbered {
		cols = append(cols, column{r, roundW, "C"})
	}
	return append(cols, column{"Total", cs.Total, "C"}, column{"Status", cs.Status, "L"})
}

// coverageMatrix is the focus areas by rounds, with the questions scored
// under other areas and the questions of each round, so the columns add up.
func (o *overview) coverageMatrix() part {
	st, cs := &o.st, &o.st.Overview.Coverage
	cov := o.cov
	n := len(o.rounds)
	cols := o.coverageColumns()
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	muted := ink{false, st.SizeDetail, st.Muted}
	head := o.heading("Coverage", "questions per focus area and round")
	o.bookmark(&head, "Coverage", 0)
	boxes := []box{spacer(cs.Above), head, spacer(cs.HeadGap)}
	boxes = append(boxes, o.para(ink{false, st.SizeSmall, st.Muted}, o.x0, o.w,
		"Good practice: assess every focus area in at least two rounds, by different interviewers, so no single conversation decides it. "+
			"A flag says where the loop falls short.", "L")...)
	boxes = append(boxes, spacer(cs.NoteGap), o.tableHead(cols))
	for i, a := range cov.Areas {
		flag, flagged := cov.Flag(a.ID)
		cells := []cell{{text: o.areaTitle(a), f: body}}
		for j := range n {
			cells = append(cells, o.countCell(cov.Counts[i][j], bold, body))
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
		boxes = append(boxes, o.coverageTotals(cols, "Other areas", other, muted, o.countCell))
	}
	questions := make([]int, n)
	for j := range n {
		questions[j] = len(o.k.Rounds[j].Questions)
	}
	sum := o.coverageTotals(cols, "Questions in the round", questions, bold, func(c int, f, _ ink) cell {
		return cell{text: fmt.Sprint(c), f: f}
	})
	decorate(&sum, func(y float64) { o.rule(o.x0, y, o.x0+o.w, st.Ink, st.LineBold) })
	boxes = append(boxes, sum, spacer(cs.KeyGap))
	boxes = append(boxes, o.roundKey()...)
	return part{boxes: boxes, whole: true, more: func() []box {
		return []box{o.heading("Coverage (continued)", ""), spacer(cs.HeadGap), o.tableHead(cols)}
	}}
}

// countCell is a count of questions in face f, or a dash, as tall as a
// line of body, when there are none.
func (o *overview) countCell(c int, f, body ink) cell {
	if c > 0 {
		return cell{text: fmt.Sprint(c), f: f}
	}
	return cell{draw: o.dash, minH: o.lh(body)}
}

// coverageTotals is a row of counts per round under the matrix, with their
// sum, in face f; count makes each round's cell.
func (o *overview) coverageTotals(cols []column, label string, counts []int, f ink, count func(c int, f, body ink) cell) box {
	body := ink{false, o.st.SizeDetail, o.st.Ink}
	cells := []cell{{text: label, f: f}}
	total := 0
	for _, c := range counts {
		total += c
		cells = append(cells, count(c, f, body))
	}
	return o.tableRow(cols, append(cells, cell{text: fmt.Sprint(total), f: f}, cell{}), false)
}

// coverageFlags are the matrix's flags in words, or the news that there
// are none.
func (o *overview) coverageFlags() part {
	st, cs := &o.st, &o.st.Overview.Coverage
	cov := o.cov
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	boxes := []box{spacer(cs.FlagsAbove)}
	if len(cov.Flags) == 0 {
		boxes = append(boxes, o.para(bold, o.x0, o.w, cov.Summary(), "L")...)
		return part{boxes: boxes, whole: true}
	}
	boxes = append(boxes, o.para(bold, o.x0, o.w, flagCount(len(cov.Flags)), "L")...)
	boxes = append(boxes, spacer(cs.FlagsGap))
	for i, f := range cov.Flags {
		if i > 0 {
			boxes = append(boxes, spacer(cs.FlagGap))
		}
		mark := "▲"
		if f.Kind == kit.Uncovered {
			mark = "■"
		}
		note := o.text(fmt.Sprintf("coverage of area %q", f.Area.ID), f.String())
		boxes = append(boxes, o.item(body, o.x0, o.w, note, func(x, y, lh float64) {
			o.use(bold)
			o.put(x, y, st.Indent, lh, mark, "L")
		})...)
	}
	return part{boxes: boxes, whole: true}
}

// flagCount is "1 area needs attention" or "3 areas need attention".
func flagCount(n int) string {
	if n == 1 {
		return "1 area needs attention:"
	}
	return fmt.Sprintf("%d areas need attention:", n)
}
