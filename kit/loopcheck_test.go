package kit_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

func TestLoopProblemsNameTheRoundThatCannotFill(t *testing.T) {
	// The test bank's one loop round, a 45-minute screen, needs 25 minutes
	// of screen questions: juniors and mids have 44, seniors and leads 20.
	ps := testBank(t).LoopProblems()
	if len(ps) != 2 {
		t.Fatalf("%d problems, want 2 (senior and lead):\n%v", len(ps), ps)
	}
	for i, level := range []string{"senior", "lead"} {
		p := ps[i]
		if p.File != "testbank/taxonomy.yaml" || p.Line == 0 {
			t.Errorf("problem at %s:%d, want the loop round's line in testbank/taxonomy.yaml", p.File, p.Line)
		}
		for _, want := range []string{"the default loop at level " + level + " cannot be filled in 24 of 24 draws",
			`round "Screen": only 4 questions (20 minutes) match level=` + level + " stage=screen",
			"asked for 25 minutes of questions", "; to fill it: "} {
			if !strings.Contains(p.Msg, want) {
				t.Errorf("%s lacks %q", p, want)
			}
		}
	}
}

func TestLoopProblemsOfTheEmbeddedBank(t *testing.T) {
	if ps := testkit.Bank(t).LoopProblems(); len(ps) != 0 {
		t.Errorf("the Django bank's default loop does not fill:\n%v", ps)
	}
}

func TestLoopRoundMinutesAreARoundsOrZero(t *testing.T) {
	for minutes, ok := range map[string]bool{"0": true, "10": true, "240": true, "5": false, "9": false, "241": false, "-10": false} {
		tax := strings.Replace(taxonomyYAML, "minutes: {junior: 45,", "minutes: {junior: "+minutes+",", 1)
		_, err := kit.Load(fstest.MapFS{"taxonomy.yaml": {Data: []byte(tax)}}, "b")
		if got := err == nil; got != ok {
			t.Errorf("a loop round of %s minutes: loaded %v (%v), want %v", minutes, got, err, ok)
		}
	}
}
