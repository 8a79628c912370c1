package kit_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
)

// scores makes the scores of a round: area:value pairs, weight 1; 0 is
// unscored.
func scores(pairs ...any) []kit.Score {
	var out []kit.Score
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, kit.Score{QuestionID: fmt.Sprint("q", i/2), Area: pairs[i].(string), Weight: 1, Value: pairs[i+1].(int)})
	}
	return out
}

func TestSummarizeLoopGroupsRoundsByInterviewer(t *testing.T) {
	s := kit.SummarizeLoop(kit.DefaultPolicy(), []kit.RoundScores{
		{Interviewer: "Ana López", Scores: scores("orm", 4, "web", 3)},
		{Interviewer: "", Scores: scores("orm", 2)},
		{Interviewer: "  ana   LÓPEZ ", Scores: scores("orm", 2, "web", 0)},
		{Interviewer: "", Scores: scores("web", 1)},
		{Interviewer: "Bob", Scores: scores("security", 0)},
	})
	var got [][]int
	var names []string
	for _, iv := range s.Interviewers {
		got = append(got, iv.Rounds)
		names = append(names, iv.Name)
	}
	want := [][]int{{0, 2}, {1}, {3}, {4}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("interviewers' rounds = %v, want %v", got, want)
	}
	if !slices.Equal(names, []string{"Ana López", "", "", "Bob"}) {
		t.Errorf("names = %q", names)
	}
	ana := s.Interviewers[0]
	if ana.Overall != 3 || ana.Scored != 3 || ana.Unscored != 1 || ana.AreaAverages["orm"] != 3 {
		t.Errorf("Ana = %+v", ana.Summary)
	}
	if len(s.Rounds) != 5 || s.Rounds[1].Overall != 2 {
		t.Errorf("rounds = %+v", s.Rounds)
	}
	if s.Overall != 12.0/5 || s.Scored != 5 || s.Unscored != 2 {
		t.Errorf("overall = %+v", s.Summary)
	}
	if bob := s.Interviewers[3]; bob.Recommendation != kit.NoDecision || bob.Scored != 0 {
		t.Errorf("Bob, who scored nothing = %+v", bob.Summary)
	}
}

func TestSummarizeLoopSpreads(t *testing.T) {
	tests := []struct {
		name   string
		rounds []kit.RoundScores
		want   kit.AreaSpread
	}{
		{"two points apart is flagged", []kit.RoundScores{
			{Interviewer: "A", Scores: scores("orm", 4, "orm", 3)},
			{Interviewer: "B", Scores: scores("orm", 1, "orm", 2)},
		}, kit.AreaSpread{Area: "orm", Interviewers: 2, Lowest: 1.5, Highest: 3.5, Spread: 2, Flagged: true}},
		{"thirds that make two are flagged", []kit.RoundScores{
			{Interviewer: "A", Scores: scores("orm", 4, "orm", 3, "orm", 3)},
			{Interviewer: "B", Scores: scores("orm", 1, "orm", 1, "orm", 2)},
		}, kit.AreaSpread{Area: "orm", Interviewers: 2, Lowest: 4.0 / 3, Highest: 10.0 / 3, Spread: 10.0/3 - 4.0/3, Flagged: true}},
		{"less than two is not", []kit.RoundScores{
			{Interviewer: "A", Scores: scores("orm", 4, "orm", 3)},
			{Interviewer: "B", Scores: scores("orm", 2, "orm", 2)},
			{Interviewer: "C", Scores: scores("orm", 3)},
		}, kit.AreaSpread{Area: "orm", Interviewers: 3, Lowest: 2, Highest: 3.5, Spread: 1.5}},
		{"one interviewer has no spread", []kit.RoundScores{
			{Interviewer: "A", Scores: scores("orm", 4)},
			{Interviewer: "a", Scores: scores("orm", 1)},
		}, kit.AreaSpread{Area: "orm", Interviewers: 1, Lowest: 2.5, Highest: 2.5}},
		{"unnamed rounds are interviewers of their own", []kit.RoundScores{
			{Scores: scores("orm", 4)},
			{Scores: scores("orm", 1)},
		}, kit.AreaSpread{Area: "orm", Interviewers: 2, Lowest: 1, Highest: 4, Spread: 3, Flagged: true}},
		{"unscored questions leave an area out", []kit.RoundScores{
			{Interviewer: "A", Scores: scores("orm", 0)},
			{Interviewer: "B", Scores: scores("orm", 3)},
		}, kit.AreaSpread{Area: "orm", Interviewers: 1, Lowest: 3, Highest: 3}},
		{"nobody scored", []kit.RoundScores{
			{Interviewer: "A", Scores: scores("orm", 0)},
		}, kit.AreaSpread{Area: "orm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := kit.SummarizeLoop(kit.DefaultPolicy(), tt.rounds).Spread("orm")
			if !ok {
				t.Fatal("no spread for orm")
			}
			if got.Interviewers != tt.want.Interviewers || got.Flagged != tt.want.Flagged ||
				math.Abs(got.Lowest-tt.want.Lowest) > 1e-12 || math.Abs(got.Highest-tt.want.Highest) > 1e-12 ||
				math.Abs(got.Spread-tt.want.Spread) > 1e-12 {
				t.Errorf("spread = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func ExampleSummarizeLoop() {
	s := kit.SummarizeLoop(kit.DefaultPolicy(), []kit.RoundScores{
		{Interviewer: "Ana", Scores: []kit.Score{{Area: "orm", Weight: 1, Value: 4}, {Area: "web", Weight: 1, Value: 3}}},
		{Interviewer: "Bob", Scores: []kit.Score{{Area: "orm", Weight: 1, Value: 2}, {Area: "web", Weight: 1, Value: 3}}},
		{Interviewer: "ana", Scores: []kit.Score{{Area: "orm", Weight: 2, Value: 4}}},
	})
	fmt.Printf("overall %.2f: %s\n", s.Overall, s.Recommendation)
	for _, iv := range s.Interviewers {
		fmt.Printf("%s, rounds %v: %.2f\n", iv.Name, iv.Rounds, iv.Overall)
	}
	for _, sp := range s.Spreads {
		fmt.Printf("%s: %.1f to %.1f, flagged %v\n", sp.Area, sp.Lowest, sp.Highest, sp.Flagged)
	}
	// Output:
	// overall 3.33: Yes
	// Ana, rounds [0 2]: 3.75
	// Bob, rounds [1]: 2.50
	// orm: 2.0 to 4.0, flagged true
	// web: 3.0 to 3.0, flagged false
}
