package archive

// What a hiring team learns from the archive. The report reads the current
// version of every round (history is for access requests, not statistics)
// and follows the scoresheet's rule: blank and N/A are not scored and never
// count as zero. Spreads are sample standard deviations, 0 for one score.
//
// Calibration compares like with like. An interviewer's "vs question" is
// the mean of (their score - the mean other interviewers gave the same
// question), over every score where others scored that question too; their
// "vs panel" is the mean of (their average on a kit - the other
// interviewers' average on the same kit), over kits they shared. Negative
// means harsher than colleagues, positive more lenient. Names match
// ignoring case, accents and spacing. Rounds that name nobody are listed
// together, as colleagues of everyone, and are not calibrated themselves.

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/interviewkit/interviewkit/kit"
)

// Thresholds of the question flags: a question everyone aces or everyone
// fails, once it has been scored often enough to say so.
const (
	// FlagMinScores is how many scores a question needs before it is
	// flagged.
	FlagMinScores = 3
	// AcedAt and FailedBelow are the mean scores that flag a question;
	// they are the recommendation rule's Strong yes and No thresholds.
	AcedAt      = kit.StrongYesAt
	FailedBelow = kit.NoAt
)

// Question flags.
const (
	FlagAced     = "aced"     // mean at or above AcedAt
	FlagFailed   = "failed"   // mean below FailedBelow
	FlagNeverRun = "only N/A" // asked in kits but never scored
)

// Report is what the archive says about interviewers, questions and
// candidates.
type Report struct {
	Kits         int                `json:"kits"`
	Rounds       int                `json:"rounds"`
	Scores       int                `json:"scores"` // 1-4 scores, N/A and blanks left out
	Interviewers []InterviewerStats `json:"interviewers"`
	Questions    []QuestionStats    `json:"questions"`
	// Banks are the banks the archived kits were made from, each with
	// its questions no kit from it asked (when the bank is at hand).
	Banks []BankCoverage `json:"banks"`
	// NeverAsked lists the questions of every bank at hand that no kit
	// made from it holds.
	NeverAsked []string          `json:"never_asked"`
	Candidates []CandidateResult `json:"candidates"`
	Incomplete []IncompleteKit   `json:"incomplete"`
}

// Stats is a mean and sample standard deviation over N scores.
type Stats struct {
	N    int     `json:"n"`
	Mean float64 `json:"mean"`
	SD   float64 `json:"sd"`
}

// InterviewerStats is one interviewer's scoring against the panel.
type InterviewerStats struct {
	Name   string `json:"name"` // as first typed; "" when rounds named nobody
	Rounds int    `json:"rounds"`
	Kits   int    `json:"kits"`
	Stats
	// VsQuestion is the mean difference from other interviewers on the
	// same questions, over VsQuestionN scores.
	VsQuestion  float64 `json:"vs_question"`
	VsQuestionN int     `json:"vs_question_n"`
	// VsPanel is the mean difference from the other interviewers of the
	// same kits, over VsPanelKits kits.
	VsPanel     float64 `json:"vs_panel"`
	VsPanelKits int     `json:"vs_panel_kits"`
}

// QuestionStats is how one question scores across the archive.
type QuestionStats struct {
	ID    string `json:"id"`
	Area  string `json:"area"`
	Asked int    `json:"asked"` // rounds that held it
	NA    int    `json:"na"`
	Blank int    `json:"blank"`
	Stats
	Flag string `json:"flag,omitempty"`
}

// CandidateResult is one kit's overall result by the scoresheet's rule.
type CandidateResult struct {
	KitID          string  `json:"kit_id"`
	Candidate      string  `json:"candidate"`
	Date           string  `json:"date"`
	Overall        float64 `json:"overall"` // weighted average; 0 when nothing was scored
	Scored         int     `json:"scored"`
	Questions      int     `json:"questions"`
	Recommendation string  `json:"recommendation"`
}

// IncompleteKit is a kit whose archived scoresheet has gaps.
type IncompleteKit struct {
	KitID     string            `json:"kit_id"`
	Candidate string            `json:"candidate"`
	Date      string            `json:"date"`
	Rounds    []IncompleteRound `json:"rounds"`
}

// IncompleteRound says what a round lacks.
type IncompleteRound struct {
	Sheet            string   `json:"sheet"`
	Interviewer      string   `json:"interviewer"`
	Unscored         []string `json:"unscored"`
	Questions        int      `json:"questions"`
	NoRecommendation bool     `json:"no_recommendation"`
}

// scoreRow is one current score, as the report reads it.
type scoreRow struct {
	kitID, candidate, date string
	bank, rule             string // the kit's bank title and stored rule
	round                  int
	sheet, interviewer     string
	recommendation         string
	question, area         string
	weight                 float64
	status                 string
	value                  int
}

