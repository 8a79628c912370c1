package scoresheet

// The Summary of a loop, a kit of several rounds, adds two tables to the
// single round's: results by interviewer, and the spread between the
// interviewers' averages on each area with a flag where they lie
// kit.SpreadFlagAt or more apart, for the debrief to discuss. The formulas
// follow kit.SummarizeLoop.
//
// Who is the same interviewer is decided by formula, from the Interviewer
// cells of the round sheets, since a round's interviewer may be typed in
// after printing. Hidden helper columns of the rounds table turn each name
// into its kit.PersonKey (personKeyFormulas, in parts; " round N" when the
// round names nobody) and number the keys in order of first appearance,
// comparing them with EXACT; the interviewers table then adds up, with
// SUMIF on that number, the rounds of each interviewer. More helper columns
// hold each round's points and scored questions per area, from which each
// interviewer's area averages follow. "" stands for "no value", and MIN,
// MAX and COUNT skip it.

import (
	"fmt"
	"strings"
)

// spreadSlack is kit.SummarizeLoop's allowance for floating-point error in
// a spread, as a formula writes it.
const spreadSlack = "0.000000001"

// loopColumns are the Summary's hidden helper columns of a loop.
type loopColumns struct {
	person, number, shownAs int
	points, scored          []int // per area, in areas table order
	average                 []int // per area: the interviewers table's averages
	keyParts                []int // the parts of the person key
	last                    int   // the last helper column
}

func (b *book) loopColumns() loopColumns {
	c := loopColumns{person: sumWeightCol + 1, number: sumWeightCol + 2, shownAs: sumWeightCol + 3}
	col := c.shownAs
	for range b.areas {
		c.points = append(c.points, col+1)
		c.scored = append(c.scored, col+2)
		col += 2
	}
	for t := range b.areas {
		c.average = append(c.average, sumPointsCol+t)
	}
	col = max(col, sumPointsCol+len(b.areas)-1)
	for range personKeyParts() {
		col++
		c.keyParts = append(c.keyParts, col)
	}
	c.last = col
	return c
}

// loopSummary writes a loop's tables; its fields say where the rounds and
// areas tables are.
type loopSummary struct {
	*book
	cols                    loopColumns
	roundsFirst, roundsLast int // rows of the rounds table
	areasFirst              int // row of the first area of the areas table
}

// summaryLoop writes the loop's helper columns into the rounds table (rows
// roundsFirst to roundsFirst+len(rounds)-1), then the interviewers and
// spread tables from row on; areasFirst is the row of the first area in the
// areas table. It returns the last helper column, to be hidden.
func (b *book) summaryLoop(roundsFirst, areasFirst, row int) int {
	l := loopSummary{book: b, cols: b.loopColumns(), roundsFirst: roundsFirst,
		roundsLast: roundsFirst + len(b.rounds) - 1, areasFirst: areasFirst}
	l.helperHeaders()
	for i := range b.rounds {
		l.helpers(i)
	}
	ivFirst, ivLast := l.interviewers(row)
	l.spread(ivLast+2, ivFirst, ivLast)
	return l.cols.last
}

// rcol is a helper column's range over the rounds table.
func (l loopSummary) rcol(col int) string { return rangeName(col, l.roundsFirst, l.roundsLast) }

// helperHeaders heads the helper columns of the rounds table.
func (l loopSummary) helperHeaders() {
	const sh = SummarySheet
	cols, head, st := l.cols, l.roundsFirst-1, l.st
	l.text(sh, cellName(cols.person, head), ColumnPerson, st.header)
	l.text(sh, cellName(cols.number, head), ColumnPersonNumber, st.header)
	l.text(sh, cellName(cols.shownAs, head), ColumnShownAs, st.header)
	for t, a := range l.areas {
		l.text(sh, cellName(cols.points[t], head), ColumnPointsIn+a.ID, st.header)
		l.text(sh, cellName(cols.scored[t], head), ColumnScoredIn+a.ID, st.header)
	}
	for p, col := range cols.keyParts {
		l.text(sh, cellName(col, head), fmt.Sprintf("%s%d", ColumnPersonKeyPart, p+1), st.header)
	}
}

// helpers writes the helper cells of round i's row of the rounds table.
func (l loopSummary) helpers(i int) {
	const sh = SummarySheet
	cols, st, rs := l.cols, l.st, l.rounds[i]
	r := l.roundsFirst + i
	c := func(col int) string { return cellName(col, r) }
	keys := personKeyFormulas(c(2), func(p int) string { return c(cols.keyParts[p]) })
	for p, f := range keys {
		l.formula(sh, c(cols.keyParts[p]), f, st.cell)
	}
	l.formula(sh, c(cols.person), personFormula(c(cols.keyParts[len(keys)-1]), i+1), st.cell)
	// The first round with the same key gives its number; a new key
	// takes the next.
	number := "1"
	if i > 0 {
		var f strings.Builder
		for j := range i {
			fmt.Fprintf(&f, "IF(EXACT(%s,%s),%s,", c(cols.person), cellName(cols.person, l.roundsFirst+j),
				cellName(cols.number, l.roundsFirst+j))
		}
		fmt.Fprintf(&f, "MAX(%s)+1", rangeName(cols.number, l.roundsFirst, r-1))
		f.WriteString(strings.Repeat(")", i))
		number = f.String()
	}
	l.formula(sh, c(cols.number), number, st.cellNum)
	l.formula(sh, c(cols.shownAs), fmt.Sprintf(`IF(EXACT(%s,%s),"%s ("&%s&")",%s)`, c(cols.person),
		textLiteral(nobody(i+1)), NotNamedPrefix, c(1), c(2)), st.cell)
	for t := range l.areas {
		points, scored := "0", "0"
		if rs.last >= rs.first {
			areaID := "$" + cellName(2, l.areasFirst+t)
			points = fmt.Sprintf("SUMIFS(%s,%s,%s)", rs.col(ColumnPoints), rs.col(ColumnAreaID), areaID)
			scored = fmt.Sprintf("SUMIFS(%s,%s,%s)", rs.col(ColumnCounted), rs.col(ColumnAreaID), areaID)
		}
		l.formula(sh, c(cols.points[t]), points, st.cellNum)
		l.formula(sh, c(cols.scored[t]), scored, st.cellNum)
	}
}

