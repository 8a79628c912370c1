package kit_test

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

func TestParsePlanReadsAValidPlan(t *testing.T) {
	b := testkit.Bank(t)
	src, err := os.ReadFile("testdata/loop/plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := kit.ParsePlan(src, "plan.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	want := kit.Plan{
		Focus: []string{"orm", "security", "apis"},
		Rounds: []kit.RoundSpec{
			{Title: "Python screen", Stages: []string{"python-screen"}, Areas: []string{"all"}, Minutes: 45,
				Interviewer: "Sam Okafor", File: "plan.yaml", Line: 5},
			{Title: "Django core", Stages: []string{"django-core"}, Areas: []string{"orm", "web"}, Minutes: 60,
				Interviewer: "Ana López", File: "plan.yaml", Line: 11},
			{Title: "Advanced Django", Stages: []string{"advanced", "system-practical"}, Minutes: 90,
				Interviewer: "Priya Raman", File: "plan.yaml", Line: 17},
			{Title: "Behavioural", Stages: []string{"behavioral"}, Interviewer: "Ana López", File: "plan.yaml", Line: 24},
		},
	}
	if !reflect.DeepEqual(plan, want) {
		t.Fatalf("got\n%+v\nwant\n%+v", plan, want)
	}
	rounds, err := kit.SelectLoop(b, "senior", plan.Focus, plan.Rounds, 11)
	if err != nil {
		t.Fatalf("the plan does not fill: %v", err)
	}
	if got := rounds[3].Minutes(); got != 30 {
		t.Errorf("Behavioural runs %d minutes; want the bank loop's 30 for a senior", got)
	}
}

// TestParsePlanReportsEveryProblem reads a plan with many mistakes and
// expects each one, located, in one error.
func TestParsePlanReportsEveryProblem(t *testing.T) {
	b := testkit.Bank(t)
	src, err := os.ReadFile("testdata/loop/mistakes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = kit.ParsePlan(src, "plans/mistakes.yaml", b)
	var be *kit.BankError
	if !errors.As(err, &be) {
		t.Fatalf("got %v, want a *BankError", err)
	}
	want := []string{
		`plans/mistakes.yaml:1: unknown area "securty" (did you mean "security"?); valid areas: python, fundamentals,`,
		`plans/mistakes.yaml:2: unknown field "round_order" in a plan; known fields: focus, rounds`,
		`plans/mistakes.yaml:5: round "Django core": unknown stage "djngo-advanced"; valid stages: python-screen, django-core, advanced, system-practical, behavioral`,
		`plans/mistakes.yaml:7: round "Django core": minutes is 5; a round runs 10 to 240 minutes`,
		`plans/mistakes.yaml:9: round "django-core": title clashes with round "Django core" at line 4`,
		`plans/mistakes.yaml:11: minutes must be a whole number, got "sixty"`,
		`plans/mistakes.yaml:12: round needs a title, e.g. Python screen`,
		`plans/mistakes.yaml:15: unknown area "teamwork"`,
		`plans/mistakes.yaml:16: round "Design": needs stages: one or more of python-screen, django-core, advanced, system-practical, behavioral`,
		`plans/mistakes.yaml:17: unknown field "stage" in a round (did you mean "stages"?)`,
		`plans/mistakes.yaml:18: round "Design": minutes is 600; a round runs 10 to 240 minutes`,
		`plans/mistakes.yaml:21: focus must be a list (lines starting with "- "), got a mapping`,
		`plans/mistakes.yaml:22: interviewer must be text, got a list`,
	}
	if len(be.Problems) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(be.Problems), len(want), err)
	}
	for i, w := range want {
		if i >= len(be.Problems) || !strings.HasPrefix(be.Problems[i].String(), w) {
			t.Errorf("problem %d: want prefix\n%s\nin:\n%s", i+1, w, err)
		}
	}
}

