package kit_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

// djangoBank loads the embedded default bank.
func djangoBank(t testing.TB) *kit.Bank {
	t.Helper()
	b, err := kit.Load(data.FS, "data")
	if err != nil {
		t.Fatalf("embedded bank: %v", err)
	}
	return b
}

// loopTaxonomy is taxonomyYAML with a default loop of four rounds: two of
// them share the core stage, and the narrow one has its own areas.
var loopTaxonomy = strings.Replace(taxonomyYAML, `loop:
  - title: Screen
    stages: [screen]
    minutes: {junior: 45, mid: 45, senior: 45, lead: 45}
`, `loop:
  - title: Screen
    stages: [screen]
    minutes: {junior: 30, mid: 30, senior: 30, lead: 30}
  - title: Core
    stages: [core]
    minutes: {junior: 60, mid: 60, senior: 60, lead: 45}
  - title: Deep dive
    stages: [core]
    areas: [orm, security]
    minutes: {mid: 45, senior: 60, lead: 60}
  - title: People
    stages: [people]
    minutes: {junior: 30, mid: 30, senior: 30, lead: 30}
`, 1)

// loopBank is the test bank's questions under loopTaxonomy.
func loopBank(t testing.TB) *kit.Bank {
	t.Helper()
	if !strings.Contains(loopTaxonomy, "Deep dive") {
		t.Fatal("loopTaxonomy: the test taxonomy's loop changed; update the replacement")
	}
	var q strings.Builder
	q.WriteString("questions:\n")
	levels := [][]string{{"junior", "mid"}, {"mid", "senior"}, {"senior", "lead"}, {"junior", "mid", "senior", "lead"}}
	for _, area := range []string{"orm", "security", "apis", "testing"} {
		for i, lv := range levels {
			q.WriteString(question(fmt.Sprintf("%s-core-%d", area, i), "core", []string{area}, lv, 5+i))
			q.WriteString(question(fmt.Sprintf("%s-core-x%d", area, i), "core", []string{area}, lv, 10))
		}
		q.WriteString(question(area+"-screen-1", "screen", []string{area}, levels[3], 5))
		q.WriteString(question(area+"-screen-2", "screen", []string{area}, levels[0], 6))
		q.WriteString(question(area+"-people", "people", []string{area}, levels[3], 10))
	}
	q.WriteString(question("orm-security-both", "core", []string{"orm", "security"}, levels[3], 8))
	b, err := kit.Load(fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(loopTaxonomy)},
		"questions.yaml": {Data: []byte(q.String())},
	}, "loopbank")
	if err != nil {
		t.Fatalf("loop bank: %v", err)
	}
	return b
}