// Report computes the report. banks are the questions of the banks at
// hand, by title, to find the questions no kit made from them asked; the
// report lists every bank the kits were made from (KitBanks), at hand or
// not.
func (a *Archive) Report(ctx context.Context, banks []BankQuestions) (*Report, error) {
	rows, err := a.db.QueryContext(ctx, `SELECT k.kit_id, k.candidate, k.interview_date, k.bank_title, k.rule, v.round, v.sheet,
			v.interviewer, v.recommendation, s.question_id, s.area_id, s.weight, s.status, coalesce(s.score, 0)
		FROM kits k JOIN versions v ON v.kit_id = k.kit_id AND v.replaced_at IS NULL
		JOIN scores s ON s.version_id = v.id
		ORDER BY k.interview_date, k.candidate_key, k.kit_id, v.round, s.position`)
	if err != nil {
		return nil, err
	}
	var all []scoreRow
	for rows.Next() {
		var r scoreRow
		if err := rows.Scan(&r.kitID, &r.candidate, &r.date, &r.bank, &r.rule, &r.round, &r.sheet, &r.interviewer,
			&r.recommendation, &r.question, &r.area, &r.weight, &r.status, &r.value); err != nil {
			rows.Close()
			return nil, err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Empty lists, not null, for readers of the JSON.
	rep := &Report{Interviewers: []InterviewerStats{}, Questions: []QuestionStats{}, NeverAsked: []string{},
		Candidates: []CandidateResult{}, Incomplete: []IncompleteKit{}}
	rep.count(all)
	rep.interviewers(all)
	rep.questions(all)
	if err := rep.banks(ctx, a, all, banks); err != nil {
		return nil, err
	}
	if err := rep.candidates(all); err != nil {
		return nil, err
	}
	return rep, nil
}

func (rep *Report) count(all []scoreRow) {
	kits, rounds := map[string]bool{}, map[[2]any]bool{}
	for _, r := range all {
		kits[r.kitID] = true
		rounds[[2]any{r.kitID, r.round}] = true
		if r.status == StatusScored {
			rep.Scores++
		}
	}
	rep.Kits, rep.Rounds = len(kits), len(rounds)
}

// stats returns the mean and sample standard deviation of xs.
func stats(xs []float64) Stats {
	s := Stats{N: len(xs)}
	if s.N == 0 {
		return s
	}
	for _, x := range xs {
		s.Mean += x
	}
	s.Mean /= float64(s.N)
	if s.N > 1 {
		var ss float64
		for _, x := range xs {
			ss += (x - s.Mean) * (x - s.Mean)
		}
		s.SD = math.Sqrt(ss / float64(s.N-1))
	}
	return s
}

func mean(xs []float64) float64 { return stats(xs).Mean }

// tally is a sum and count of scores.
type tally struct {
	sum float64
	n   int
}

// tallies are tallies by something (a question, a kit), then by
// interviewer key.
type tallies map[string]map[string]*tally

func (m tallies) add(what, who string, v float64) {
	if m[what] == nil {
		m[what] = map[string]*tally{}
	}
	t := m[what][who]
	if t == nil {
		t = &tally{}
		m[what][who] = t
	}
	t.sum += v
	t.n++
}

// others is the mean of everyone's scores on what but who's, and whether
// anyone else scored it.
func (m tallies) others(what, who string) (float64, bool) {
	var sum float64
	var n int
	for k, t := range m[what] {
		if k != who {
			sum += t.sum
			n += t.n
		}
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

// interviewer is one person's scores, by kit.PersonKey, as the report
// gathers them.
type interviewer struct {
	name   string
	scores []float64
	rounds map[[2]any]bool
	kits   map[string]bool
}

// calibration is every interviewer's scores and what the comparisons with
// colleagues need.
type calibration struct {
	byKey       map[string]*interviewer
	order       []string // keys in order of first appearance
	perQuestion tallies  // question -> interviewer -> scores
	perKit      tallies  // kit -> interviewer -> scores
}

func newCalibration(all []scoreRow) calibration {
	c := calibration{byKey: map[string]*interviewer{}, perQuestion: tallies{}, perKit: tallies{}}
	for _, r := range all {
		key := kit.PersonKey(r.interviewer)
		w := c.byKey[key]
		if w == nil {
			w = &interviewer{name: r.interviewer, rounds: map[[2]any]bool{}, kits: map[string]bool{}}
			c.byKey[key] = w
			c.order = append(c.order, key)
		}
		w.rounds[[2]any{r.kitID, r.round}] = true
		w.kits[r.kitID] = true
		if r.status != StatusScored {
			continue
		}
		v := float64(r.value)
		w.scores = append(w.scores, v)
		c.perQuestion.add(r.question, key, v)
		c.perKit.add(r.kitID, key, v)
	}
	return c
}

// vsQuestion is, per interviewer key, their score minus the others' mean
// on the same question, for every score where others scored it too.
func (c calibration) vsQuestion(all []scoreRow) map[string][]float64 {
	out := map[string][]float64{}
	for _, r := range all {
		if r.status != StatusScored {
			continue
		}
		key := kit.PersonKey(r.interviewer)
		if m, ok := c.perQuestion.others(r.question, key); ok {
			out[key] = append(out[key], float64(r.value)-m)
		}
	}
	return out
}

// vsPanel is, per interviewer key, their average on a kit minus the other
// interviewers' average on it, for every kit they shared. Kits and
// interviewers are taken in sorted order, so the sums, and the report,
// come out the same to the last bit every run.
func (c calibration) vsPanel() map[string][]float64 {
	out := map[string][]float64{}
	for _, kitID := range slices.Sorted(maps.Keys(c.perKit)) {
		byWho := c.perKit[kitID]
		for _, key := range slices.Sorted(maps.Keys(byWho)) {
			t := byWho[key]
			if m, ok := c.perKit.others(kitID, key); ok {
				out[key] = append(out[key], t.sum/float64(t.n)-m)
			}
		}
	}
	return out
}

func (rep *Report) interviewers(all []scoreRow) {
	c := newCalibration(all)
	vsQuestion, vsPanel := c.vsQuestion(all), c.vsPanel()
	for _, key := range c.order {
		w := c.byKey[key]
		s := InterviewerStats{Name: w.name, Rounds: len(w.rounds), Kits: len(w.kits), Stats: stats(w.scores)}
		// Rounds that name nobody count as colleagues' scores for the
		// others, but are no one to calibrate: they may be many people.
		if key != "" {
			s.VsQuestion, s.VsQuestionN = mean(vsQuestion[key]), len(vsQuestion[key])
			s.VsPanel, s.VsPanelKits = mean(vsPanel[key]), len(vsPanel[key])
		}
		rep.Interviewers = append(rep.Interviewers, s)
	}
	slices.SortStableFunc(rep.Interviewers, func(a, b InterviewerStats) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(kit.PersonKey(a.Name), kit.PersonKey(b.Name)))
	})
}

func (rep *Report) questions(all []scoreRow) {
	byID := map[string]*QuestionStats{}
	scores := map[string][]float64{}
	var order []string
	for _, r := range all {
		q := byID[r.question]
		if q == nil {
			q = &QuestionStats{ID: r.question, Area: r.area}
			byID[r.question] = q
			order = append(order, r.question)
		}
		q.Asked++
		switch r.status {
		case StatusScored:
			scores[r.question] = append(scores[r.question], float64(r.value))
		case StatusNA:
			q.NA++
		default:
			q.Blank++
		}
	}
	for _, id := range order {
		q := byID[id]
		q.Stats = stats(scores[id])
		switch {
		case q.N == 0 && q.NA > 0:
			q.Flag = FlagNeverRun
		case q.N >= FlagMinScores && q.Mean >= AcedAt:
			q.Flag = FlagAced
		case q.N >= FlagMinScores && q.Mean < FailedBelow:
			q.Flag = FlagFailed
		}
		rep.Questions = append(rep.Questions, *q)
	}
	slices.SortStableFunc(rep.Questions, func(a, b QuestionStats) int {
		return cmp.Or(cmp.Compare(a.Area, b.Area), cmp.Compare(a.ID, b.ID))
	})
}

// candidates sums up each kit by its own recommendation rule, the one its
// scoresheet applied, and lists the rounds with gaps. all is ordered by
// kit, then round.
func (rep *Report) candidates(all []scoreRow) error {
	for _, kitRows := range runs(all, func(r scoreRow) any { return r.kitID }) {
		first := kitRows[0]
		rule, err := parseRule(first.rule)
		if err != nil {
			return fmt.Errorf("kit %s: %w", first.kitID, err)
		}
		scores := make([]kit.Score, len(kitRows))
		for i, r := range kitRows {
			scores[i] = kit.Score{QuestionID: r.question, Area: r.area, Weight: r.weight}
			if r.status == StatusScored {
				scores[i].Value = r.value
			}
		}
		s := kit.Summarize(kit.Policy{Rule: rule}, scores)
		rep.Candidates = append(rep.Candidates, CandidateResult{KitID: first.kitID, Candidate: first.candidate,
			Date: first.date, Overall: s.Overall, Scored: s.Scored, Questions: len(scores), Recommendation: s.Recommendation})

		inc := IncompleteKit{KitID: first.kitID, Candidate: first.candidate, Date: first.date}
		for _, roundRows := range runs(kitRows, func(r scoreRow) any { return r.round }) {
			r0 := roundRows[0]
			round := IncompleteRound{Sheet: r0.sheet, Interviewer: r0.interviewer, Questions: len(roundRows),
				NoRecommendation: r0.recommendation == ""}
			for _, r := range roundRows {
				if r.status == StatusBlank {
					round.Unscored = append(round.Unscored, r.question)
				}
			}
			if len(round.Unscored) > 0 || round.NoRecommendation {
				inc.Rounds = append(inc.Rounds, round)
			}
		}
		if len(inc.Rounds) > 0 {
			rep.Incomplete = append(rep.Incomplete, inc)
		}
	}
	return nil
}

// runs splits rows into runs of equal key.
func runs(rows []scoreRow, key func(scoreRow) any) [][]scoreRow {
	var out [][]scoreRow
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && key(rows[end]) == key(rows[start]) {
			end++
		}
		out = append(out, rows[start:end])
		start = end
	}
	return out
}
