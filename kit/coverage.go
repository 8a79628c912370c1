package kit

// This file measures how a loop covers its focus areas. Good practice is to
// assess every focus area in at least two rounds, by different interviewers,
// so no single conversation decides an area. A question assesses every area
// it lists, so it counts under each of them, although the scoresheet scores
// it under one (Selection.AreaOf). Without a focus, the rows are every area
// of the bank, so an area no round asks about shows as not covered.

import (
	"fmt"
	"slices"
	"strings"
)

// CoverageKind names what is wrong with how an area is covered.
type CoverageKind string

// Coverage kinds, from worst to mildest.
const (
	// Uncovered: no round asks about the area.
	Uncovered CoverageKind = "uncovered"
	// Once: a single round asks about the area, so one conversation
	// decides it.
	Once CoverageKind = "once"
	// OneInterviewer: several rounds ask about the area, but all are run by
	// the same interviewer.
	OneInterviewer CoverageKind = "one-interviewer"
)

// Coverage is the matrix of focus areas by rounds of a loop, with a flag for
// each area covered less well than good practice asks.
type Coverage struct {
	// Areas are the rows: the loop's focus, or every area of the bank
	// when the loop has none.
	Areas []Area
	// Rounds are the columns: the round titles in loop order, with each
	// round's interviewer ("" when none is named).
	Rounds       []string
	Interviewers []string
	// Counts[i][j] is the number of questions of round j that assess
	// area i, among others or alone.
	Counts [][]int
	// Flags holds at most one flag per area, in the order of Areas.
	Flags []CoverageFlag
}

// CoverageFlag is one area covered less well than good practice asks.
type CoverageFlag struct {
	Kind CoverageKind
	Area Area
	// Rounds covering the area, in loop order; empty when Uncovered.
	Rounds []string
	// Interviewer is the one person covering the area, for OneInterviewer.
	Interviewer string
}

// NewCoverage counts the questions of each round under each area they
// list. focus is the loop's focus; when it is empty the rows are every
// area of the bank the rounds were chosen from (or, for rounds not chosen
// from a bank, the areas they touch).
//
// Interviewers are compared by PersonKey: case, spacing and accents aside. Rounds with no
// interviewer named never make an area OneInterviewer: who runs them is not
// known yet.
func NewCoverage(rounds []Round, focus []Area) Coverage {
	c := Coverage{Areas: slices.Clone(focus)}
	if len(focus) == 0 {
		c.Areas = touchedAreas(rounds)
		if len(rounds) > 0 && len(rounds[0].bankAreas) > 0 {
			c.Areas = slices.Clone(rounds[0].bankAreas)
		}
	}
	for _, r := range rounds {
		c.Rounds = append(c.Rounds, r.Title)
		c.Interviewers = append(c.Interviewers, r.Interviewer)
	}
	c.Counts = make([][]int, len(c.Areas))
	for i, a := range c.Areas {
		c.Counts[i] = make([]int, len(rounds))
		for j := range rounds {
			r := &rounds[j]
			for _, q := range r.Questions {
				if q.HasArea(a.ID) {
					c.Counts[i][j]++
				}
			}
		}
	}
	for i, a := range c.Areas {
		var covering []int
		for j, n := range c.Counts[i] {
			if n > 0 {
				covering = append(covering, j)
			}
		}
		f := CoverageFlag{Area: a}
		for _, j := range covering {
			f.Rounds = append(f.Rounds, c.Rounds[j])
		}
		switch {
		case len(covering) == 0:
			f.Kind = Uncovered
		case len(covering) == 1:
			f.Kind = Once
		default:
			who := PersonKey(c.Interviewers[covering[0]])
			same := who != ""
			for _, j := range covering[1:] {
				same = same && PersonKey(c.Interviewers[j]) == who
			}
			if !same {
				continue
			}
			f.Kind = OneInterviewer
			f.Interviewer = c.Interviewers[covering[0]]
		}
		c.Flags = append(c.Flags, f)
	}
	return c
}

// touchedAreas lists the areas some round scores a question under: in the
// order the rounds list their areas, then any others in question order.
func touchedAreas(rounds []Round) []Area {
	used := map[string]bool{}
	var extra []Area
	for i := range rounds {
		r := &rounds[i]
		for _, q := range r.Questions {
			a := r.AreaOf(q)
			if !used[a.ID] {
				used[a.ID] = true
				extra = append(extra, a)
			}
		}
	}
	var out []Area
	listed := map[string]bool{}
	for _, r := range rounds {
		for _, a := range r.Areas {
			if used[a.ID] && !listed[a.ID] {
				listed[a.ID] = true
				out = append(out, a)
			}
		}
	}
	for _, a := range extra {
		if !listed[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// Total is the number of questions scored under the i-th area over all
// rounds.
func (c Coverage) Total(i int) int {
	n := 0
	for _, v := range c.Counts[i] {
		n += v
	}
	return n
}

// Flag returns the flag of an area, if it has one.
func (c Coverage) Flag(areaID string) (CoverageFlag, bool) {
	i := slices.IndexFunc(c.Flags, func(f CoverageFlag) bool { return f.Area.ID == areaID })
	if i < 0 {
		return CoverageFlag{}, false
	}
	return c.Flags[i], true
}

// Notes says every flag in words, one line each, in area order.
func (c Coverage) Notes() []string {
	out := make([]string, len(c.Flags))
	for i, f := range c.Flags {
		out[i] = f.String()
	}
	return out
}

// String says the flag in words, as the overview prints it:
// "Security: covered only in Advanced Django".
func (f CoverageFlag) String() string {
	name := f.Area.Title
	if name == "" {
		name = f.Area.ID
	}
	switch f.Kind {
	case Uncovered:
		return name + ": covered by no round"
	case Once:
		return fmt.Sprintf("%s: covered only in %s", name, f.Rounds[0])
	case OneInterviewer:
		all := "all"
		if len(f.Rounds) == 2 {
			all = "both"
		}
		return fmt.Sprintf("%s: covered in %s, %s by %s", name, andList(f.Rounds), all, f.Interviewer)
	}
	return name + ": " + string(f.Kind)
}

// andList joins items as a sentence does: "a", "a and b", "a, b and c".
func andList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// Settled reports whether every round that assesses one of the areas names
// its interviewer, so that the absence of a OneInterviewer flag means
// different people really assess each area; until then that part of the
// check is open.
func (c Coverage) Settled() bool {
	for j, who := range c.Interviewers {
		if strings.TrimSpace(who) != "" {
			continue
		}
		for i := range c.Areas {
			if c.Counts[i][j] > 0 {
				return false
			}
		}
	}
	return true
}

// Summary says in one sentence how the loop covers its areas when nothing is
// flagged, without claiming more than the named interviewers show.
func (c Coverage) Summary() string {
	if c.Settled() {
		return "Every area is assessed in at least two rounds, by different interviewers."
	}
	return "Every area is assessed in at least two rounds; name every round's interviewer to check they are different people."
}
