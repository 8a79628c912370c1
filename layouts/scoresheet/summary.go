package scoresheet

import (
	"fmt"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/xuri/excelize/v2"
)

// Columns of the Summary's rounds table that hold each round's weighted
// points and scored weight.
var (
	sumPointsCol = slices.Index(SummaryRoundsColumns, ColumnWeightedPoints) + 1
	sumWeightCol = slices.Index(SummaryRoundsColumns, ColumnScoredWeight) + 1
)

// Rows of the Summary sheet's key block (values in column B).
const (
	sumCandidateRow = 3 + iota
	sumKitIDRow
	sumOverallRow
	sumRecommendationRow
	sumQuestionsRow
	sumScoredRow
	sumUnscoredRow
	_
	sumStrongYesRow
	sumYesRow
	sumNoRow
	sumMinScoredRow
	sumSpreadAtRow // a loop's only
	_
	sumRuleRow
	_
	sumRoundsTitleRow
)

// ruleCell is one of the recommendation rule's thresholds as the Summary
// holds it: in column B of its row, beside its label. ruleFormula reads it
// there.
type ruleCell struct {
	row   int
	label string
	value float64
}

// ruleCells are the thresholds of the rule r, labelled by ThresholdLabels.
func ruleCells(r kit.Rule) []ruleCell {
	labels := ThresholdLabels(r.Labels)
	return []ruleCell{
		{sumStrongYesRow, labels[0], r.StrongYesAt},
		{sumYesRow, labels[1], r.YesAt},
		{sumNoRow, labels[2], r.NoAt},
		{sumMinScoredRow, LabelMinScored, r.MinScoredShare},
	}
}

// summarySheet lays out the results: the overall score and recommendation,
// the rule with its thresholds, results by round and by area, and a chart of
// the areas; for a loop, results by interviewer and the spread between them
// (loop.go). Every result is a formula over the round sheets.
func (b *book) summarySheet() {
	const sh = SummarySheet
	st, k := b.st, b.k
	b.widths(sh, b.look.SummaryWidths)
	b.text(sh, "A1", b.words.T(catalog.SheetSummaryTitle), st.title)
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, 1, 22)
	}
	b.labelled(sh, 1, sumCandidateRow, LabelCandidate, k.Candidate, st.value)
	b.labelled(sh, 1, sumKitIDRow, LabelKitID, k.ID, st.value)

	all := b.rounds
	at := func(row int) string { return cellName(2, row) }
	b.text(sh, cellName(1, sumQuestionsRow), LabelQuestions, st.label)
	b.formula(sh, at(sumQuestionsRow), questionsFormula(all), st.value)
	b.text(sh, cellName(1, sumScoredRow), LabelScored, st.label)
	b.formula(sh, at(sumScoredRow), scoredFormula(all), st.value)
	b.text(sh, cellName(1, sumUnscoredRow), LabelUnscored, st.label)
	b.formula(sh, at(sumUnscoredRow), at(sumQuestionsRow)+"-"+at(sumScoredRow), st.value)
	b.text(sh, cellName(1, sumOverallRow), LabelOverall, st.label)
	// The overall divides the rounds' weighted points by their scored
	// weights, which the rounds table holds in hidden columns.
	first, last := sumRoundsTitleRow+2, sumRoundsTitleRow+1+len(b.rounds)
	b.formula(sh, at(sumOverallRow), fmt.Sprintf(`IF(%s=0,"",SUM(%s)/SUM(%s))`, at(sumScoredRow),
		rangeName(sumPointsCol, first, last), rangeName(sumWeightCol, first, last)), st.result)
	b.text(sh, cellName(1, sumRecommendationRow), LabelRecommendation, st.label)
	b.formula(sh, at(sumRecommendationRow),
		ruleFormula(at(sumOverallRow), at(sumScoredRow), at(sumQuestionsRow), k.Policy.Rule.Labels), st.result)

	// The rule's thresholds live in cells the formulas read, so the sheet
	// shows exactly what it applies.
	for _, c := range ruleCells(k.Policy.Rule) {
		style := st.threshold
		if c.row == sumMinScoredRow {
			style = st.percent
		}
		b.text(sh, cellName(1, c.row), c.label, st.label)
		b.number(sh, at(c.row), c.value, style)
	}
	if len(b.rounds) > 1 {
		b.text(sh, cellName(1, sumSpreadAtRow), LabelSpreadAt, st.label)
		b.number(sh, at(sumSpreadAtRow), kit.SpreadFlagAt, st.threshold)
	}
	b.text(sh, cellName(1, sumRuleRow), LabelRule, st.label)
	b.text(sh, at(sumRuleRow), RuleText(k.Policy), st.wrapText)
	if b.err == nil { // across the visible columns
		b.err = b.f.MergeCell(sh, at(sumRuleRow), cellName(sumPointsCol-1, sumRuleRow))
	}
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, sumRuleRow, 3*b.look.LineHeight+4)
	}

	row := b.summaryRounds(sumRoundsTitleRow)
	firstArea, lastArea := b.summaryAreas(row + 1)
	b.areaChart(firstArea, lastArea)
	hidden := sumWeightCol
	if len(b.rounds) > 1 {
		hidden = b.summaryLoop(first, firstArea, lastArea+2)
	}
	if b.err == nil {
		b.err = b.f.SetColVisible(sh, colName(sumPointsCol)+":"+colName(hidden), false)
	}
	b.printSetup(sh, "")
	b.protect(sh)
}

