package archive

// What the report's charts draw beyond Report: how each question's scores
// spread over 1 to 4, the interviewers' own recommendations per round, and
// the words that judge an interviewer's lean. Like Report, it reads the
// current version of every round; blank and N/A are never scores.
//
// Small numbers are said to be small: an interviewer is judged harsher or
// more lenient than colleagues only from LeanMinScores compared scores
// on, and a question's spread is judged only from FlagMinScores scores.

import (
	"context"
	"math"
	"slices"

	"github.com/interviewkit/interviewkit/kit"
)

// The rules of an interviewer's lean.
const (
	// LeanMinScores is how many of an interviewer's scores must have been
	// compared with colleagues' on the same questions before their lean
	// is judged.
	LeanMinScores = 10
	// LeanAt is the mean difference from colleagues, either way, at which
	// an interviewer leans; a quarter of the 1-4 scale's steps.
	LeanAt = 0.25
	// SpreadAt is the standard deviation from which a question's scores
	// spread widely: it tells candidates apart.
	SpreadAt = 1.0
)

// Leans, as Lean words them.
const (
	LeanTooFew  = "too few scores to tell"
	LeanHarsher = "harsher than colleagues"
	LeanLenient = "more lenient than colleagues"
	LeanInLine  = "in line with colleagues"
	LeanNobody  = "no colleague scored the same questions"
)

// Lean judges an interviewer's scoring against colleagues on the same
// questions (VsQuestion), and says so when there is too little to judge.
func (s InterviewerStats) Lean() string {
	switch {
	case s.VsQuestionN == 0:
		return LeanNobody
	case s.VsQuestionN < LeanMinScores:
		return LeanTooFew
	case s.VsQuestion <= -LeanAt:
		return LeanHarsher
	case s.VsQuestion >= LeanAt:
		return LeanLenient
	}
	return LeanInLine
}

// Separates reports whether a question's scores spread widely enough, over
// enough scores, to tell candidates apart.
func (q QuestionStats) Separates() bool { return q.N >= FlagMinScores && q.SD >= SpreadAt }

// Distributions are the counts behind the report's charts.
type Distributions struct {
	// Scores counts each question's scores, by question ID: Scores[id][v-1]
	// is how many times it scored v.
	Scores map[string][4]int `json:"scores"`
	// Rounds is the recommendation mix of each round title, in order of
	// first appearance (interview date, then position in the loop).
	Rounds []RecommendationMix `json:"rounds"`
	// Labels name the recommendations the mixes count, in order: the
	// labels of the kits' rule when every kit has the same labels, else
	// the default rule's.
	Labels []string `json:"labels"`
}

// RecommendationMix is how the interviewers of rounds with one title
// called them: Counts[i] is how many called the i-th label of their kit's
// rule (kit.RecommendationLabels.List: strong no, no, yes, strong yes, no
// decision); None how many rounds carry no recommendation yet.
type RecommendationMix struct {
	Title  string `json:"title"`
	Counts []int  `json:"counts"`
	None   int    `json:"none"`
}

// Total is how many rounds the mix counts.
func (m RecommendationMix) Total() int {
	n := m.None
	for _, c := range m.Counts {
		n += c
	}
	return n
}

// Distributions reads the counts behind the report's charts. The query is
// plain SQL with no parameters, so it reads any archive the Archive type
// opens.
func (a *Archive) Distributions(ctx context.Context) (*Distributions, error) {
	d := &Distributions{Scores: map[string][4]int{}}
	rows, err := a.db.QueryContext(ctx, `SELECT s.question_id, s.score
		FROM versions v JOIN scores s ON s.version_id = v.id
		WHERE v.replaced_at IS NULL AND s.status = 'scored'`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		var v int
		if err := rows.Scan(&id, &v); err != nil {
			rows.Close()
			return nil, err
		}
		if v >= 1 && v <= 4 {
			c := d.Scores[id]
			c[v-1]++
			d.Scores[id] = c
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if d.Rounds, d.Labels, err = a.recommendationMix(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// recommendationMix counts the interviewers' calls per round title, each
// by the labels of its kit's own rule, and names the labels counted.
func (a *Archive) recommendationMix(ctx context.Context) ([]RecommendationMix, []string, error) {
	rows, err := a.db.QueryContext(ctx, `SELECT k.rule, v.title, v.recommendation
		FROM kits k JOIN versions v ON v.kit_id = k.kit_id AND v.replaced_at IS NULL
		ORDER BY k.interview_date, k.kit_id, v.round`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var out []RecommendationMix
	var labels []string
	mixed := false
	for rows.Next() {
		var stored, title, rec string
		if err := rows.Scan(&stored, &title, &rec); err != nil {
			return nil, nil, err
		}
		rule, err := parseRule(stored)
		if err != nil {
			return nil, nil, err
		}
		own := rule.Labels.List()
		if labels == nil {
			labels = own
		} else if !slices.Equal(labels, own) {
			mixed = true
		}
		i := slices.IndexFunc(out, func(m RecommendationMix) bool { return m.Title == title })
		if i < 0 {
			out = append(out, RecommendationMix{Title: title, Counts: make([]int, len(own))})
			i = len(out) - 1
		}
		if j := slices.Index(own, rec); j >= 0 {
			out[i].Counts[j]++
		} else {
			out[i].None++
		}
	}
	if labels == nil || mixed {
		labels = kit.DefaultRule().Labels.List()
	}
	return out, labels, rows.Err()
}

// PanelMean is the mean of every score in the archive: the line the
// calibration chart measures each interviewer against. ok is false when
// nothing is scored.
func (rep *Report) PanelMean() (mean float64, ok bool) {
	var sum float64
	n := 0
	for _, i := range rep.Interviewers {
		sum += i.Mean * float64(i.N)
		n += i.N
	}
	if n == 0 {
		return 0, false
	}
	return math.Round(sum/float64(n)*1e9) / 1e9, true
}