func TestParsePlanRejectsMalformedFiles(t *testing.T) {
	b := testkit.Bank(t)
	many := "rounds:\n" + strings.Repeat("  - title: Behavioural\n", kit.MaxRounds+1)
	tests := []struct {
		name, src, want string
	}{
		{"tab indentation", "rounds:\n\t- title: Django core\n", "p.yaml:2: tab used for indentation"},
		{"empty", "# later\n", "p.yaml: file is empty"},
		{"not a mapping", "- title: Django core\n", "p.yaml:1: a plan must be a mapping of keys to values, got a list"},
		{"no rounds", "focus: [orm]\n", "p.yaml:1: a plan needs rounds"},
		{"empty rounds", "rounds: []\n", "p.yaml:1: a plan needs at least one round"},
		{"rounds not a list", "rounds:\n  title: Django core\n", "p.yaml:2: rounds must be a list"},
		{"round not a mapping", "rounds:\n  - Django core\n", `p.yaml:2: a round must be a mapping of keys to values, got "Django core"`},
		{"too many rounds", many, "p.yaml:14: a loop has at most 12 rounds; this plan has 13"},
		{"invalid YAML", "rounds: [{title: x\n", "p.yaml:1: invalid YAML"},
		{"alias", "focus: &f [orm]\nrounds:\n  - title: Django core\n    focus: *f\n", "p.yaml:1: anchors and aliases (& and *) are not supported in a plan"},
		{"duplicate key", "rounds:\n  - title: Django core\n    title: Core\n", `p.yaml:3: field "title" appears twice in a round`},
		{"two documents", "rounds: [{title: Behavioural}]\n---\nrounds: []\n", "a plan file holds one YAML document"},
		{"focus all mixed", "rounds:\n  - title: Behavioural\n    focus: [all, orm]\n", `p.yaml:3: round "Behavioural": focus "all" means every area, so it stands alone`},
		{"control character", "rounds:\n  - title: \"Django\\tcore\"\n    interviewer: \"Ana\\u0007\"\n", "interviewer contains a control character"},
		{"long title", "rounds:\n  - title: " + strings.Repeat("x", 61) + "\n    stages: [advanced]\n", "title is 61 characters; at most 60 fit a page header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kit.ParsePlan([]byte(tt.src), "p.yaml", b)
			if !errors.Is(err, kit.ErrInvalidBank) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestParseRound(t *testing.T) {
	b := testkit.Bank(t)
	good := []struct {
		flag string
		want kit.RoundSpec
	}{
		{"Django core: stages=django-core; focus=orm,web; minutes=60; interviewer=Ana López",
			kit.RoundSpec{Title: "Django core", Stages: []string{"django-core"}, Areas: []string{"orm", "web"}, Minutes: 60, Interviewer: "Ana López"}},
		{" Deep dive :stage = advanced ; Areas=Security, APIs;MINUTES=90 ",
			kit.RoundSpec{Title: "Deep dive", Stages: []string{"advanced"}, Areas: []string{"security", "apis"}, Minutes: 90}},
		{"Behavioural", kit.RoundSpec{Title: "Behavioural", Stages: []string{"behavioral"}}},
		{"Behavioural: interviewer=Sam Okafor;", kit.RoundSpec{Title: "Behavioural", Stages: []string{"behavioral"}, Interviewer: "Sam Okafor"}},
		{"System design and practical: focus=all", kit.RoundSpec{Title: "System design and practical", Stages: []string{"system-practical"}, Areas: []string{"all"}}},
		{"Design: live coding: stages=system-practical", kit.RoundSpec{Title: "Design: live coding", Stages: []string{"system-practical"}}},
	}
	for _, tt := range good {
		t.Run(tt.flag, func(t *testing.T) {
			got, err := kit.ParseRound(tt.flag, "--round", b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	bad := []struct {
		flag string
		want []string
	}{
		{"stages=django-core", []string{`--round: write the title first, then a colon and the keys`}},
		{"Pairing", []string{`--round "Pairing": needs stages: one or more of python-screen, django-core,`}},
		{"Core: stags=django-core", []string{
			`--round "Core": unknown key "stags" (did you mean "stages"?); keys: stages (or stage), focus (or areas), minutes, interviewer`}},
		{"Core: stages=djangocore,advnced; focus=orm,wbe", []string{
			`unknown stage "djangocore" (did you mean "django-core"?); valid stages: python-screen,`,
			`unknown stage "advnced" (did you mean "advanced"?)`,
			`unknown area "wbe" (did you mean "web"?); valid areas: python,`}},
		{"Core: stages=django-core; minutes=sixty", []string{`minutes=sixty is not a whole number of minutes`}},
		{"Core: stages=django-core; minutes=0", []string{`minutes is 0; a round runs 10 to 240 minutes`}},
		{"Core: stages=django-core; stage=advanced", []string{`stages given twice`}},
		{"Core: stages=django-core; focus=", []string{`focus= needs a value`}},
		{"Core: stages django-core", []string{`"stages django-core" is not key=value`}},
	}
	for _, tt := range bad {
		t.Run(tt.flag, func(t *testing.T) {
			_, err := kit.ParseRound(tt.flag, "--round", b)
			var be *kit.BankError
			if !errors.As(err, &be) {
				t.Fatalf("got %v, want a *BankError", err)
			}
			if len(be.Problems) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%v", len(be.Problems), len(tt.want), err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("missing %q in:\n%v", w, err)
				}
			}
		})
	}
}

// FuzzParsePlan feeds arbitrary bytes to the plan reader: it must never
// panic, and any failure must be a *BankError whose problems name the file
// and a line within it, or none.
func FuzzParsePlan(f *testing.F) {
	b := testkit.Bank(f)
	for _, name := range []string{"testdata/loop/plan.yaml", "testdata/loop/mistakes.yaml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("rounds:\n\t- title: x\n"))
	f.Add([]byte("rounds: [{title: [}"))
	f.Add([]byte("a: &a [*a]\nrounds: *a\n"))
	f.Add([]byte("rounds:\n  - {title: Behavioural, minutes: 1e9, focus: [all, all]}\n"))
	f.Add([]byte("focus: all\nrounds:\n  - title: \"\\u0000\"\n"))
	f.Add([]byte("--- \n---\n"))
	f.Add([]byte("\r\r0"))
	f.Fuzz(func(t *testing.T, src []byte) {
		plan, err := kit.ParsePlan(src, "fuzz.yaml", b)
		if err == nil {
			if len(plan.Rounds) == 0 {
				t.Fatal("a plan without rounds passed")
			}
			for _, r := range plan.Rounds {
				if r.Title == "" || len(r.Stages) == 0 || r.File != "fuzz.yaml" || r.Line == 0 {
					t.Fatalf("a passed round is incomplete: %+v", r)
				}
			}
			return
		}
		var be *kit.BankError
		if !errors.As(err, &be) || len(be.Problems) == 0 {
			t.Fatalf("error is not a located plan error: %v", err)
		}
		// YAML breaks lines at \n, \r\n, a lone \r, and NEL, LS and PS.
		lines := strings.Count(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n") + strings.Count(string(src), "\r") + 1
		for _, br := range []string{"\u0085", "\u2028", "\u2029"} {
			lines += strings.Count(string(src), br)
		}
		for _, p := range be.Problems {
			if p.File != "fuzz.yaml" || p.Msg == "" || p.Line < 0 || p.Line > lines+1 {
				t.Fatalf("problem without place or message: %+v", p)
			}
		}
	})
}

// FuzzParseRound feeds arbitrary text to the one-line round reader, as a
// person types it after --round: it never panics; a round it accepts has a
// title and stages that pass the rules every round follows; a refusal is
// located where the caller said.
func FuzzParseRound(f *testing.F) {
	b := testkit.Bank(f)
	for _, s := range []string{
		"Django core: stages=django-core; focus=orm,web; minutes=60; interviewer=Ana López",
		"Behavioural", "x: y", "=", ":;:;=;", "A: minutes=-5; minutes=7", "Core\u2028: stage=django-core",
		"Core: interviewer=Bo\u202Efdp.exe; stage=advanced", "Tìtle: focus=all,orm; stages=behavioral",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := kit.ParseRound(s, "--round", b)
		if err != nil {
			var be *kit.BankError
			if !errors.As(err, &be) || len(be.Problems) == 0 {
				t.Fatalf("error is not a located round error: %v", err)
			}
			for _, p := range be.Problems {
				if !strings.HasPrefix(p.File, "--round") || p.Msg == "" {
					t.Fatalf("problem without place or message: %+v", p)
				}
			}
			return
		}
		if title, err := kit.CleanTitle(r.Title); err != nil || title != r.Title || title == "" || len(r.Stages) == 0 {
			t.Fatalf("accepted round %+v: title %q, %v", r, title, err)
		}
		if name, err := kit.CleanName(r.Interviewer); err != nil || name != r.Interviewer {
			t.Fatalf("accepted interviewer %q: %v", r.Interviewer, err)
		}
		if r.Minutes != 0 && !kit.RoundMinutesOK(r.Minutes) {
			t.Fatalf("accepted %d minutes", r.Minutes)
		}
	})
}
