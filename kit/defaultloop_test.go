package kit_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

func TestDefaultLoopFollowsTheBank(t *testing.T) {
	b := testkit.Bank(t)
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
	b := testkit.Bank(t)
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