// summaryRounds writes the results by round from row on, and returns the
// row after the table.
func (b *book) summaryRounds(row int) int {
	const sh = SummarySheet
	st := b.st
	b.text(sh, cellName(1, row), SummaryRoundsTable, st.label)
	b.header(sh, row+1, SummaryRoundsColumns)
	row += 2
	for _, rs := range b.rounds {
		one := []roundSheet{rs}
		c := func(col int) string { return cellName(col, row) }
		ref := func(cell string) string {
			return fmt.Sprintf(`IF(%[1]s%[2]s="","",%[1]s%[2]s)`, sheetRef(rs.name), cell)
		}
		b.text(sh, c(1), rs.name, st.cell)
		b.formula(sh, c(2), ref(roundInterviewerCell), st.cell)
		b.formula(sh, c(3), questionsFormula(one), st.cellNum)
		b.formula(sh, c(4), scoredFormula(one), st.cellNum)
		b.formula(sh, c(5), c(3)+"-"+c(4), st.cellNum)
		b.formula(sh, c(sumPointsCol), sumTerms(one, func(rs roundSheet) string {
			return "SUMPRODUCT(" + rs.col(ColumnWeight) + "," + rs.col(ColumnPoints) + ")"
		}), st.cellNum)
		b.formula(sh, c(sumWeightCol), sumTerms(one, func(rs roundSheet) string {
			return "SUMPRODUCT(" + rs.col(ColumnWeight) + "," + rs.col(ColumnCounted) + ")"
		}), st.cellNum)
		b.formula(sh, c(6), fmt.Sprintf(`IF(%s=0,"",%s/%s)`, c(4), c(sumPointsCol), c(sumWeightCol)), st.average)
		b.formula(sh, c(7), ruleFormula(c(6), c(4), c(3), b.k.Policy.Rule.Labels), st.cell)
		b.formula(sh, c(8), ref(roundCallCell), st.cell)
		row++
	}
	return row
}

