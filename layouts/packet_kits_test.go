package layouts_test

// Kits for the packet's tests: from the embedded bank, and synthetic ones
// whose size and text lengths the tests choose, so tests do not depend on
// what the bank holds today.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

// testDate is the interview day of every test kit.
var testDate = time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)

// testAreas are the synthetic kits' focus areas.
var testAreas = []kit.Area{
	{ID: "orm", Title: "Models and ORM"},
	{ID: "security", Title: "Security"},
	{ID: "apis", Title: "APIs"},
	{ID: "collaboration", Title: "Collaboration"},
}

// synthOptions shape a synthetic kit.
type synthOptions struct {
	questions   int
	candidate   string
	interviewer string
	long        bool // long question texts, key points and anchors
	huge        bool // one question far longer than a page
	star        bool // every third question behavioural
}

// synthQuestion makes question i. Its texts are distinct and findable:
// each contains its ID.
func synthQuestion(i int, o synthOptions) *kit.Question {
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
	if o.long {
		n = 4
	}
	q := &kit.Question{
		ID:      id,
		Text:    fmt.Sprintf("Question %s: %s — what happens, and how do you fix it?", id, words(14*n, id)),
		Stage:   "core",
		Areas:   []string{testAreas[i%len(testAreas)].ID},
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
	if o.star && i%3 == 2 {
		q.Stage = "behavioral"
		q.Areas = []string{"collaboration"}
		q.STAR = &kit.STAR{
			Situation: id + " situation: what was the team and what was at stake?",
			Task:      id + " task: what was yours to do, and by when?",
			Action:    id + " action: what did you do yourself, step by step?",
			Result:    id + " result: what happened, and what would you change?",
		}
	}
	if o.huge && i == 0 {
		for j := range 40 {
			q.KeyPoints = append(q.KeyPoints, fmt.Sprintf("%s extra point %d: %s", id, j+1, words(30, "huge")))
		}
		q.Rubric[3] = id + " four: " + words(400, "long anchor")
	}
	return q
}

// synthKit builds a one-round kit without a bank.
func synthKit(o synthOptions) *kit.Kit {
	if o.candidate == "" {
		o.candidate = "Zoë Ł. Nguyễn Thị Ánh"
	}
	if o.interviewer == "" {
		o.interviewer = "Małgorzata Wójcik"
	}
	qs := make([]*kit.Question, o.questions)
	for i := range qs {
		qs[i] = synthQuestion(i, o)
	}
	level := kit.Level{ID: "senior", Title: "Senior", Years: "5-8 y"}
	sel := kit.Selection{
		Level:     level,
		Areas:     testAreas,
		Stages:    []kit.Stage{{ID: "core", Title: "Django core"}},
		Questions: qs,
		Plan:      kit.NewPlan(kit.Timing{Intro: 5, CandidateQuestions: 10, Close: 5}, qs, 0),
		Seed:      7,
	}
	k := &kit.Kit{
		Candidate:   o.candidate,
		Role:        "Django Developer",
		Level:       level,
		Date:        testDate,
		Seed:        7,
		Rounds:      []kit.Round{{Title: "Django core", Interviewer: o.interviewer, Selection: sel}},
		BankTitle:   "Synthetic bank",
		BankVersion: "test0001",
		ToolVersion: "test",
	}
	k.Finish()
	return k
}

// bankKit selects a kit from the embedded bank, as `generate` does.
func bankKit(t testing.TB, level string, count int, candidate string) *kit.Kit {
	t.Helper()
	b, err := kit.Load(data.FS, "data")
	if err != nil {
		t.Fatalf("loading the embedded bank: %v", err)
	}
	sel, err := kit.Select(b, kit.Criteria{Level: level, Count: count, Seed: 42})
	if err != nil {
		t.Skipf("the embedded bank cannot give %d %s questions yet: %v", count, level, err)
	}
	k := &kit.Kit{
		Candidate:   candidate,
		Role:        b.Role,
		Level:       sel.Level,
		Date:        testDate,
		Seed:        42,
		Rounds:      []kit.Round{{Title: kit.RoundTitle(sel.Stages), Interviewer: "Çağrı Öztürk", Selection: *sel}},
		BankTitle:   b.Title,
		BankVersion: b.Version,
		ToolVersion: "test",
	}
	k.Finish()
	return k
}