// interviewers writes the results by interviewer from row on: row j is the
// j-th interviewer, or empty. It returns the rows of its first and last
// interviewer. The loop's tables print on a page of their own.
func (l loopSummary) interviewers(row int) (first, last int) {
	const sh = SummarySheet
	cols, st, n := l.cols, l.st, len(l.rounds)
	if l.err == nil {
		l.err = l.f.InsertPageBreak(sh, cellName(1, row))
	}
	l.text(sh, cellName(1, row), SummaryInterviewersTable, st.label)
	l.header(sh, row+1, SummaryInterviewersColumns)
	for t, a := range l.areas {
		l.text(sh, cellName(cols.average[t], row+1), ColumnAverageIn+a.ID, st.header)
	}
	first = row + 2
	for j := 1; j <= n; j++ {
		r := first + j - 1
		c := func(col int) string { return cellName(col, r) }
		name := `""`
		for i := n - 1; i >= 0; i-- {
			name = fmt.Sprintf("IF(%s=%d,%s,%s)", cellName(cols.number, l.roundsFirst+i), j,
				cellName(cols.shownAs, l.roundsFirst+i), name)
		}
		// Rows stay unruled: how many hold an interviewer is known only
		// once names are typed in.
		l.formula(sh, c(1), name, st.open)
		blank := func(f string) string { return fmt.Sprintf(`IF(%s="","",%s)`, "$"+c(1), f) }
		sumif := func(col int) string { return fmt.Sprintf("SUMIF(%s,%d,%s)", l.rcol(cols.number), j, l.rcol(col)) }
		l.formula(sh, c(2), blank(fmt.Sprintf("COUNTIF(%s,%d)", l.rcol(cols.number), j)), st.openNum)
		l.formula(sh, c(3), blank(sumif(3)), st.openNum)
		l.formula(sh, c(4), blank(sumif(4)), st.openNum)
		l.formula(sh, c(5), blank(c(3)+"-"+c(4)), st.openNum)
		l.formula(sh, c(6), blank(fmt.Sprintf(`IF(%s=0,"",%s/%s)`, c(4), sumif(sumPointsCol), sumif(sumWeightCol))), st.openAverage)
		l.formula(sh, c(7), blank(ruleFormula(c(6), c(4), c(3), l.k.Policy.Rule.Labels)), st.open)
		for t := range l.areas {
			l.formula(sh, c(cols.average[t]), blank(fmt.Sprintf(`IF(%[1]s=0,"",%[2]s/%[1]s)`,
				sumif(cols.scored[t]), sumif(cols.points[t]))), st.openAverage)
		}
	}
	return first, first + n - 1
}

// spread writes the spread between interviewers from row on, one row per
// area, over the interviewers in rows ivFirst to ivLast.
func (l loopSummary) spread(row, ivFirst, ivLast int) {
	const sh = SummarySheet
	st := l.st
	l.text(sh, cellName(1, row), SummarySpreadTable, st.label)
	spreadAt := fmt.Sprintf("$B$%d", sumSpreadAtRow)
	l.header(sh, row+1, SummarySpreadColumns)
	names := rangeName(1, ivFirst, ivLast)
	for t, a := range l.areas {
		r := row + 2 + t
		c := func(col int) string { return cellName(col, r) }
		avgs := rangeName(l.cols.average[t], ivFirst, ivLast)
		l.text(sh, c(1), a.Title, st.cell)
		l.text(sh, c(2), a.ID, st.cell)
		l.formula(sh, c(3), "COUNT("+avgs+")", st.cellNum)
		l.formula(sh, c(4), fmt.Sprintf(`IF(%s=0,"",MIN(%s))`, c(3), avgs), st.average)
		l.formula(sh, c(5), fmt.Sprintf(`IF(%s=0,"",MAX(%s))`, c(3), avgs), st.average)
		l.formula(sh, c(6), fmt.Sprintf(`IF(%s<2,"",%s-%s)`, c(3), c(5), c(4)), st.average)
		l.formula(sh, c(7), fmt.Sprintf(`IF(%s<2,"",IF(%s>=%s-%s,"%s",""))`, c(3), c(6), spreadAt,
			spreadSlack, SpreadFlagText), st.cell)
		l.formula(sh, c(8), fmt.Sprintf(`IF(%[1]s<2,"",IF(%[6]s=0,"%[7]s",INDEX(%[2]s,MATCH(%[3]s,%[4]s,0))&" / "&INDEX(%[2]s,MATCH(%[5]s,%[4]s,0))))`,
			c(3), names, c(4), avgs, c(5), c(6), SpreadSameText), st.cellWrap)
	}
}
