package kit_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

func ids(qs []*kit.Question) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.ID
	}
	return out
}

func TestSelectFilters(t *testing.T) {
	b := testBank(t)
	tests := []struct {
		name string
		c    kit.Criteria
		// every picked question must satisfy ok
		ok    func(q *kit.Question) bool
		count int
	}{
		{"level", kit.Criteria{Level: "lead", Count: 8}, func(q *kit.Question) bool { return q.HasLevel("lead") }, 8},
		{"focus", kit.Criteria{Level: "mid", Areas: []string{"security"}, Count: 5},
			func(q *kit.Question) bool { return q.HasArea("security") && q.HasLevel("mid") }, 5},
		{"stage", kit.Criteria{Level: "junior", Stages: []string{"screen"}, Count: 6},
			func(q *kit.Question) bool { return q.Stage == "screen" }, 6},
		{"focus and stage", kit.Criteria{Level: "senior", Areas: []string{"orm", "apis"}, Stages: []string{"core"}, Count: 4},
			func(q *kit.Question) bool { return q.Stage == "core" && (q.HasArea("orm") || q.HasArea("apis")) }, 4},
		{"case and spaces forgiven", kit.Criteria{Level: " Mid ", Areas: []string{"ORM, Security"}, Count: 4},
			func(q *kit.Question) bool { return q.HasArea("orm") || q.HasArea("security") }, 4},
		{"exclude", kit.Criteria{Level: "junior", Stages: []string{"screen"}, Exclude: []string{"orm-screen-1"}, Count: 7},
			func(q *kit.Question) bool { return q.ID != "orm-screen-1" }, 7},
		{"include ignores filters", kit.Criteria{Level: "junior", Stages: []string{"screen"}, Include: []string{"apis-core-x2"}, Count: 3},
			func(q *kit.Question) bool { return q.Stage == "screen" || q.ID == "apis-core-x2" }, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel, err := kit.Select(b, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if len(sel.Questions) != tt.count {
				t.Fatalf("got %d questions, want %d: %v", len(sel.Questions), tt.count, ids(sel.Questions))
			}
			seen := map[string]bool{}
			for _, q := range sel.Questions {
				if !tt.ok(q) {
					t.Errorf("%s does not match the filters", q.ID)
				}
				if seen[q.ID] {
					t.Errorf("%s picked twice", q.ID)
				}
				seen[q.ID] = true
			}
			for _, id := range tt.c.Include {
				if !seen[id] {
					t.Errorf("included %s missing", id)
				}
			}
		})
	}
}

func TestSelectMinutesBudgetFillsTheSlot(t *testing.T) {
	b := testBank(t)
	for _, slot := range []int{30, 45, 60, 90} {
		for seed := uint64(0); seed < 20; seed++ {
			sel, err := kit.Select(b, kit.Criteria{Level: "mid", Stages: []string{"core"}, Minutes: slot, Seed: seed})
			if err != nil {
				t.Fatalf("slot %d seed %d: %v", slot, seed, err)
			}
			if sel.Plan.Total != slot {
				t.Fatalf("slot %d seed %d: plan totals %d", slot, seed, sel.Plan.Total)
			}
			sum := 0
			for _, it := range sel.Plan.Items {
				if it.Start != sum {
					t.Fatalf("item %q starts at %d, want %d", it.Label, it.Start, sum)
				}
				sum += it.Minutes
			}
			// The greedy fill leaves less buffer than the shortest question.
			for _, it := range sel.Plan.Items {
				if it.Kind == kit.ItemBuffer && it.Minutes >= 5 {
					t.Errorf("slot %d seed %d: %d-minute buffer while 5-minute questions remain", slot, seed, it.Minutes)
				}
			}
		}
	}
}

func TestSelectCountPlanAddsOverhead(t *testing.T) {
	b := testBank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: "mid", Count: 4, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := 5 + 10 + 5
	for _, q := range sel.Questions {
		want += q.Minutes
	}
	if sel.Plan.Total != want {
		t.Fatalf("plan totals %d, want %d", sel.Plan.Total, want)
	}
	kinds := []string{}
	for _, it := range sel.Plan.Items {
		if len(kinds) == 0 || kinds[len(kinds)-1] != it.Kind {
			kinds = append(kinds, it.Kind)
		}
	}
	if !slices.Equal(kinds, []string{kit.ItemIntro, kit.ItemQuestion, kit.ItemCandidate, kit.ItemClose}) {
		t.Fatalf("plan runs %v", kinds)
	}
}

