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
// into a key (LOWER(TRIM(name)), or " round N" when the round names nobody,
// which no typed name can equal since TRIM drops a leading space) and number
// the keys in order of first appearance; the interviewers table then adds
// up, with SUMIF on that number, the rounds of each interviewer. More
// helper columns hold each round's points and scored questions per area,
// from which each interviewer's area averages follow.
//
// Formula habits that keep excelize, LibreOffice and Excel agreeing: equal
// names are found with nested IF and =, never MATCH or COUNTIF on text,
// where wildcards and regular expressions would creep in; SUMIF criteria
// are plain numbers; "" stands for "no value" and MIN, MAX and COUNT skip it.

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
	c.last = max(col, sumPointsCol+len(b.areas)-1)
	return c
}

// summaryLoop writes the loop's helper columns into the rounds table (rows
// roundsFirst to roundsFirst+len(rounds)-1), then the interviewers and
// spread tables from row on; areasFirst is the row of the first area in the
// areas table. It returns the last helper column, to be hidden.
func (b *book) summaryLoop(roundsFirst, areasFirst, row int) int {
	const sh = SummarySheet
	st := b.st
	cols := b.loopColumns()
	n := len(b.rounds)
	roundsLast := roundsFirst + n - 1
	rcol := func(col int) string { return rangeName(col, roundsFirst, roundsLast) }
	areaID := func(t int) string { return "$" + cellName(2, areasFirst+t) }

	// Helper columns of the rounds table.
	b.text(sh, cellName(cols.person, roundsFirst-1), ColumnPerson, st.header)
	b.text(sh, cellName(cols.number, roundsFirst-1), ColumnPersonNumber, st.header)
	b.text(sh, cellName(cols.shownAs, roundsFirst-1), ColumnShownAs, st.header)
	for t, a := range b.areas {
		b.text(sh, cellName(cols.points[t], roundsFirst-1), ColumnPointsIn+a.ID, st.header)
		b.text(sh, cellName(cols.scored[t], roundsFirst-1), ColumnScoredIn+a.ID, st.header)
	}
	for i, rs := range b.rounds {
		r := roundsFirst + i
		c := func(col int) string { return cellName(col, r) }
		b.formula(sh, c(cols.person), fmt.Sprintf(`IF(%[1]s="","%[2]s",LOWER(TRIM(%[1]s)))`, c(2), fmt.Sprintf(" round %d", i+1)), st.cell)
		// The first round with the same key gives its number; a new key
		// takes the next.
		number := "1"
		if i > 0 {
			var f strings.Builder
			for j := range i {
				fmt.Fprintf(&f, "IF(%s=%s,%s,", c(cols.person), cellName(cols.person, roundsFirst+j), cellName(cols.number, roundsFirst+j))
			}
			fmt.Fprintf(&f, "MAX(%s)+1", rangeName(cols.number, roundsFirst, r-1))
			f.WriteString(strings.Repeat(")", i))
			number = f.String()
		}
		b.formula(sh, c(cols.number), number, st.cellNum)
		b.formula(sh, c(cols.shownAs), fmt.Sprintf(`IF(%[1]s="","%[2]s ("&%[3]s&")",%[1]s)`, c(2), NotNamedPrefix, c(1)), st.cell)
		for t := range b.areas {
			points, scored := "0", "0"
			if rs.last >= rs.first {
				points = fmt.Sprintf("SUMIFS(%s,%s,%s)", rs.col(ColumnPoints), rs.col(ColumnAreaID), areaID(t))
				scored = fmt.Sprintf("SUMIFS(%s,%s,%s)", rs.col(ColumnCounted), rs.col(ColumnAreaID), areaID(t))
			}
			b.formula(sh, c(cols.points[t]), points, st.cellNum)
			b.formula(sh, c(cols.scored[t]), scored, st.cellNum)
		}
	}

	// Results by interviewer: row j is the j-th interviewer, or empty.
	// The loop's tables print on a page of their own.
	if b.err == nil {
		b.err = b.f.InsertPageBreak(sh, cellName(1, row))
	}
	b.text(sh, cellName(1, row), SummaryInterviewersTable, st.label)
	b.header(sh, row+1, SummaryInterviewersColumns)
	for t, a := range b.areas {
		b.text(sh, cellName(cols.average[t], row+1), ColumnAverageIn+a.ID, st.header)
	}
	ivFirst := row + 2
	for j := 1; j <= n; j++ {
		r := ivFirst + j - 1
		c := func(col int) string { return cellName(col, r) }
		name := `""`
		for i := n - 1; i >= 0; i-- {
			name = fmt.Sprintf("IF(%s=%d,%s,%s)", cellName(cols.number, roundsFirst+i), j,
				cellName(cols.shownAs, roundsFirst+i), name)
		}
		// Rows stay unruled: how many hold an interviewer is known only
		// once names are typed in.
		b.formula(sh, c(1), name, st.open)
		blank := func(f string) string { return fmt.Sprintf(`IF(%s="","",%s)`, "$"+c(1), f) }
		sumif := func(col int) string { return fmt.Sprintf("SUMIF(%s,%d,%s)", rcol(cols.number), j, rcol(col)) }
		b.formula(sh, c(2), blank(fmt.Sprintf("COUNTIF(%s,%d)", rcol(cols.number), j)), st.openNum)
		b.formula(sh, c(3), blank(sumif(3)), st.openNum)
		b.formula(sh, c(4), blank(sumif(4)), st.openNum)
		b.formula(sh, c(5), blank(c(3)+"-"+c(4)), st.openNum)
		b.formula(sh, c(6), blank(fmt.Sprintf(`IF(%s=0,"",%s/%s)`, c(4), sumif(sumPointsCol), sumif(sumWeightCol))), st.openAverage)
		b.formula(sh, c(7), blank(ruleFormula(c(6), c(4), c(3))), st.open)
		for t := range b.areas {
			b.formula(sh, c(cols.average[t]), blank(fmt.Sprintf(`IF(%[1]s=0,"",%[2]s/%[1]s)`,
				sumif(cols.scored[t]), sumif(cols.points[t]))), st.openAverage)
		}
	}
	ivLast := ivFirst + n - 1

	// Spread between interviewers, one row per area.
	row = ivLast + 2
	b.text(sh, cellName(1, row), SummarySpreadTable, st.label)
	spreadAt := fmt.Sprintf("$B$%d", sumSpreadAtRow)
	b.header(sh, row+1, SummarySpreadColumns)
	names := rangeName(1, ivFirst, ivLast)
	for t, a := range b.areas {
		r := row + 2 + t
		c := func(col int) string { return cellName(col, r) }
		avgs := rangeName(cols.average[t], ivFirst, ivLast)
		b.text(sh, c(1), a.Title, st.cell)
		b.text(sh, c(2), a.ID, st.cell)
		b.formula(sh, c(3), "COUNT("+avgs+")", st.cellNum)
		b.formula(sh, c(4), fmt.Sprintf(`IF(%s=0,"",MIN(%s))`, c(3), avgs), st.average)
		b.formula(sh, c(5), fmt.Sprintf(`IF(%s=0,"",MAX(%s))`, c(3), avgs), st.average)
		b.formula(sh, c(6), fmt.Sprintf(`IF(%s<2,"",%s-%s)`, c(3), c(5), c(4)), st.average)
		b.formula(sh, c(7), fmt.Sprintf(`IF(%s<2,"",IF(%s>=%s-%s,"%s",""))`, c(3), c(6), spreadAt,
			spreadSlack, SpreadFlagText), st.cell)
		b.formula(sh, c(8), fmt.Sprintf(`IF(%[1]s<2,"",IF(%[6]s=0,"%[7]s",INDEX(%[2]s,MATCH(%[3]s,%[4]s,0))&" / "&INDEX(%[2]s,MATCH(%[5]s,%[4]s,0))))`,
			c(3), names, c(4), avgs, c(5), c(6), SpreadSameText), st.cellWrap)
	}
	return cols.last
}
