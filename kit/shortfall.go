package kit

// This file explains a selection that comes up short: too few questions
// match the filters, or none fits the slot. The explanation is data (a
// TooFewError and its Relaxations, best first), which a caller words in
// its own terms; and it says which questions forced in by id the filters
// would have left out.

import (
	"fmt"
	"slices"
)

// tooFew explains a shortfall with what each relaxed filter would leave.
func tooFew(b *Bank, c Criteria, f filter, have int, want, haveText string) *TooFewError {
	e := &TooFewError{Round: c.Round, Filters: f.String(), Want: want, Have: haveText}
	e.Relax = relaxFilters(b, f, have, func(g filter) int { return len(g.pool(b)) + len(g.include) })
	return e
}

// relaxFilters lists the filters whose dropping or changing raises count
// (the questions a filter makes available) above have, most first.
func relaxFilters(b *Bank, f filter, have int, count func(filter) int) []Relaxation {
	var out []Relaxation
	try := func(r Relaxation, g filter) {
		if r.Have = count(g); r.Have > have {
			out = append(out, r)
		}
	}
	if len(f.stages) > 0 {
		g := f
		g.stages = nil
		try(Relaxation{Kind: DropFilter, Filter: FilterStage}, g)
	}
	if len(f.areas) > 0 {
		g := f
		g.areas = nil
		try(Relaxation{Kind: DropFilter, Filter: FilterFocus}, g)
	}
	if i := b.LevelIndex(f.level); i >= 0 {
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(b.Levels) {
				g := f
				g.level = b.Levels[j].ID
				try(Relaxation{Kind: ChangeFilter, Filter: FilterLevel, Value: g.level}, g)
			}
		}
	}
	if len(f.exclude) > 0 {
		g := f
		g.exclude = nil
		try(Relaxation{Kind: DropFilter, Filter: FilterExclude}, g)
	}
	slices.SortStableFunc(out, func(x, y Relaxation) int { return y.Have - x.Have })
	return out
}

// forced lists the included questions the filter's level, focus or
// stages would leave out.
func (f filter) forced() []Forced {
	var out []Forced
	for _, q := range f.include {
		var misses []string
		if f.level != "" && !q.HasLevel(f.level) {
			misses = append(misses, FilterLevel)
		}
		if len(f.areas) > 0 && !q.HasAnyArea(f.areas) {
			misses = append(misses, FilterFocus)
		}
		if len(f.stages) > 0 && !slices.Contains(f.stages, q.Stage) {
			misses = append(misses, FilterStage)
		}
		if len(misses) > 0 {
			out = append(out, Forced{Question: q, Misses: misses})
		}
	}
	return out
}

// noneFits explains a slot too short for any matching question: budget
// minutes of a slot of slot minutes are left for questions. The ways out
// are filters that bring in a question that short, and a longer slot.
func noneFits(b *Bank, c Criteria, f filter, slot, budget int) *TooFewError {
	pool := f.pool(b)
	shortest := 0
	for _, q := range pool {
		if shortest == 0 || q.Minutes < shortest {
			shortest = q.Minutes
		}
	}
	e := &TooFewError{Round: c.Round, Filters: f.String(), Want: "1 question", Have: "0 questions"}
	if len(pool) == 0 {
		e.Reason = fmt.Sprintf("no question matches %s", f)
	} else {
		e.Reason = fmt.Sprintf("no question fits: a %d-minute slot leaves %d minutes for questions after the intro, the candidate's questions and the close, and the shortest of the %s matching %s takes %d minutes",
			slot, budget, countOf(len(pool)), f, shortest)
	}
	fits := func(g filter) int {
		n := 0
		for _, q := range g.pool(b) {
			if q.Minutes <= budget {
				n++
			}
		}
		return n
	}
	e.Relax = relaxFilters(b, f, 0, fits)
	kind := LongerSlot
	if c.Round != "" {
		kind = LengthenRound
	}
	for s := slot + 1; shortest > 0 && s <= MaxRoundMinutes; s++ {
		if s-b.Timing.For(s).Overhead() >= shortest {
			n := 0
			for _, q := range pool {
				if q.Minutes <= s-b.Timing.For(s).Overhead() {
					n++
				}
			}
			e.Relax = append(e.Relax, Relaxation{Kind: kind, Minutes: s, Have: n})
			break
		}
	}
	return e
}
