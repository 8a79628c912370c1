package kit

// This file adds up the scores of a whole loop: by round, by interviewer and
// by area, and how far the interviewers' views of one area lie apart. The
// loop scoresheet's Summary computes the same figures by formula, so a
// hiring manager reading either sees the same numbers; tests compare them.
//
// Interviewers are people, not rounds: two rounds run by the same person
// (names compared ignoring case and spacing) count as one interviewer, and
// a round whose interviewer is not named counts as an interviewer of its
// own, since somebody scored it.

import "slices"

// SpreadFlagAt is the spread between interviewers' averages on one area at
// which a loop's summary flags the area for the debrief: two points on the
// 1-4 scale means one interviewer heard a solid answer where another heard
// next to nothing.
const SpreadFlagAt = 2.0

// spreadSlack absorbs floating-point error in a spread, so 3.5-1.5 and
// 10/3-4/3 are both flagged at 2 whatever the engine's rounding.
const spreadSlack = 1e-9

// RoundScores are the scores given in one round and who gave them.
type RoundScores struct {
	Interviewer string // as written on the round's sheet; "" when nobody is named
	Scores      []Score
}

// LoopSummary is what the scores of a loop add up to.
type LoopSummary struct {
	// Summary is every round's scores together, as Summarize computes it:
	// the overall weighted average, the per-area averages over all rounds
	// and the recommendation by the kit's rule.
	Summary
	// Rounds summarises each round on its own, in loop order.
	Rounds []Summary
	// Interviewers summarises each interviewer over their rounds, in the
	// order of their first round.
	Interviewers []InterviewerSummary
	// Spreads says, for every area some question is scored under, in the
	// order areas first appear, how far the interviewers' averages lie
	// apart.
	Spreads []AreaSpread
}

// InterviewerSummary is one interviewer's scores over the rounds they ran.
type InterviewerSummary struct {
	// Name is as written in the first of their rounds; "" for a round that
	// names nobody.
	Name    string
	Rounds  []int // indexes of their rounds, in loop order
	Summary       // their rounds' scores together
}

// AreaSpread is how far the interviewers' averages on one area lie apart.
type AreaSpread struct {
	Area string
	// Interviewers is how many interviewers scored a question under the
	// area. Lowest and Highest are the least and greatest of their area
	// averages when at least one did; Spread is Highest-Lowest when at
	// least two did, and 0 otherwise.
	Interviewers    int
	Lowest, Highest float64
	Spread          float64
	// Flagged is true when at least two interviewers scored the area and
	// their averages lie SpreadFlagAt or more apart.
	Flagged bool
}

// SummarizeLoop adds up a loop's scores, one RoundScores per round in loop
// order, recommending by the policy's rule, as the loop scoresheet's
// Summary does.
func SummarizeLoop(p Policy, rounds []RoundScores) LoopSummary {
	var s LoopSummary
	var all []Score
	for _, r := range rounds {
		s.Rounds = append(s.Rounds, Summarize(p, r.Scores))
		all = append(all, r.Scores...)
	}
	s.Summary = Summarize(p, all)

	// Group rounds into interviewers.
	var keys []string
	for i, r := range rounds {
		key := PersonKey(r.Interviewer)
		j := -1
		if key != "" {
			j = slices.Index(keys, key)
		}
		if j < 0 {
			keys = append(keys, key)
			s.Interviewers = append(s.Interviewers, InterviewerSummary{Name: r.Interviewer})
			j = len(keys) - 1
		}
		s.Interviewers[j].Rounds = append(s.Interviewers[j].Rounds, i)
	}
	for j := range s.Interviewers {
		var scores []Score
		for _, i := range s.Interviewers[j].Rounds {
			scores = append(scores, rounds[i].Scores...)
		}
		s.Interviewers[j].Summary = Summarize(p, scores)
	}

	var areas []string
	for _, sc := range all {
		if !slices.Contains(areas, sc.Area) {
			areas = append(areas, sc.Area)
		}
	}
	for _, a := range areas {
		sp := AreaSpread{Area: a}
		for _, iv := range s.Interviewers {
			avg, ok := iv.AreaAverages[a]
			if !ok {
				continue
			}
			if sp.Interviewers == 0 || avg < sp.Lowest {
				sp.Lowest = avg
			}
			if sp.Interviewers == 0 || avg > sp.Highest {
				sp.Highest = avg
			}
			sp.Interviewers++
		}
		if sp.Interviewers >= 2 {
			sp.Spread = sp.Highest - sp.Lowest
			sp.Flagged = sp.Spread >= SpreadFlagAt-spreadSlack
		}
		s.Spreads = append(s.Spreads, sp)
	}
	return s
}

// Spread returns the spread of an area, if some question is scored under it.
func (s LoopSummary) Spread(area string) (AreaSpread, bool) {
	i := slices.IndexFunc(s.Spreads, func(sp AreaSpread) bool { return sp.Area == area })
	if i < 0 {
		return AreaSpread{}, false
	}
	return s.Spreads[i], true
}