func TestDefaultLoopFollowsTheBank(t *testing.T) {
	b := djangoBank(t)
	tests := []struct {
		level string
		want  []string // "title minutes stages"
	}{
		{"junior", []string{"Python screen 45 python-screen", "Django core 60 django-core",
			"System design and practical 60 system-practical", "Behavioural 20 behavioral"}},
		{"lead", []string{"Python screen 45 python-screen", "Django core 45 django-core", "Advanced Django 60 advanced",
			"System design and practical 90 system-practical", "Behavioural 30 behavioral"}},
	}
	for _, tt := range tests {
		t.Run(tt.level, func(t *testing.T) {
			specs, err := kit.DefaultLoop(b, tt.level, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range specs {
				got = append(got, fmt.Sprintf("%s %d %s", s.Title, s.Minutes, strings.Join(s.Stages, ",")))
				if len(s.Areas) != 0 {
					t.Errorf("%s: areas %v without a focus; want none (every area)", s.Title, s.Areas)
				}
				if s.File != "data/bank.yaml" || s.Line == 0 {
					t.Errorf("%s: located at %s:%d, want data/bank.yaml", s.Title, s.File, s.Line)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDefaultLoopRejectsUnknownValues(t *testing.T) {
	b := djangoBank(t)
	tests := []struct {
		level   string
		focus   []string
		kind    string
		closest string
	}{
		{"senoir", nil, "level", "senior"},
		{"principal", nil, "level", ""},
		{"senior", []string{"orm", "securty"}, "focus area", "security"},
	}
	for _, tt := range tests {
		_, err := kit.DefaultLoop(b, tt.level, tt.focus)
		var u *kit.UnknownError
		if !errors.As(err, &u) || !errors.Is(err, kit.ErrUnknown) {
			t.Fatalf("%s %v: got %v, want an unknown value", tt.level, tt.focus, err)
		}
		if u.Kind != tt.kind || u.Closest != tt.closest {
			t.Errorf("%s %v: kind %q closest %q, want %q %q", tt.level, tt.focus, u.Kind, u.Closest, tt.kind, tt.closest)
		}
	}
}

// TestDefaultLoopNarrowsRoundsItCanFill checks the focus rule: a round is
// narrowed to the focus areas it holds enough minutes of, and otherwise
// keeps its own remit.
func TestDefaultLoopNarrowsRoundsItCanFill(t *testing.T) {
	b := loopBank(t)
	tests := []struct {
		name, level string
		focus       []string
		want        map[string][]string // round title -> areas
	}{
		{"no focus", "senior", nil, map[string][]string{
			"Screen": nil, "Core": nil, "Deep dive": {"orm", "security"}, "People": nil}},
		// A 30-minute round needs 20 minutes of questions. The senior screen
		// questions hold 5 minutes per area and the people questions 10, so
		// the screen cannot be narrowed to three areas, the people round can.
		{"focus the rounds can fill", "senior", []string{"security", "apis", "testing"}, map[string][]string{
			"Screen": {"all"}, "Core": {"security", "apis", "testing"},
			"Deep dive": {"security"}, "People": {"security", "apis", "testing"}}},
		{"a round's own areas outside the focus", "senior", []string{"apis"}, map[string][]string{
			"Screen": {"all"}, "Core": {"apis"}, "Deep dive": {"orm", "security"}, "People": {"all"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			specs, err := kit.DefaultLoop(b, tt.level, tt.focus)
			if err != nil {
				t.Fatal(err)
			}
			if len(specs) != len(tt.want) {
				t.Fatalf("got %d rounds, want %d", len(specs), len(tt.want))
			}
			for _, s := range specs {
				if !slices.Equal(s.Areas, tt.want[s.Title]) {
					t.Errorf("%s: areas %v, want %v", s.Title, s.Areas, tt.want[s.Title])
				}
			}
			if _, err := kit.SelectLoop(b, tt.level, tt.focus, specs, 1); err != nil {
				t.Errorf("the loop does not fill: %v", err)
			}
		})
	}
}

func TestDefaultLoopSkipsRoundsWithoutMinutes(t *testing.T) {
	b := loopBank(t)
	specs, err := kit.DefaultLoop(b, "junior", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range specs {
		if s.Title == "Deep dive" {
			t.Fatalf("junior loop has the Deep dive round, which has no junior minutes")
		}
	}
	if len(specs) != 3 {
		t.Fatalf("junior loop has %d rounds, want 3", len(specs))
	}
}

// TestSelectLoopNeverRepeatsAQuestion runs the Django bank's default loop at
// every level, with and without a focus, for many seeds.
func TestSelectLoopNeverRepeatsAQuestion(t *testing.T) {
	b := djangoBank(t)
	const seeds = 201
	loops := 0
	for _, level := range b.LevelIDs() {
		for _, focus := range [][]string{nil, {"orm", "security", "apis"}, {"performance", "testing"}} {
			specs, err := kit.DefaultLoop(b, level, focus)
			if err != nil {
				t.Fatal(err)
			}
			for seed := uint64(0); seed < seeds; seed++ {
				rounds, err := kit.SelectLoop(b, level, focus, specs, seed)
				if err != nil {
					t.Fatalf("%s %v seed %d: %v", level, focus, seed, err)
				}
				loops++
				where := map[string]string{}
				for i, r := range rounds {
					s := specs[i]
					if r.Title != s.Title || r.Minutes() != s.Minutes || len(r.Questions) == 0 {
						t.Fatalf("%s seed %d: round %d is %q, %d minutes, %d questions; want %q, %d minutes",
							level, seed, i, r.Title, r.Minutes(), len(r.Questions), s.Title, s.Minutes)
					}
					for _, q := range r.Questions {
						if prev, dup := where[q.ID]; dup {
							t.Fatalf("%s %v seed %d: %s in both %q and %q", level, focus, seed, q.ID, prev, r.Title)
						}
						where[q.ID] = r.Title
						if !q.HasLevel(level) || !slices.Contains(s.Stages, q.Stage) {
							t.Fatalf("%s seed %d: %s (%s, %v) does not suit round %q", level, seed, q.ID, q.Stage, q.Levels, r.Title)
						}
					}
				}
			}
		}
	}
	t.Logf("%d loops, no question repeated", loops)
}

func TestSelectLoopIsReproducibleFromItsSeed(t *testing.T) {
	b := djangoBank(t)
	for _, level := range b.LevelIDs() {
		specs, err := kit.DefaultLoop(b, level, nil)
		if err != nil {
			t.Fatal(err)
		}
		first := loopIDs(t, b, level, nil, specs, 42)
		if again := loopIDs(t, b, level, nil, specs, 42); !slices.Equal(first, again) {
			t.Fatalf("%s: same seed, different loops:\n%v\n%v", level, first, again)
		}
		differ := 0
		for seed := uint64(43); seed < 63; seed++ {
			if !slices.Equal(first, loopIDs(t, b, level, nil, specs, seed)) {
				differ++
			}
		}
		if differ < 19 {
			t.Errorf("%s: only %d of 20 other seeds changed the loop", level, differ)
		}
	}
}

func TestSelectLoopGivesEachRoundItsOwnSeed(t *testing.T) {
	b := loopBank(t)
	// Two identical rounds but for the title: drawn with one seed, the
	// second would get the first's leftovers in the same order.
	specs := []kit.RoundSpec{
		{Title: "One", Stages: []string{"core"}, Minutes: 40},
		{Title: "Two", Stages: []string{"core"}, Minutes: 40},
	}
	rounds, err := kit.SelectLoop(b, "mid", nil, specs, 5)
	if err != nil {
		t.Fatal(err)
	}
	if rounds[0].Seed == rounds[1].Seed || rounds[0].Seed == 5 {
		t.Errorf("round seeds %d and %d from loop seed 5; want two derived seeds", rounds[0].Seed, rounds[1].Seed)
	}
}

// loopIDs is a loop's question ids, round by round.
func loopIDs(t testing.TB, b *kit.Bank, level string, focus []string, specs []kit.RoundSpec, seed uint64) []string {
	t.Helper()
	rounds, err := kit.SelectLoop(b, level, focus, specs, seed)
	if err != nil {
		t.Fatalf("%s seed %d: %v", level, seed, err)
	}
	var out []string
	for _, r := range rounds {
		out = append(out, r.Title+":")
		out = append(out, ids(r.Questions)...)
	}
	return out
}

// TestSelectLoopFillsNarrowRoundsFirst plans a broad round before a narrow
// one on the same stage. Filled in plan order, the broad round takes
// questions the narrow one needs; filled most constrained first, both fill.
func TestSelectLoopFillsNarrowRoundsFirst(t *testing.T) {
	b := loopBank(t)
	broad := kit.RoundSpec{Title: "Broad", Stages: []string{"core"}, Minutes: 120}
	narrow := kit.RoundSpec{Title: "Narrow", Stages: []string{"core"}, Areas: []string{"orm", "security"}, Minutes: 90}
	starved := 0
	for seed := uint64(0); seed < 50; seed++ {
		taken := map[string]bool{}
		sel, err := kit.Select(b, kit.Criteria{Level: "senior", Stages: broad.Stages, Minutes: broad.Minutes, Seed: seed, Taken: taken})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range sel.Questions {
			taken[q.ID] = true
		}
		if _, err := kit.Select(b, kit.Criteria{Level: "senior", Areas: narrow.Areas, Stages: narrow.Stages, Minutes: narrow.Minutes, Seed: seed, Taken: taken}); errors.Is(err, kit.ErrTooFew) {
			starved++
		}

		rounds, err := kit.SelectLoop(b, "senior", nil, []kit.RoundSpec{broad, narrow}, seed)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if rounds[0].Title != "Broad" || rounds[1].Title != "Narrow" {
			t.Fatalf("rounds come back as %q, %q; want the plan's order", rounds[0].Title, rounds[1].Title)
		}
	}
	if starved == 0 {
		t.Fatal("test is vacuous: filling in plan order never starved the narrow round")
	}
}

func TestSelectLoopSaysWhichRoundToRelax(t *testing.T) {
	b := loopBank(t)
	// The junior screen questions hold 44 minutes; two 45-minute rounds
	// need 50 without repeats.
	specs := []kit.RoundSpec{
		{Title: "Screen A", Stages: []string{"screen"}, Minutes: 45, Interviewer: "Ana"},
		{Title: "Screen B", Stages: []string{"screen"}, Minutes: 45, Interviewer: "Sam"},
	}
	_, err := kit.SelectLoop(b, "junior", nil, specs, 3)
	var tf *kit.TooFewError
	if !errors.As(err, &tf) || !errors.Is(err, kit.ErrTooFew) {
		t.Fatalf("got %v, want too few questions", err)
	}
	if tf.Round != "Screen B" || !strings.HasPrefix(err.Error(), `round "Screen B": only `) {
		t.Errorf("error %q names round %q; want Screen B", err, tf.Round)
	}
	hint := tf.Hint()
	for _, want := range []string{
		"let the round draw from every stage",
		`free questions that round "Screen A" holds`,
		"shorten the round to ",
	} {
		if !strings.Contains(hint, want) {
			t.Errorf("hint %q lacks %q", hint, want)
		}
	}
	if strings.Contains(hint, "--") {
		t.Errorf("hint %q speaks of generate's flags, not the loop", hint)
	}
	// Each relaxation must work: shortening to the minutes it names fills.
	for _, r := range tf.Relax {
		var mins int
		if _, err := fmt.Sscanf(r.Change, "shorten the round to %d minutes", &mins); err == nil {
			specs[1].Minutes = mins
			if _, err := kit.SelectLoop(b, "junior", nil, specs, 3); err != nil {
				t.Errorf("after %q: %v", r.Change, err)
			}
		}
	}
}

func TestSelectLoopNamesEveryRoundHoldingQuestions(t *testing.T) {
	b := loopBank(t)
	// Three 30-minute rounds need 60 minutes of the 44 the junior screen
	// questions hold: the third is short of what the first two took.
	specs := []kit.RoundSpec{
		{Title: "A", Stages: []string{"screen"}, Minutes: 30},
		{Title: "B", Stages: []string{"screen"}, Minutes: 30},
		{Title: "C", Stages: []string{"screen"}, Minutes: 30},
	}
	_, err := kit.SelectLoop(b, "junior", nil, specs, 1)
	var tf *kit.TooFewError
	if !errors.As(err, &tf) || tf.Round != "C" {
		t.Fatalf("got %v, want round C short", err)
	}
	if want := `free questions that rounds "A" and "B" hold (narrow or shorten them)`; !strings.Contains(tf.Hint(), want) {
		t.Errorf("hint %q lacks %q", tf.Hint(), want)
	}
}

func TestSelectLoopRejectsBadLoops(t *testing.T) {
	b := loopBank(t)
	core := kit.RoundSpec{Title: "Core", Stages: []string{"core"}, Minutes: 45}
	many := make([]kit.RoundSpec, kit.MaxRounds+1)
	for i := range many {
		many[i] = kit.RoundSpec{Title: fmt.Sprint("Round ", i), Stages: []string{"core"}, Minutes: 20}
	}
	tests := []struct {
		name   string
		level  string
		focus  []string
		rounds []kit.RoundSpec
		want   string
		is     error
	}{
		{"no rounds", "mid", nil, nil, "a loop needs at least one round", nil},
		{"too many rounds", "mid", nil, many, "at most 12 rounds", nil},
		{"titles that make the same file name", "mid", nil, []kit.RoundSpec{core, {Title: "core ", Stages: []string{"screen"}}},
			`round "core ": title clashes with round "Core"`, nil},
		{"no title", "mid", nil, []kit.RoundSpec{{Stages: []string{"core"}}}, "round 1 needs a title", nil},
		{"no stages", "mid", nil, []kit.RoundSpec{{Title: "Core"}}, `round "Core" needs stages`, nil},
		{"minutes out of range", "mid", nil, []kit.RoundSpec{{Title: "Core", Stages: []string{"core"}, Minutes: 300}},
			"300 minutes is out of range; a round runs 10 to 240 minutes", nil},
		{"unknown stage", "mid", nil, []kit.RoundSpec{{Title: "Core", Stages: []string{"cor"}}}, `round "Core": unknown stage "cor"`, kit.ErrUnknown},
		{"unknown round area", "mid", nil, []kit.RoundSpec{{Title: "Core", Stages: []string{"core"}, Areas: []string{"orn"}}},
			`round "Core": unknown focus area "orn"`, kit.ErrUnknown},
		{"unknown loop focus", "mid", []string{"web"}, []kit.RoundSpec{core}, `unknown focus area "web"`, kit.ErrUnknown},
		{"unknown level", "staff", nil, []kit.RoundSpec{core}, `unknown level "staff"`, kit.ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kit.SelectLoop(b, tt.level, tt.focus, tt.rounds, 1)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) is false", err, tt.is)
			}
		})
	}
}

func TestSelectLoopFillsInMinutesAndFocus(t *testing.T) {
	b := loopBank(t)
	specs := []kit.RoundSpec{
		{Title: "Screen", Stages: []string{"screen"}},                                       // the bank loop's 30 minutes
		{Title: "Pairing", Stages: []string{"screen", "core"}},                              // no bank round: DefaultMinutes
		{Title: "Warm-up", Stages: []string{"screen"}, Areas: []string{"all"}, Minutes: 20}, // opts out of the focus
		{Title: "People", Stages: []string{"people"}, Minutes: 45},                          // too little on the focus: every area
		{Title: "Deep", Stages: []string{"core"}, Areas: []string{"security"}},              // its own focus
	}
	rounds, err := kit.SelectLoop(b, "mid", []string{"orm", "apis"}, specs, 8)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		minutes int
		focused bool
		areas   []string
	}{
		{30, true, []string{"orm", "apis"}},
		{kit.DefaultMinutes, true, []string{"orm", "apis"}},
		{20, false, b.AreaIDs()},
		{45, false, b.AreaIDs()},
		{60, true, []string{"security"}},
	}
	for i, tt := range tests {
		r := rounds[i]
		var areas []string
		for _, a := range r.Areas {
			areas = append(areas, a.ID)
		}
		if r.Minutes() != tt.minutes || r.Focused != tt.focused || !slices.Equal(areas, tt.areas) {
			t.Errorf("%s: %d minutes, focused %v, areas %v; want %d, %v, %v",
				r.Title, r.Minutes(), r.Focused, areas, tt.minutes, tt.focused, tt.areas)
		}
	}
}

func ExampleDefaultLoop() {
	bank, err := kit.Load(data.FS, "data")
	if err != nil {
		fmt.Println(err)
		return
	}
	specs, err := kit.DefaultLoop(bank, "junior", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range specs {
		fmt.Printf("%-28s %3d min  %s\n", s.Title, s.Minutes, strings.Join(s.Stages, ", "))
	}
	// Output:
	// Python screen                 45 min  python-screen
	// Django core                   60 min  django-core
	// System design and practical   60 min  system-practical
	// Behavioural                   20 min  behavioral
}

func ExampleSelectLoop() {
	bank, err := kit.Load(data.FS, "data")
	if err != nil {
		fmt.Println(err)
		return
	}
	focus := []string{"orm", "security", "apis"}
	specs, err := kit.DefaultLoop(bank, "senior", focus)
	if err != nil {
		fmt.Println(err)
		return
	}
	interviewers := []string{"Sam", "Ana", "Priya", "Ana", "Sam"}
	for i := range specs {
		specs[i].Interviewer = interviewers[i]
	}
	rounds, err := kit.SelectLoop(bank, "senior", focus, specs, 2026)
	if err != nil {
		fmt.Println(err)
		return
	}
	seen := map[string]bool{}
	for _, r := range rounds {
		for _, q := range r.Questions {
			if seen[q.ID] {
				fmt.Println("repeated:", q.ID)
			}
			seen[q.ID] = true
		}
		focus := "all areas"
		if r.Focused {
			var areas []string
			for _, a := range r.Areas {
				areas = append(areas, a.ID)
			}
			focus = "focus " + strings.Join(areas, ", ")
		}
		fmt.Printf("%-28s %2d min  %-5s  %s\n", r.Title, r.Minutes(), r.Interviewer, focus)
	}
	// Output:
	// Python screen                45 min  Sam    all areas
	// Django core                  45 min  Ana    focus orm, security, apis
	// Advanced Django              60 min  Priya  focus orm, security, apis
	// System design and practical  90 min  Ana    focus orm, security, apis
	// Behavioural                  30 min  Sam    all areas
}

// BenchmarkSelectLoop chooses a default senior loop with a focus from the
// embedded bank.
func BenchmarkSelectLoop(b *testing.B) {
	bank := djangoBank(b)
	focus := []string{"orm", "security", "apis"}
	specs, err := kit.DefaultLoop(bank, "senior", focus)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := kit.SelectLoop(bank, "senior", focus, specs, uint64(i)); err != nil {
			b.Fatal(err)
		}
	}
}
