package kit_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// teamYAML is a settings file giving every setting, TeamPolicy's policy.
const teamYAML = `# Platform team settings
bank: sre
banks:
  sre: banks/sre
  django: builtin
archive: hr/archive.db
paper: letter
language: en
retention_months: 24
recommendation:
  strong_yes_at: 3.6
  yes_at: 3
  no_at: 2.25
  min_scored_share: 0.6
  labels:
    strong_no: Strong no hire
    no: No hire
    yes: Hire
    strong_yes: Strong hire
    no_decision: Undecided
ratings: [Not shown, Some, Meets the bar, Raises the bar]
loop:
  start: "09:30"
  breaks:
    - {title: Lunch, at: "12:00", minutes: 45}
`

func TestParseTeamFileReadsEverySetting(t *testing.T) {
	f, err := kit.ParseTeamFile([]byte(teamYAML), "interviewkit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Bank != "sre" || f.Archive != "hr/archive.db" || f.Paper != "letter" {
		t.Errorf("bank %q, archive %q, paper %q", f.Bank, f.Archive, f.Paper)
	}
	want := []kit.NamedBank{{Name: "sre", Path: "banks/sre", Line: 4}, {Name: "django", Path: "builtin", Line: 5}}
	if !reflect.DeepEqual(f.Banks, want) {
		t.Errorf("banks %+v, want %+v", f.Banks, want)
	}
	if got := f.Apply(kit.DefaultPolicy()); !reflect.DeepEqual(got, testkit.TeamPolicy()) {
		t.Errorf("policy\n%+v\nwant\n%+v", got, testkit.TeamPolicy())
	}
	for setting, line := range map[string]int{"bank": 2, "recommendation.yes_at": 12, "recommendation.labels.no": 17,
		"recommendation.labels": 15, "ratings": 21, "loop.breaks.1.minutes": 25, "loop.start": 23} {
		if got := f.Line(setting); got != line {
			t.Errorf("%s at line %d, want %d", setting, got, line)
		}
	}
}

func TestParseTeamFileKeepsWhatItLeavesOut(t *testing.T) {
	f, err := kit.ParseTeamFile([]byte("recommendation:\n  labels: {yes: Hire}\nretention_months: 6\n"), "team.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := kit.DefaultPolicy()
	want.Rule.Labels.Yes, want.RetentionMonths = "Hire", 6
	if got := f.Apply(kit.DefaultPolicy()); !reflect.DeepEqual(got, want) {
		t.Errorf("policy\n%+v\nwant\n%+v", got, want)
	}
	if f.Bank != "" || f.Has("ratings") || f.Line("recommendation.yes_at") != 1 {
		t.Errorf("bank %q, has ratings %v, yes_at line %d", f.Bank, f.Has("ratings"), f.Line("recommendation.yes_at"))
	}
}

func TestParseTeamFileReportsEveryProblemAtItsLine(t *testing.T) {
	file := `papr: a4
retention_months: twelve
recommendation:
  yes_at: 3.8
  labels: {yes: Strong yes}
ratings: [Bad, Good]
language: de
loop:
  start: "9h30"
  breaks:
    - {title: Lunch, minutes: 45}
banks:
  SRE: x
`
	_, err := kit.ParseTeamFile([]byte(file), "team.yaml")
	var be *kit.BankError
	if !errors.As(err, &be) {
		t.Fatalf("got %v, want a *BankError", err)
	}
	want := []string{
		`team.yaml:1: unknown field "papr" in the settings (did you mean "paper"?)`,
		`team.yaml:2: retention_months must be a whole number, got "twelve"`,
		`team.yaml:6: ratings name the scores 1 to 4: four names`,
		`team.yaml:9: loop start: "9h30" is not a clock time; write it as HH:MM, e.g. 09:00 or 14:30`,
		`team.yaml:11: a break needs at, e.g. {title: Lunch, at: "12:30", minutes: 45}`,
		`team.yaml:13: bank name "SRE" must be kebab-case`,
	}
	got := err.Error()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
	// The policy is checked too: each problem at the line of its setting.
	_, err = kit.ParseTeamFile([]byte("recommendation:\n  yes_at: 3.8\n  labels: {yes: Strong yes}\nlanguage: german\n"), "team.yaml")
	for _, w := range []string{
		"team.yaml:1: recommendation: thresholds must rise: no_at 2 < yes_at 3.8 < strong_yes_at 3.5",
		`team.yaml:3: recommendation.labels.strong_yes: label "Strong yes" is also the label of recommendation.labels.yes`,
		`team.yaml:4: language: "german" is not a language interviewkit prints in; valid languages: en, de`,
	} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in:\n%v", w, err)
		}
	}
}
