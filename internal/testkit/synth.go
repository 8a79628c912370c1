package testkit

import (
	"fmt"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// Areas are the synthetic kits' focus areas.
var Areas = []kit.Area{
	{ID: "orm", Title: "Models and ORM"},
	{ID: "security", Title: "Security"},
	{ID: "apis", Title: "APIs"},
	{ID: "collaboration", Title: "Collaboration"},
}

// SynthOptions shape a synthetic kit.
type SynthOptions struct {
	Questions   int
	Candidate   string
	Interviewer string
	Long        bool // long question texts, key points and anchors
	Huge        bool // one question far longer than a page
	Star        bool // every third question behavioural
}

// SynthQuestion makes question i of a synthetic kit. Its texts are distinct and findable:
// each contains its ID.
func SynthQuestion(i int, o SynthOptions) *kit.Question {
	id := fmt.Sprintf("synth-q%03d", i+1)
	words := func(n int, seed string) string {
		base := strings.Fields("the request cycle loads each related row lazily so a list of fifty orders runs fifty one queries unless select_related joins them in one go")
		out := make([]string, n)
		for j := range out {
			out[j] = base[(j+len(seed))%len(base)]
		}
		return strings.Join(out, " ")
	}
	n := 1
	if o.Long {
		n = 4
	}
	q := &kit.Question{
		ID:      id,
		Text:    fmt.Sprintf("Question %s: %s — what happens, and how do you fix it?", id, words(14*n, id)),
		Stage:   "core",
		Areas:   []string{Areas[i%len(Areas)].ID},
		Levels:  []string{"mid", "senior"},
		Minutes: 5 + i%4,
		Why:     fmt.Sprintf("Why %s: %s.", id, words(12*n, "why")),
		Rubric: kit.Rubric{
			fmt.Sprintf("%s one: %s.", id, words(6*n, "a")),
			fmt.Sprintf("%s two: %s.", id, words(9*n, "bb")),
			fmt.Sprintf("%s three: %s.", id, words(12*n, "ccc")),
			fmt.Sprintf("%s four: %s.", id, words(15*n, "dddd")),
		},
	}
	for j := range 5 {
		q.KeyPoints = append(q.KeyPoints, fmt.Sprintf("%s point %d: %s", id, j+1, words(8*n+j, "kp")))
	}
	for j := range 3 {
		q.FollowUps = append(q.FollowUps, fmt.Sprintf("%s probe %d: %s?", id, j+1, words(7+j, "fu")))
		q.RedFlags = append(q.RedFlags, fmt.Sprintf("%s flag %d: %s", id, j+1, words(6+j, "rf")))
	}
	if o.Star && i%3 == 2 {
		q.Stage = "behavioral"
		q.Areas = []string{"collaboration"}
		q.STAR = &kit.STAR{
			Situation: id + " situation: what was the team and what was at stake?",
			Task:      id + " task: what was yours to do, and by when?",
			Action:    id + " action: what did you do yourself, step by step?",
			Result:    id + " result: what happened, and what would you change?",
		}
	}
	if o.Huge && i == 0 {
		for j := range 40 {
			q.KeyPoints = append(q.KeyPoints, fmt.Sprintf("%s extra point %d: %s", id, j+1, words(30, "huge")))
		}
		q.Rubric[3] = id + " four: " + words(400, "long anchor")
	}
	return q
}

// Synth builds a one-round kit without a bank. Its candidate and
// interviewer default to names with letters from several scripts.
func Synth(o SynthOptions) *kit.Kit {
	if o.Candidate == "" {
		o.Candidate = "Zoë Ł. Nguyễn Thị Ánh"
	}
	if o.Interviewer == "" {
		o.Interviewer = "Małgorzata Wójcik"
	}
	qs := make([]*kit.Question, o.Questions)
	for i := range qs {
		qs[i] = SynthQuestion(i, o)
	}
	level := kit.Level{ID: "senior", Title: "Senior", Years: "5-8 y"}
	sel := kit.Selection{
		Level:     level,
		Areas:     Areas,
		Stages:    []kit.Stage{{ID: "core", Title: "Django core"}},
		Questions: qs,
		Plan:      kit.NewPlan(kit.Timing{Intro: 5, CandidateQuestions: 10, Close: 5}, qs, 0),
		Seed:      7,
	}
	k := &kit.Kit{
		Candidate:   o.Candidate,
		Role:        "Django Developer",
		Level:       level,
		Date:        Date,
		Seed:        7,
		Rounds:      []kit.Round{{Title: "Django core", Interviewer: o.Interviewer, Selection: sel}},
		BankTitle:   "Synthetic bank",
		BankVersion: "test0001",
		ToolVersion: "test",
	}
	k.Finish()
	return k
}
