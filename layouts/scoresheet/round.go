package scoresheet

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/xuri/excelize/v2"
)

// Rows of a round sheet. Readers find the header row by its names
// (RoundColumns); these numbers are for the writer.
const (
	roundHeaderRow = 6
	roundFirstRow  = roundHeaderRow + 1
)

// Cells of the block above a round sheet's questions that other sheets
// refer to.
const (
	roundInterviewerCell = "C3"
	roundCallCell        = "C4"
)

// roundCol is the column number of a round sheet column.
func roundCol(name string) int { return slices.Index(RoundColumns, name) + 1 }

// scoringHint explains the Score column next to it, and in its input
// prompt, with the names of the scores: "1 no evidence · 2 partial · ...".
func scoringHint(w catalog.Printer, r kit.Ratings) string {
	var b strings.Builder
	for i, name := range r {
		fmt.Fprintf(&b, "%d %s · ", i+1, lowerFirst(w, name))
	}
	return b.String() + w.T(catalog.SheetScoreColumnHint)
}

// lowerFirst lowers a capitalised word's first letter, as in a running
// English sentence ("No evidence" to "no evidence"), and leaves an acronym
// ("SRE ready") as it is; German keeps its capitals, which mark nouns.
func lowerFirst(w catalog.Printer, s string) string {
	r := []rune(s)
	if w.Language() == catalog.English && len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// roundSheet lays out the scoring sheet of round i: a block naming the
// candidate and interviewer, then one row per question.
func (b *book) roundSheet(i int) {
	rs := b.rounds[i]
	sh, k, st := rs.name, b.k, b.st

	b.text(sh, "A1", rs.round.Title, st.title)
	b.labelled(sh, 2, 2, LabelCandidate, k.Candidate, st.value)
	b.labelled(sh, 4, 2, LabelKitID, k.ID, st.value)
	b.labelled(sh, 2, 3, LabelInterviewer, rs.round.Interviewer, st.input)
	b.labelled(sh, 4, 3, LabelDate, k.Date.Format("2006-01-02"), st.value)
	b.labelled(sh, 2, 4, LabelInterviewerCall, "", st.input)
	b.labelled(sh, 4, 4, LabelScoring, scoringHint(b.words, k.Policy.Ratings), st.hint)
	b.listValidation(sh, roundCallCell, k.Policy.Rule.Labels.List(), b.words.T(catalog.SheetRecommendation),
		b.words.T(catalog.SheetOwnCall))

	for c, name := range RoundColumns {
		b.text(sh, cellName(c+1, roundHeaderRow), name, st.header)
		if b.err == nil {
			b.err = b.f.SetColWidth(sh, colName(c+1), colName(c+1), b.look.RoundWidths[name])
		}
	}
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, 1, 22)
	}
	for j, q := range rs.round.Questions {
		b.questionRow(rs, rs.first+j, j+1, q)
	}
	if rs.last >= rs.first {
		score := colName(roundCol(ColumnScore))
		b.scoreValidation(sh, fmt.Sprintf("%s%d:%s%d", score, rs.first, score, rs.last))
	}
	if b.err == nil {
		from, to := colName(roundCol(ColumnAreaID)), colName(roundCol(ColumnPoints))
		b.err = b.f.SetColVisible(sh, from+":"+to, false)
	}
	if b.err == nil {
		b.err = b.f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: roundHeaderRow,
			TopLeftCell: cellName(1, roundFirstRow), ActivePane: "bottomLeft"})
	}
	b.printSetup(sh, fmt.Sprintf("$%d:$%d", roundHeaderRow, roundHeaderRow))
	b.protect(sh)
}

