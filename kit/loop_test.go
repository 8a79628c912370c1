package kit_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

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

// TestSelectLoopNeverRepeatsAQuestion runs the Django bank's default loop at
// every level, with and without a focus, for many seeds.
func TestSelectLoopNeverRepeatsAQuestion(t *testing.T) {
	b := testkit.Bank(t)
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
	b := testkit.Bank(t)
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
	shortened := false
	for _, r := range tf.Relax {
		if r.Kind == kit.ShortenRound {
			shortened = true
			specs[1].Minutes = r.Minutes
			if _, err := kit.SelectLoop(b, "junior", nil, specs, 3); err != nil {
				t.Errorf("after %q: %v", r, err)
			}
		}
	}
	if !shortened {
		t.Errorf("relaxations %+v: none shortens the round", tf.Relax)
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
		{"a line break in a title", "mid", nil, []kit.RoundSpec{{Title: "Core\nx", Stages: []string{"core"}}},
			"round 1 title contains a line break", nil},
		{"an override in an interviewer", "mid", nil, []kit.RoundSpec{{Title: "Core", Stages: []string{"core"}, Interviewer: "Bo\u202Efdp.exe"}},
			`round "Core" interviewer contains an invisible formatting character (U+202E)`, nil},
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
	bank := testkit.Bank(b)
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
