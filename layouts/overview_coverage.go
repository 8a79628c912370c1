package layouts

// The coverage matrix: focus areas by rounds, the number of questions of
// each round scored under each area, and a flag in words for an area no
// round covers, one only one round covers, or one only one interviewer
// covers. Good practice is every area in two rounds or more, by different
// interviewers, so no single conversation decides it.

import (
	"fmt"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// Coverage flags as the overview prints them: a mark and words, so they
// read without colour.
var coverageStatus = map[kit.CoverageKind]catalog.Message{
	kit.Uncovered:      catalog.NotCovered,
	kit.Once:           catalog.OneRound,
	kit.OneInterviewer: catalog.OneInterviewer,
}

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
	areaHead := o.words.T(catalog.ColFocusArea)
	if len(o.focus) == 0 {
		areaHead = o.words.T(catalog.ColAreaAsked)
	}
	cols := []column{{areaHead, o.w - cs.Status - cs.Total - float64(n)*roundW, "L"}}
	for _, r := range o.numbered {
		cols = append(cols, column{r, roundW, "C"})
	}
	return append(cols, column{o.words.T(catalog.ColTotal), cs.Total, "C"}, column{o.words.T(catalog.ColStatus), cs.Status, "L"})
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
	w := o.words
	head := o.heading(w.T(catalog.CoverageTitle), w.T(catalog.CoverageAside))
	o.bookmark(&head, w.T(catalog.CoverageTitle), 0)
	boxes := []box{spacer(cs.Above), head, spacer(cs.HeadGap)}
	boxes = append(boxes, o.para(ink{false, st.SizeSmall, st.Muted}, o.x0, o.w, w.T(catalog.CoverageHint), "L")...)
	boxes = append(boxes, spacer(cs.NoteGap), o.tableHead(cols))
	for i, a := range cov.Areas {
		flag, flagged := cov.Flag(a.ID)
		cells := []cell{{text: o.areaTitle(a), f: body}}
		for j := range n {
			cells = append(cells, o.countCell(cov.Counts[i][j], bold, body))
		}
		cells = append(cells, cell{text: fmt.Sprint(cov.Total(i)), f: bold})
		if flagged {
			cells = append(cells, cell{text: w.T(coverageStatus[flag.Kind]), f: bold})
		} else {
			cells = append(cells, cell{text: w.T(catalog.CoverageOK), f: muted})
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
		boxes = append(boxes, o.coverageTotals(cols, w.T(catalog.OtherAreas), other, muted, o.countCell))
	}
	questions := make([]int, n)
	for j := range n {
		questions[j] = len(o.k.Rounds[j].Questions)
	}
	sum := o.coverageTotals(cols, w.T(catalog.QuestionsInRound), questions, bold, func(c int, f, _ ink) cell {
		return cell{text: fmt.Sprint(c), f: f}
	})
	decorate(&sum, func(y float64) { o.rule(o.x0, y, o.x0+o.w, st.Ink, st.LineBold) })
	boxes = append(boxes, sum, spacer(cs.KeyGap))
	boxes = append(boxes, o.roundKey()...)
	return part{boxes: boxes, whole: true, more: func() []box {
		return []box{o.heading(w.T(catalog.Continued, w.T(catalog.CoverageTitle)), ""), spacer(cs.HeadGap), o.tableHead(cols)}
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
		covered := o.words.T(catalog.CoveredUnsettled)
		if cov.Settled() {
			covered = o.words.T(catalog.CoveredSettled)
		}
		boxes = append(boxes, o.para(bold, o.x0, o.w, covered, "L")...)
		return part{boxes: boxes, whole: true}
	}
	boxes = append(boxes, o.para(bold, o.x0, o.w, o.words.Count(len(cov.Flags), catalog.FlagOne, catalog.FlagMany), "L")...)
	boxes = append(boxes, spacer(cs.FlagsGap))
	for i, f := range cov.Flags {
		if i > 0 {
			boxes = append(boxes, spacer(cs.FlagGap))
		}
		mark := "▲"
		if f.Kind == kit.Uncovered {
			mark = "■"
		}
		note := o.text(fmt.Sprintf("coverage of area %q", f.Area.ID), o.flagText(f))
		boxes = append(boxes, o.item(body, o.x0, o.w, note, func(x, y, lh float64) {
			o.use(bold)
			o.put(x, y, st.Indent, lh, mark, "L")
		})...)
	}
	return part{boxes: boxes, whole: true}
}

// flagText is a coverage flag in words: "Security: covered only in R2".
func (o *overview) flagText(f kit.CoverageFlag) string {
	name := f.Area.Title
	if name == "" {
		name = f.Area.ID
	}
	w := o.words
	switch f.Kind {
	case kit.Uncovered:
		return w.T(catalog.FlagUncovered, name)
	case kit.Once:
		return w.T(catalog.FlagOnce, name, f.Rounds[0])
	case kit.OneInterviewer:
		m := catalog.FlagOneInterviewer
		if len(f.Rounds) == 2 {
			m = catalog.FlagBothByOne
		}
		list := f.Rounds[len(f.Rounds)-1]
		if len(f.Rounds) > 1 {
			list = strings.Join(f.Rounds[:len(f.Rounds)-1], ", ") + w.T(catalog.And) + list
		}
		return w.T(m, name, list, f.Interviewer)
	}
	return f.String()
}