// questionRow writes question q as row `row` of a round sheet: what was
// asked, the typed-in Score and Notes, and the hidden helper cells that turn
// the score into numbers the Summary can add up.
func (b *book) questionRow(rs roundSheet, row, n int, q *kit.Question) {
	sh, st := rs.name, b.st
	at := func(col string) string { return cellName(roundCol(col), row) }
	area := rs.round.AreaOf(q)

	b.number(sh, at(ColumnNumber), float64(n), st.cellNum)
	b.text(sh, at(ColumnID), q.ID, st.cell)
	b.text(sh, at(ColumnQuestion), q.Text, st.cellWrap)
	b.text(sh, at(ColumnArea), area.Title, st.cellWrap)
	b.text(sh, at(ColumnLevels), strings.Join(q.Levels, ", "), st.cellWrap)
	b.number(sh, at(ColumnMinutes), float64(q.Minutes), st.cellNum)
	b.number(sh, at(ColumnWeight), q.ScoreWeight(), st.cellNum)
	b.style(sh, at(ColumnScore), at(ColumnScore), st.scoreInput)
	b.style(sh, at(ColumnNotes), at(ColumnNotes), st.inputWrap)
	b.text(sh, at(ColumnAreaID), area.ID, st.cell)

	h := at(ColumnScore)
	b.formula(sh, at(ColumnCounted), countedFormula(h), st.cellNum)
	b.formula(sh, at(ColumnPoints), pointsFormula(at(ColumnCounted), h), st.cellNum)

	if rubric := rubricComment(q.Rubric); rubric != nil && b.err == nil {
		b.err = b.f.AddComment(sh, excelize.Comment{Cell: h, Author: "interviewkit",
			Paragraph: rubric, Width: 420, Height: 210})
	}
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, row, b.rowHeight(q, area))
	}
}

// rowHeight is the height in points that shows a question row's wrapped
// text whole and leaves room for notes.
func (b *book) rowHeight(q *kit.Question, area kit.Area) float64 {
	w := b.look.RoundWidths
	n := max(b.look.NoteLines,
		wrappedLines(q.Text, w[ColumnQuestion]),
		wrappedLines(area.Title, w[ColumnArea]),
		wrappedLines(strings.Join(q.Levels, ", "), w[ColumnLevels]),
		wrappedLines(q.ID, w[ColumnID]))
	return min(float64(n)*b.look.LineHeight+4, 409) // Excel's largest row
}

// wrappedLines estimates the lines text takes in a column of the given
// width, erring on the side of one line too many.
func wrappedLines(text string, width float64) int {
	perLine := max(1, int(width*0.95))
	n := 0
	for para := range strings.SplitSeq(text, "\n") {
		line := 0
		for _, word := range strings.Fields(para) {
			wl := utf8.RuneCountInString(word)
			switch {
			case line == 0:
				line = wl
			case line+1+wl <= perLine:
				line += 1 + wl
			default:
				n += max(1, int(math.Ceil(float64(line)/float64(perLine))))
				line = wl
			}
		}
		n += max(1, int(math.Ceil(float64(line)/float64(perLine))))
	}
	return n
}

// rubricComment is the note on a Score cell that shows the question's four
// anchors when the interviewer points at it.
func rubricComment(r kit.Rubric) []excelize.RichTextRun {
	var runs []excelize.RichTextRun
	for s := 1; s <= 4; s++ {
		a := r.Anchor(s)
		if a == "" {
			continue
		}
		if len(runs) > 0 {
			runs = append(runs, excelize.RichTextRun{Text: "\n"})
		}
		runs = append(runs, excelize.RichTextRun{Text: fmt.Sprintf("%d ", s), Font: &excelize.Font{Bold: true}},
			excelize.RichTextRun{Text: a})
	}
	return runs
}

// scoreValidation makes the Score cells a dropdown of kit.ScoreValues that
// refuses anything else.
func (b *book) scoreValidation(sheet, sqref string) {
	if b.err != nil {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if b.err = dv.SetDropList(kit.ScoreValues); b.err != nil {
		return
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, b.words.T(catalog.Score), b.words.T(catalog.SheetScoreError))
	dv.SetInput(b.words.T(catalog.Score), scoringHint(b.words, b.k.Policy.Ratings))
	b.err = b.f.AddDataValidation(sheet, dv)
}

// listValidation makes a cell a dropdown of choices that refuses anything else.
func (b *book) listValidation(sheet, sqref string, choices []string, title, prompt string) {
	if b.err != nil {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if b.err = dv.SetDropList(choices); b.err != nil {
		return
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, title, b.words.T(catalog.SheetChoose, orList(b.words, choices)))
	dv.SetInput(title, prompt)
	b.err = b.f.AddDataValidation(sheet, dv)
}

// orList joins choices as a person would: "a, b or c".
func orList(w catalog.Printer, choices []string) string {
	if len(choices) < 2 {
		return strings.Join(choices, "")
	}
	return strings.Join(choices[:len(choices)-1], ", ") + w.T(catalog.SheetOr) + choices[len(choices)-1]
}
