package scoresheet

// Finding things in a sheet the way the layout contract (layout.go) says
// they are found: a value right of its label, a table under its title, a
// column by its header name.

import (
	"strings"

	"github.com/interviewkit/interviewkit/internal/xlsx"
)

// findLabels finds labelled values in rows from..to (zero-based, to exclusive):
// scanning each row left to right, a cell holding one of the labels is a
// label and the cell right of it its value, which is skipped, so a value
// that reads like a label (a candidate named "Role") is never taken for one.
// The first occurrence of each label wins. It returns the zero-based row and
// column of each value.
func findLabels(g xlsx.Grid, from, to int, labels ...string) map[string][2]int {
	want := map[string]bool{}
	for _, l := range labels {
		want[l] = true
	}
	found := map[string][2]int{}
	for r := max(from, 0); r < min(to, len(g)); r++ {
		for c := 0; c < len(g[r]); c++ {
			v := strings.TrimSpace(g[r][c].Text)
			if g[r][c].Kind != xlsx.Text || !want[v] {
				continue
			}
			if _, seen := found[v]; !seen {
				found[v] = [2]int{r, c + 1}
			}
			c++ // the value
		}
	}
	return found
}

// tableTitle finds the row whose first cell is s, a table's title, or -1.
func tableTitle(g xlsx.Grid, s string) int {
	for r := range g {
		if g.Text(r, 0) == s {
			return r
		}
	}
	return -1
}

// headerColumns maps the names in a header row to their zero-based
// columns; the first of two equal names wins.
func headerColumns(g xlsx.Grid, row int) map[string]int {
	cols := map[string]int{}
	if row < 0 || row >= len(g) {
		return cols
	}
	for c := range g[row] {
		if v := g.Text(row, c); v != "" {
			if _, dup := cols[v]; !dup {
				cols[v] = c
			}
		}
	}
	return cols
}