func TestSelectIsReproducible(t *testing.T) {
	b := testBank(t)
	c := kit.Criteria{Level: "senior", Count: 8, Seed: 42}
	first, err := kit.Select(b, c)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		again, _ := kit.Select(b, c)
		if !slices.Equal(ids(first.Questions), ids(again.Questions)) {
			t.Fatalf("same seed, different questions:\n%v\n%v", ids(first.Questions), ids(again.Questions))
		}
	}
	differ := 0
	for seed := uint64(1); seed <= 20; seed++ {
		c.Seed = 42 + seed
		other, _ := kit.Select(b, c)
		if !slices.Equal(ids(first.Questions), ids(other.Questions)) {
			differ++
		}
	}
	if differ < 18 {
		t.Fatalf("only %d of 20 other seeds changed the questions", differ)
	}
}

func TestSelectSpreadsAcrossAreas(t *testing.T) {
	b := testBank(t)
	for seed := uint64(0); seed < 50; seed++ {
		sel, err := kit.Select(b, kit.Criteria{Level: "mid", Areas: []string{"orm", "security", "apis"}, Count: 6, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		per := map[string]int{}
		for _, q := range sel.Questions {
			per[sel.AreaOf(q).ID]++
		}
		for _, a := range []string{"orm", "security", "apis"} {
			if per[a] != 2 {
				t.Fatalf("seed %d: %v; want 2 per area", seed, per)
			}
		}
	}
}

func TestSelectOrdersAsAnInterviewFlows(t *testing.T) {
	b := testBank(t)
	for seed := uint64(0); seed < 30; seed++ {
		sel, err := kit.Select(b, kit.Criteria{Level: "mid", Count: 10, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(sel.Questions); i++ {
			prev, cur := sel.Questions[i-1], sel.Questions[i]
			ps, cs := b.StageIndex(prev.Stage), b.StageIndex(cur.Stage)
			if ps > cs {
				t.Fatalf("seed %d: %s (%s) before %s (%s)", seed, prev.ID, prev.Stage, cur.ID, cur.Stage)
			}
			if ps == cs && minLevel(b, prev) > minLevel(b, cur) {
				t.Fatalf("seed %d: harder %s before warm-up %s", seed, prev.ID, cur.ID)
			}
		}
	}
}

func minLevel(b *kit.Bank, q *kit.Question) int {
	m := 99
	for _, l := range q.Levels {
		m = min(m, b.LevelIndex(l))
	}
	return m
}

func TestSelectTooFewSaysWhatToRelax(t *testing.T) {
	b := testBank(t)
	_, err := kit.Select(b, kit.Criteria{Level: "junior", Areas: []string{"security"}, Stages: []string{"screen"}, Count: 5})
	var tf *kit.TooFewError
	if !errors.As(err, &tf) || !errors.Is(err, kit.ErrTooFew) {
		t.Fatalf("got %v, want too few", err)
	}
	if !strings.Contains(err.Error(), "only 2 questions match level=junior focus=security stage=screen; asked for 5 questions") {
		t.Errorf("message: %s", err)
	}
	drops := map[string]int{}
	for _, r := range tf.Relax {
		if r.Kind == kit.DropFilter {
			drops[r.Filter] = r.Have
		}
	}
	if drops[kit.FilterStage] != 8 || drops[kit.FilterFocus] != 8 {
		t.Errorf("relaxations %+v: want the stage and the focus dropped, each leaving 8 questions (the junior security questions; the junior screen questions)", tf.Relax)
	}
	if hint := tf.Hint(); !strings.Contains(hint, "drop the stage filter (8 questions)") || strings.Contains(hint, "--") {
		t.Errorf("hint %q: want the filters in kit's terms, no flags", hint)
	}
	flags := tf.HintWith(func(r kit.Relaxation) string { return "drop --" + r.Filter })
	if !strings.HasPrefix(flags, "relax a filter: drop --stage (8 questions); drop --focus (8 questions)") {
		t.Errorf("HintWith gave %q", flags)
	}
	for i := 1; i < len(tf.Relax); i++ {
		if tf.Relax[i-1].Have < tf.Relax[i].Have {
			t.Errorf("relaxations %+v: the one leaving most questions should come first", tf.Relax)
		}
	}

	_, err = kit.Select(b, kit.Criteria{Level: "lead", Stages: []string{"people"}, Minutes: 90})
	if !errors.As(err, &tf) || !strings.Contains(err.Error(), "minutes of questions") {
		t.Fatalf("minutes shortfall: %v", err)
	}
}

func TestSelectRejectsUnknownValues(t *testing.T) {
	b := testBank(t)
	tests := []struct {
		c       kit.Criteria
		kind    string
		closest string
	}{
		{kit.Criteria{Level: "senoir"}, "level", "senior"},
		{kit.Criteria{Level: "mid", Areas: []string{"securty"}}, "focus area", "security"},
		{kit.Criteria{Level: "mid", Stages: []string{"cor"}}, "stage", "core"},
		{kit.Criteria{Level: "mid", Include: []string{"orm-core-9"}}, "question id", "orm-core-0"},
		{kit.Criteria{Level: "principal"}, "level", ""},
	}
	for _, tt := range tests {
		_, err := kit.Select(b, tt.c)
		var u *kit.UnknownError
		if !errors.As(err, &u) || !errors.Is(err, kit.ErrUnknown) {
			t.Fatalf("%+v: got %v", tt.c, err)
		}
		if u.Kind != tt.kind || u.Closest != tt.closest {
			t.Errorf("%+v: kind %q closest %q, want %q %q", tt.c, u.Kind, u.Closest, tt.kind, tt.closest)
		}
		if !strings.Contains(u.Hint(), "valid") && !strings.Contains(u.Hint(), "the bank has") {
			t.Errorf("hint %q does not list the valid values", u.Hint())
		}
	}
}

func TestCriteriaCheck(t *testing.T) {
	tests := []struct {
		name string
		c    kit.Criteria
		want error
	}{
		{"a level alone", kit.Criteria{Level: "mid"}, nil},
		{"a count", kit.Criteria{Level: "mid", Count: 5}, nil},
		{"the shortest round", kit.Criteria{Level: "mid", Minutes: kit.MinRoundMinutes}, nil},
		{"the longest round", kit.Criteria{Level: "mid", Minutes: kit.MaxRoundMinutes}, nil},
		{"no level", kit.Criteria{Count: 5}, kit.ErrNoLevel},
		{"a blank level", kit.Criteria{Level: "  "}, kit.ErrNoLevel},
		{"a negative count", kit.Criteria{Level: "mid", Count: -1}, kit.ErrNegative},
		{"negative minutes", kit.Criteria{Level: "mid", Minutes: -30}, kit.ErrNegative},
		{"count and minutes", kit.Criteria{Level: "mid", Count: 3, Minutes: 30}, kit.ErrCountAndMinutes},
		{"a round too short", kit.Criteria{Level: "mid", Minutes: kit.MinRoundMinutes - 1}, kit.ErrRoundMinutes},
		{"a round too long", kit.Criteria{Level: "mid", Minutes: kit.MaxRoundMinutes + 1}, kit.ErrRoundMinutes},
	}
	b := testBank(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Check()
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Check() = %v, want %v", err, tt.want)
			}
			if tt.want == nil {
				return
			}
			// Select applies the same rule before it looks at the bank.
			if _, serr := kit.Select(b, tt.c); !errors.Is(serr, tt.want) {
				t.Errorf("Select gave %v, want %v", serr, tt.want)
			}
		})
	}
}

func TestSelectNeverPicksTaken(t *testing.T) {
	b := testBank(t)
	taken := map[string]bool{}
	for round := 0; round < 4; round++ {
		sel, err := kit.Select(b, kit.Criteria{Level: "mid", Stages: []string{"core"}, Count: 4, Seed: 9, Taken: taken})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		for _, q := range sel.Questions {
			if taken[q.ID] {
				t.Fatalf("round %d repeats %s", round, q.ID)
			}
			taken[q.ID] = true
		}
	}
}

func ExampleSelect() {
	bank, err := kit.Load(data.FS, "data")
	if err != nil {
		fmt.Println(err)
		return
	}
	sel, err := kit.Select(bank, kit.Criteria{
		Level:   "senior",
		Areas:   []string{"orm"},
		Count:   1,
		Include: []string{"orm-n-plus-one"},
		Seed:    7,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range sel.Plan.Items {
		fmt.Printf("%-9s %2d min\n", it.Kind, it.Minutes)
	}
	fmt.Println(sel.Questions[0].ID, "-", sel.Plan.Total, "minutes")
	// Output:
	// intro      5 min
	// question   8 min
	// candidate  8 min
	// close      2 min
	// orm-n-plus-one - 23 minutes
}

func TestAreaOfTitlesAnIncludedQuestionOutsideTheFocus(t *testing.T) {
	b := testBank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: "mid", Areas: []string{"orm"}, Count: 2, Include: []string{"apis-core-0"}})
	if err != nil {
		t.Fatal(err)
	}
	q, _ := b.Question("apis-core-0")
	if got := sel.AreaOf(q); got.ID != "apis" || got.Title != "APIs" {
		t.Fatalf("AreaOf = %+v, want the bank's APIs area", got)
	}
}

func TestFilterListsMatchingQuestions(t *testing.T) {
	b := testBank(t)
	all, err := b.Filter("", nil, nil)
	if err != nil || len(all) != len(b.Questions) {
		t.Fatalf("no filters: %d questions, %v", len(all), err)
	}
	got, err := b.Filter("Lead", []string{"security"}, []string{"people"})
	if err != nil {
		t.Fatal(err)
	}
	if ids := ids(got); len(ids) != 1 || ids[0] != "security-people" {
		t.Fatalf("lead security people: %v", ids)
	}
	if _, err := b.Filter("mid", []string{"securty"}, nil); !errors.Is(err, kit.ErrUnknown) {
		t.Fatalf("unknown area: %v", err)
	}
}
