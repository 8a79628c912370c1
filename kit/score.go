package kit

// The recommendation rule. It is the same everywhere a recommendation is
// computed: the scoresheet's formulas, the archive and the docs all read
// these values, so they cannot drift apart.
const (
	// StrongYesAt and the other thresholds apply to the weighted average of
	// scored questions (1-4).
	StrongYesAt = 3.5
	YesAt       = 2.75
	NoAt        = 2.0
	// MinScoredShare is the share of questions that must be scored before
	// any recommendation is made; below it the result is "No decision".
	MinScoredShare = 0.5
)

// Recommendation labels, from worst to best, plus the undecided one.
const (
	StrongNo   = "Strong no"
	No         = "No"
	Yes        = "Yes"
	StrongYes  = "Strong yes"
	NoDecision = "No decision"
)

// Recommendations lists the labels in the order a form offers them.
var Recommendations = []string{StrongNo, No, Yes, StrongYes, NoDecision}

// Recommend applies the rule to a weighted average over scored questions.
func Recommend(average float64, scored, total int) string {
	if scored == 0 || float64(scored) < MinScoredShare*float64(total) {
		return NoDecision
	}
	switch {
	case average >= StrongYesAt:
		return StrongYes
	case average >= YesAt:
		return Yes
	case average >= NoAt:
		return No
	}
	return StrongNo
}

// Score is one question's result: 1-4, or 0 when not scored (blank or N/A).
type Score struct {
	QuestionID string
	Area       string
	Weight     float64
	Value      int
}

// Summary is what a set of scores adds up to. Unscored questions count
// towards Unscored, never as zero.
type Summary struct {
	Overall        float64            // weighted average over scored questions; 0 when none
	Scored         int                // questions with a 1-4 score
	Unscored       int                // blank or N/A
	AreaAverages   map[string]float64 // plain average per area over scored questions
	Recommendation string
}

// Summarize computes the overall weighted average, per-area averages and the
// recommendation, as the scoresheet's formulas do.
func Summarize(scores []Score) Summary {
	s := Summary{AreaAverages: map[string]float64{}}
	var wsum, wtotal float64
	sums, counts := map[string]float64{}, map[string]int{}
	for _, sc := range scores {
		if sc.Value < 1 || sc.Value > 4 {
			s.Unscored++
			continue
		}
		s.Scored++
		w := sc.Weight
		if w <= 0 {
			w = 1
		}
		wsum += w * float64(sc.Value)
		wtotal += w
		sums[sc.Area] += float64(sc.Value)
		counts[sc.Area]++
	}
	if wtotal > 0 {
		s.Overall = wsum / wtotal
	}
	for a, n := range counts {
		s.AreaAverages[a] = sums[a] / float64(n)
	}
	s.Recommendation = Recommend(s.Overall, s.Scored, len(scores))
	return s
}
