package kit_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// round builds a finished round by hand: its title, interviewer, focus
// areas (none: every area) and question ids.
func round(t *testing.T, b *kit.Bank, title, interviewer string, areas []string, qids ...string) kit.Round {
	t.Helper()
	r := kit.Round{Title: title, Interviewer: interviewer}
	resolved, err := b.ResolveAreas(areas)
	if err != nil {
		t.Fatal(err)
	}
	r.Areas, r.Focused = resolved, len(resolved) > 0
	if len(resolved) == 0 {
		r.Areas = b.Areas
	}
	for _, id := range qids {
		q, ok := b.Question(id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		r.Questions = append(r.Questions, q)
	}
	return r
}

func TestCoverageFlags(t *testing.T) {
	b := testBank(t)
	focus, err := b.ResolveAreas([]string{"orm", "security", "apis", "testing"})
	if err != nil {
		t.Fatal(err)
	}
	// orm: two rounds, two interviewers (good); security: one round;
	// apis: two rounds, both Ana's (spelt differently); testing: no round.
	// orm-security-both, in the Security round, assesses orm as well as
	// security, and counts under both.
	rounds := []kit.Round{
		round(t, b, "Screen", "Ana López", nil, "orm-screen-1", "apis-screen-1"),
		round(t, b, "Core", "Sam", []string{"orm", "apis"}, "orm-core-1", "orm-core-2"),
		round(t, b, "Security", "Sam", []string{"security"}, "security-core-1", "orm-security-both"),
		round(t, b, "APIs", "ana  lópez", []string{"apis"}, "apis-core-1", "apis-core-x1"),
	}
	c := kit.NewCoverage(rounds, focus)
	if want := []string{"Screen", "Core", "Security", "APIs"}; !slices.Equal(c.Rounds, want) {
		t.Errorf("rounds %v, want %v", c.Rounds, want)
	}
	want := [][]int{
		{1, 2, 1, 0}, // orm
		{0, 0, 2, 0}, // security
		{1, 0, 0, 2}, // apis
		{0, 0, 0, 0}, // testing
	}
	if !reflect.DeepEqual(c.Counts, want) {
		t.Errorf("counts %v, want %v", c.Counts, want)
	}
	if c.Total(0) != 4 {
		t.Errorf("orm total %d, want 4", c.Total(0))
	}
	wantNotes := []string{
		"Security: covered only in Security",
		"APIs: covered in Screen and APIs, both by Ana López",
		"Testing: covered by no round",
	}
	if got := c.Notes(); !slices.Equal(got, wantNotes) {
		t.Errorf("notes\n%q\nwant\n%q", got, wantNotes)
	}
	tests := []struct {
		area string
		kind kit.CoverageKind
		ok   bool
	}{
		{"orm", "", false},
		{"security", kit.Once, true},
		{"apis", kit.OneInterviewer, true},
		{"testing", kit.Uncovered, true},
	}
	for _, tt := range tests {
		f, ok := c.Flag(tt.area)
		if ok != tt.ok || f.Kind != tt.kind {
			t.Errorf("%s: flag %q (%v), want %q (%v)", tt.area, f.Kind, ok, tt.kind, tt.ok)
		}
	}
}

func TestCoverageFlagsOnlyKnownInterviewers(t *testing.T) {
	b := testBank(t)
	focus, _ := b.ResolveAreas([]string{"orm"})
	tests := []struct {
		name         string
		interviewers [3]string
		want         []string
	}{
		{"nobody named yet", [3]string{"", "", ""}, nil},
		{"one named", [3]string{"Ana", "", ""}, nil},
		{"different people", [3]string{"Ana", "Sam", "Ana"}, nil},
		{"same person three times", [3]string{"Ana", "ANA", " Ana "}, []string{"ORM: covered in A, B and C, all by Ana"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rounds := []kit.Round{
				round(t, b, "A", tt.interviewers[0], nil, "orm-core-0"),
				round(t, b, "B", tt.interviewers[1], nil, "orm-core-1"),
				round(t, b, "C", tt.interviewers[2], nil, "orm-core-2"),
			}
			if got := kit.NewCoverage(rounds, focus).Notes(); !slices.Equal(got, tt.want) {
				t.Errorf("notes %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCoverageWithoutFocusListsTouchedAreas(t *testing.T) {
	b := testBank(t)
	rounds := []kit.Round{
		round(t, b, "Core", "Ana", nil, "testing-core-1", "orm-core-1"),
		round(t, b, "People", "Sam", nil, "orm-people"),
	}
	c := kit.NewCoverage(rounds, nil)
	var areas []string
	for _, a := range c.Areas {
		areas = append(areas, a.ID)
	}
	// in bank order, not question order; security and apis are untouched
	if want := []string{"orm", "testing"}; !slices.Equal(areas, want) {
		t.Fatalf("areas %v, want %v", areas, want)
	}
	if want := []string{"Testing: covered only in Core"}; !slices.Equal(c.Notes(), want) {
		t.Errorf("notes %q, want %q", c.Notes(), want)
	}
}

// TestCoverageMatchesTheLoop checks the matrix of a real loop against the
// rounds' questions: each is counted under every focus area it lists.
func TestCoverageMatchesTheLoop(t *testing.T) {
	b := testkit.Bank(t)
	focus := []string{"orm", "security", "apis"}
	specs, err := kit.DefaultLoop(b, "senior", focus)
	if err != nil {
		t.Fatal(err)
	}
	rounds, err := kit.SelectLoop(b, "senior", focus, specs, 99)
	if err != nil {
		t.Fatal(err)
	}
	areas, _ := b.ResolveAreas(focus)
	c := kit.NewCoverage(rounds, areas)
	for j, r := range rounds {
		inFocus := 0
		for _, q := range r.Questions {
			for _, a := range focus {
				if q.HasArea(a) {
					inFocus++
				}
			}
		}
		counted := 0
		for i := range c.Areas {
			counted += c.Counts[i][j]
		}
		if counted != inFocus {
			t.Errorf("%s: matrix counts %d, the round's questions list the focus areas %d times", r.Title, counted, inFocus)
		}
	}
}

// TestCoverageWithoutFocusListsEveryArea checks a loop chosen without a
// focus: every area of the bank is a row, so one no round asks about shows
// up as not covered.
func TestCoverageWithoutFocusListsEveryArea(t *testing.T) {
	b := testkit.Bank(t)
	specs, err := kit.DefaultLoop(b, "junior", nil)
	if err != nil {
		t.Fatal(err)
	}
	rounds, err := kit.SelectLoop(b, "junior", nil, specs, 3)
	if err != nil {
		t.Fatal(err)
	}
	c := kit.NewCoverage(rounds, nil)
	if !reflect.DeepEqual(c.Areas, b.Areas) {
		t.Fatalf("rows %v, want every area of the bank", c.Areas)
	}
	for i, a := range c.Areas {
		f, flagged := c.Flag(a.ID)
		if covered := c.Total(i) > 0; covered == (flagged && f.Kind == kit.Uncovered) {
			t.Errorf("%s: %d questions, flag %q", a.ID, c.Total(i), f.Kind)
		}
	}
}

func TestClosestSuggestsOnlyPlausibleTypos(t *testing.T) {
	fields := []string{"id", "question", "stage", "areas", "levels", "minutes", "weight", "why", "key_points", "follow_ups", "red_flags", "rubric"}
	levels := []string{"junior", "mid", "senior", "lead"}
	areas := []string{"python", "orm", "web", "apis", "security"}
	tests := []struct {
		s     string
		valid []string
		want  string
	}{
		{"tags", fields, ""},
		{"questoin", fields, "question"},
		{"stgae", fields, "stage"},
		{"senoir", levels, "senior"},
		{"sineor", levels, "senior"},
		{"jun", levels, "junior"}, // a unique prefix
		{"principal", levels, ""},
		{"wbe", areas, "web"},
		{"orn", areas, "orm"},
		{"xyz", areas, ""},
	}
	for _, tt := range tests {
		if got := kit.Closest(tt.s, tt.valid); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
