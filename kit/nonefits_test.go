package kit_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
)

func TestSelectRefusesAKitWithNoQuestion(t *testing.T) {
	b := testBank(t)
	tests := []struct {
		name string
		c    kit.Criteria
		msg  string
		hint string
	}{
		{"a slot that leaves no time", kit.Criteria{Level: "mid", Minutes: 10},
			"no question fits: a 10-minute slot leaves 0 minutes for questions after the intro, the candidate's questions and the close, and the shortest of the 37 questions matching level=mid takes 5 minutes",
			"relax a filter or give it more time: make the slot 15 minutes (8 questions)"},
		{"a filter that leaves only long questions", kit.Criteria{Level: "mid", Stages: []string{"people"}, Minutes: 15},
			"the shortest of the 4 questions matching level=mid stage=people takes 10 minutes",
			"relax a filter or give it more time: drop the stage filter (8 questions); make the slot 20 minutes (4 questions)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel, err := kit.Select(b, tt.c)
			var tf *kit.TooFewError
			if !errors.As(err, &tf) || !errors.Is(err, kit.ErrTooFew) {
				t.Fatalf("got %v, %v; want a TooFewError", sel, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q lacks %q", err, tt.msg)
			}
			if tf.Hint() != tt.hint {
				t.Errorf("hint %q, want %q", tf.Hint(), tt.hint)
			}
		})
	}
}

func TestSelectSaysWhichIncludedQuestionsTheFiltersLeaveOut(t *testing.T) {
	b := testBank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: "senior", Areas: []string{"orm"}, Stages: []string{"core"},
		Include: []string{"orm-core-2", "security-screen-2", "orm-core-0"}, Count: 4})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range sel.Forced {
		got[f.Question.ID] = strings.Join(f.Misses, ",")
	}
	want := map[string]string{"security-screen-2": "level,focus,stage", "orm-core-0": "level"}
	if len(got) != len(want) || got["security-screen-2"] != want["security-screen-2"] || got["orm-core-0"] != want["orm-core-0"] {
		t.Errorf("forced %v, want %v", got, want)
	}
}

func TestStagesUsedAreWhereTheQuestionsComeFrom(t *testing.T) {
	b := testBank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: "mid", Stages: []string{"screen", "core", "people"}, Include: []string{"orm-core-0"}, Count: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(sel.Stages) != 3 {
		t.Fatalf("stages asked %v", sel.Stages)
	}
	if used := sel.StagesUsed(); len(used) != 1 || used[0].ID != "core" || kit.RoundTitle(used) != "Core" {
		t.Errorf("stages used %v, want core alone", used)
	}
}
