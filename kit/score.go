package kit

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

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
// recommendation by the policy's rule, as the scoresheet's formulas do.
func Summarize(p Policy, scores []Score) Summary {
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
	s.Recommendation = Recommend(p, s.Overall, s.Scored, len(scores))
	return s
}

// ScoreNA marks a question that was not asked or cannot be judged. Like a
// blank, it is not scored and never counts as zero.
const ScoreNA = "N/A"

// ScoreValues are the values a score may take, in the order a form offers
// them: the dropdown of the scoresheet, the boxes of the packet.
var ScoreValues = []string{"1", "2", "3", "4", ScoreNA}

// ScoreStatus says whether a question was scored.
type ScoreStatus int

// Score statuses. Blank and NotApplicable are both unscored and never count
// as zero; only a blank makes a scoresheet incomplete.
const (
	ScoreBlank ScoreStatus = iota
	ScoreNotApplicable
	ScoreGiven
)

// ParseScore is the rule for what a score may be, wherever one is read (a
// scoresheet cell, a scanned box, a typed correction): "1" to "4" is a
// score; blank or spaces is blank; N/A, in any case, is not applicable.
// Anything else is an error, so nothing guesses what the interviewer
// meant: "7", "2.5", "three", " 3". A number stored in a spreadsheet is
// given here as its shortest decimal text ("3" for 3.0), which is also how
// the scoresheet's formulas see it.
func ParseScore(s string) (ScoreStatus, int, error) {
	switch {
	case strings.TrimSpace(s) == "":
		return ScoreBlank, 0, nil
	case len(s) == 1 && s[0] >= '1' && s[0] <= '4':
		return ScoreGiven, int(s[0] - '0'), nil
	case strings.EqualFold(s, ScoreNA):
		return ScoreNotApplicable, 0, nil
	}
	return 0, 0, fmt.Errorf("%w: %q is not 1-4 or %s", ErrBadScore, clip(s, 40), ScoreNA)
}

// ErrBadScore marks a score that is not 1-4, N/A or blank.
var ErrBadScore = errors.New("bad score")

// clip shortens s to at most n runes for a message, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// ScoredAreas lists the area each question of k is scored under, once,
// ordered by each round's focus areas and then by first use: the areas a
// scoresheet's Summary averages and the overview's debrief sheet lists, so
// paper and spreadsheet agree.
func (k *Kit) ScoredAreas() []Area {
	used := map[string]bool{}
	for i := range k.Rounds {
		r := &k.Rounds[i]
		for _, q := range r.Questions {
			used[r.AreaOf(q).ID] = true
		}
	}
	var out []Area
	seen := map[string]bool{}
	add := func(a Area) {
		if used[a.ID] && !seen[a.ID] {
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	for i := range k.Rounds {
		for _, a := range k.Rounds[i].Areas {
			add(a)
		}
	}
	for i := range k.Rounds {
		r := &k.Rounds[i]
		for _, q := range r.Questions {
			add(r.AreaOf(q))
		}
	}
	return out
}
