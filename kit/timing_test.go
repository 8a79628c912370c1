package kit_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/kit"
)

// timingBank is a one-question bank whose timing section is given.
func timingBank(t *testing.T, timing string) (*kit.Bank, error) {
	t.Helper()
	tax := strings.Replace(taxonomyYAML, "timing: {intro: 5, candidate_questions: 10, close: 5}\n", timing, 1)
	return kit.Load(fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(tax)},
		"questions.yaml": {Data: []byte("questions:\n" + question("orm-a", "core", []string{"orm"}, []string{"mid"}, 5))},
	}, "timing")
}

func TestShortSlotCapsAreTheBanks(t *testing.T) {
	tests := []struct {
		name   string
		timing string
		slot   int
		want   kit.Timing // intro, candidate's questions and close for the slot
	}{
		{"default caps under 40", "timing: {intro: 5, candidate_questions: 10, close: 5}\n", 30, kit.Timing{Intro: 3, CandidateQuestions: 5, Close: 2}},
		{"default: 40 is not short", "timing: {intro: 5, candidate_questions: 10, close: 5}\n", 40, kit.Timing{Intro: 5, CandidateQuestions: 10, Close: 5}},
		{"no timing at all", "", 20, kit.Timing{Intro: 3, CandidateQuestions: 5, Close: 2}},
		{"the bank's own caps", "timing:\n  intro: 6\n  candidate_questions: 10\n  close: 4\n  short_slot: {under: 50, intro: 2, candidate_questions: 4, close: 1}\n",
			45, kit.Timing{Intro: 2, CandidateQuestions: 4, Close: 1}},
		{"caps left out keep the default's", "timing:\n  intro: 6\n  candidate_questions: 10\n  close: 4\n  short_slot: {under: 25}\n",
			20, kit.Timing{Intro: 3, CandidateQuestions: 5, Close: 2}},
		{"under 10 turns them off", "timing:\n  intro: 6\n  candidate_questions: 10\n  close: 4\n  short_slot: {under: 10}\n",
			20, kit.Timing{Intro: 6, CandidateQuestions: 10, Close: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := timingBank(t, tt.timing)
			if err != nil {
				t.Fatal(err)
			}
			got := b.Timing.For(tt.slot)
			if got.Intro != tt.want.Intro || got.CandidateQuestions != tt.want.CandidateQuestions || got.Close != tt.want.Close {
				t.Errorf("a %d-minute slot: %d/%d/%d, want %d/%d/%d", tt.slot, got.Intro, got.CandidateQuestions, got.Close,
					tt.want.Intro, tt.want.CandidateQuestions, tt.want.Close)
			}
		})
	}
}

func TestShortSlotOutOfRangeIsAProblem(t *testing.T) {
	for _, timing := range []string{
		"timing:\n  intro: 5\n  candidate_questions: 10\n  close: 5\n  short_slot: {under: 300}\n",
		"timing:\n  intro: 5\n  candidate_questions: 10\n  close: 5\n  short_slot: {under: 40, intro: -1}\n",
		"timing:\n  intro: 5\n  candidate_questions: 10\n  close: 5\n  short_slot: {under: 40, lunch: 5}\n",
	} {
		if _, err := timingBank(t, timing); err == nil {
			t.Errorf("took %q", timing)
		}
	}
}