// summaryAreas writes the results by area from row on, and returns the rows
// of its first and last area.
func (b *book) summaryAreas(row int) (first, last int) {
	const sh = SummarySheet
	st := b.st
	b.text(sh, cellName(1, row), SummaryAreasTable, st.label)
	b.header(sh, row+1, SummaryAreasColumns)
	row += 2
	first = row
	for _, a := range b.areas {
		c := func(col int) string { return cellName(col, row) }
		id := "$" + c(2)
		b.text(sh, c(1), a.Title, st.cell)
		b.text(sh, c(2), a.ID, st.cell)
		b.formula(sh, c(3), b.overRounds(func(rs roundSheet) string {
			return fmt.Sprintf("COUNTIF(%s,%s)", rs.col(ColumnAreaID), id)
		}), st.cellNum)
		b.formula(sh, c(4), b.overRounds(func(rs roundSheet) string {
			return fmt.Sprintf("SUMIFS(%s,%s,%s)", rs.col(ColumnCounted), rs.col(ColumnAreaID), id)
		}), st.cellNum)
		sum := b.overRounds(func(rs roundSheet) string {
			return fmt.Sprintf("SUMIFS(%s,%s,%s)", rs.col(ColumnPoints), rs.col(ColumnAreaID), id)
		})
		b.formula(sh, c(5), fmt.Sprintf(`IF(%s=0,"",(%s)/%s)`, c(4), sum, c(4)), st.average)
		row++
	}
	return first, row - 1
}

// areaChart draws the per-area averages as horizontal bars on the 1-4 scale,
// beside the key block.
func (b *book) areaChart(first, last int) {
	if b.err != nil || last < first {
		return
	}
	const sh = SummarySheet
	lo, hi, unit := 0.0, 4.0, 1.0
	yes, no := true, false
	axisFont := excelize.Font{Color: b.look.ChartText, Size: 9}
	b.err = b.f.AddChart(sh, cellName(4, sumCandidateRow), &excelize.Chart{
		Type: excelize.Bar,
		Series: []excelize.ChartSeries{{
			Name:       sheetRef(sh) + "$" + colName(5) + "$" + fmt.Sprint(first-1),
			Categories: absRange(sh, 1, first, last),
			Values:     absRange(sh, 5, first, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{b.look.ChartBar}},
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: b.words.T(catalog.SheetChartTitle)}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis:     excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorUnit: unit, MajorGridLines: true, Font: axisFont},
		PlotArea:  excelize.ChartPlotArea{ShowVal: true},
		Dimension: excelize.ChartDimension{Width: b.look.ChartWidth, Height: b.look.ChartHeight},
		Format: excelize.GraphicOptions{PrintObject: &yes, Locked: &yes, LockAspectRatio: no,
			AltText: b.words.T(catalog.SheetChartAlt), OffsetX: 10},
	})
}

func (b *book) header(sheet string, row int, names []string) {
	for i, n := range names {
		b.text(sheet, cellName(i+1, row), n, b.st.header)
	}
}

// col is the absolute reference to a column's question cells.
func (rs roundSheet) col(name string) string {
	return absRange(rs.name, roundCol(name), rs.first, rs.last)
}

// overRounds adds up a term over the rounds that have questions.
func (b *book) overRounds(term func(roundSheet) string) string {
	return sumTerms(b.rounds, term)
}

func sumTerms(rounds []roundSheet, term func(roundSheet) string) string {
	var terms []string
	for _, rs := range rounds {
		if rs.last >= rs.first {
			terms = append(terms, term(rs))
		}
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.Join(terms, "+")
}

func questionsFormula(rounds []roundSheet) string {
	return sumTerms(rounds, func(rs roundSheet) string { return "COUNTA(" + rs.col(ColumnID) + ")" })
}

func scoredFormula(rounds []roundSheet) string {
	return sumTerms(rounds, func(rs roundSheet) string { return "SUM(" + rs.col(ColumnCounted) + ")" })
}

// RuleText states the policy's recommendation rule in words, in the
// policy's language, as the Summary sheet shows it.
func RuleText(p kit.Policy) string {
	return catalog.For(p.Language).T(catalog.SheetRuleNote, kit.RecommendationRule(p))
}
