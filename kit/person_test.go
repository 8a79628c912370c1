package kit

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestPersonKeyIgnoresCaseSpacingAndAccents(t *testing.T) {
	same := [][]string{
		{"Ana López", "ana lopez", "Ana  Lopez", " ANA LÓPEZ ", "Ana\u00a0López"},
		{"Łukasz Żółć", "lukasz zolc"},
		{"Søren Kierkegaard", "soren kierkegaard"},
		{"Nguyễn Thị Ánh", "nguyen thi anh"},
		{"Çağlayan Straße", "caglayan strasse"},
	}
	for _, group := range same {
		for _, name := range group[1:] {
			if !SamePerson(group[0], name) {
				t.Errorf("SamePerson(%q, %q) = false; keys %q and %q", group[0], name, PersonKey(group[0]), PersonKey(name))
			}
		}
	}
	different := [][2]string{{"Ana López", "Ana Lopes"}, {"Jan", "Jana"}, {"", ""}, {"Ana", ""}}
	for _, p := range different {
		if SamePerson(p[0], p[1]) {
			t.Errorf("SamePerson(%q, %q) = true", p[0], p[1])
		}
	}
}

func TestPersonFoldsAreLowerCaseLatinToASCII(t *testing.T) {
	folds := PersonFolds()
	if len(folds) < 150 {
		t.Fatalf("only %d folds", len(folds))
	}
	for _, f := range folds {
		if strings.ToLower(string(f.From)) != string(f.From) {
			t.Errorf("%q is not lower case", f.From)
		}
		for _, r := range f.To {
			if r < 'a' || r > 'z' {
				t.Errorf("%q folds to %q, not plain ASCII letters", f.From, f.To)
			}
		}
	}
}

func TestCleanNameRefusesWhatCannotBePrintedSafely(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"  Ana   López ", "Ana López", ""},
		{"Zoë O'Brien", "Zoë O'Brien", ""},
		{"", "", ""},
		{"Ana\x1b[31m", "", "control character"},
		{"Ana\narchived: x", "", "line break"},
		{"Ana\u202Efdp.exe", "", "invisible formatting character (U+202E)"},
		{"Ana\u200b", "", "invisible formatting character"},
		{strings.Repeat("a", MaxNameLen+1), "", fmt.Sprintf("is %d characters", MaxNameLen+1)},
		{"\xff", "", "not valid UTF-8"},
	}
	for _, tt := range tests {
		got, err := CleanName(tt.in)
		if tt.err == "" {
			if err != nil || got != tt.want {
				t.Errorf("CleanName(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
			continue
		}
		if !errors.Is(err, ErrBadName) || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("CleanName(%q) error = %v; want ErrBadName containing %q", tt.in, err, tt.err)
		}
	}
}

func TestParseScoreAcceptsOnlyScoresNAAndBlank(t *testing.T) {
	tests := []struct {
		in     string
		status ScoreStatus
		value  int
		bad    bool
	}{
		{"1", ScoreGiven, 1, false}, {"4", ScoreGiven, 4, false},
		{"", ScoreBlank, 0, false}, {"  ", ScoreBlank, 0, false},
		{"N/A", ScoreNotApplicable, 0, false}, {"n/a", ScoreNotApplicable, 0, false},
		{"0", 0, 0, true}, {"5", 0, 0, true}, {"2.5", 0, 0, true}, {" 3", 0, 0, true},
		{"three", 0, 0, true}, {"NA", 0, 0, true}, {"3.0", 0, 0, true}, {"TRUE", 0, 0, true},
	}
	for _, tt := range tests {
		status, v, err := ParseScore(tt.in)
		if tt.bad {
			if !errors.Is(err, ErrBadScore) {
				t.Errorf("ParseScore(%q) error = %v; want ErrBadScore", tt.in, err)
			}
			continue
		}
		if err != nil || status != tt.status || v != tt.value {
			t.Errorf("ParseScore(%q) = %v, %d, %v; want %v, %d", tt.in, status, v, err, tt.status, tt.value)
		}
	}
}
