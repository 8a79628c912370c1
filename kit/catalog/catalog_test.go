package catalog

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// verb is a placeholder: fmt's verb with its flags, as a message writes it.
var verb = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// placeholders maps each argument a message takes (from 1) to its verb
// letter; "%%" takes none.
func placeholders(s string) (map[int]string, error) {
	out := map[int]string{}
	next := 1
	for _, m := range verb.FindAllStringSubmatch(s, -1) {
		letter := m[0][len(m[0])-1:]
		if letter == "%" {
			continue
		}
		n := next
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		if old, ok := out[n]; ok && old != letter {
			return nil, fmt.Errorf("argument %d is both %%%s and %%%s", n, old, letter)
		}
		out[n] = letter
		next = n + 1
	}
	return out, nil
}

func TestEveryMessageIsInEveryLanguageWithTheSamePlaceholders(t *testing.T) {
	for m := Message(0); m < count; m++ {
		want, err := placeholders(english[m])
		if err != nil || english[m] == "" {
			t.Fatalf("message %d: English %q: empty or %v", m, english[m], err)
		}
		for _, lang := range Languages {
			s := tables[lang][m]
			if strings.TrimSpace(s) == "" {
				t.Errorf("message %d (%q) has no %s text", m, english[m], lang)
				continue
			}
			got, err := placeholders(s)
			if err != nil {
				t.Errorf("message %d in %s: %v", m, lang, err)
				continue
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("message %d in %s %q takes %v, English %q takes %v", m, lang, s, got, english[m], want)
			}
			if s != strings.TrimSpace(s) && m != Focus && m != SheetOr && m != And {
				t.Errorf("message %d in %s %q has spaces at an end", m, lang, s)
			}
		}
	}
}

func TestEveryLanguageHasATable(t *testing.T) {
	if len(tables) != len(Languages) {
		t.Fatalf("%d tables for %d languages", len(tables), len(Languages))
	}
	for _, lang := range Languages {
		if For(lang).Language() != lang {
			t.Errorf("For(%q) prints in %q", lang, For(lang).Language())
		}
	}
}

func TestGermanDiffersFromEnglish(t *testing.T) {
	// A German table copied from English and left untranslated would pass
	// the completeness test; most sentences must differ.
	same := 0
	for m := Message(0); m < count; m++ {
		if german[m] == english[m] {
			same++
		}
	}
	if same > 12 {
		t.Errorf("%d of %d German messages are the English text", same, count)
	}
}

func TestUnknownLanguagePrintsEnglish(t *testing.T) {
	for _, lang := range []string{"", "fr", "EN"} {
		if got := For(lang).T(PageOf, 3, 9); got != "Page 3 of 9" {
			t.Errorf("For(%q): %q", lang, got)
		}
	}
}

func TestPrinterWords(t *testing.T) {
	monday := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	en, de := For(English), For(German)
	tests := []struct {
		name, got, want string
	}{
		{"English day", en.Day(monday), "Monday 2 March 2026"},
		{"German day", de.Day(monday), "Montag, 2. März 2026"},
		{"German date", de.Date(time.Date(2026, 12, 24, 0, 0, 0, 0, time.UTC)), "24. Dezember 2026"},
		{"English date", en.Date(monday), "2 March 2026"},
		{"English page", en.T(PageOf, 3, 9), "Page 3 of 9"},
		{"German page", de.T(PageOf, 3, 9), "Seite 3 von 9"},
		{"English number", en.Number(2.75), "2.75"},
		{"German number", de.Number(2.75), "2,75"},
		{"whole number", de.Number(2), "2"},
		{"one question", de.Count(1, QuestionOne, QuestionMany), "1 Frage"},
		{"questions", de.Count(8, QuestionOne, QuestionMany), "8 Fragen"},
		{"percent", de.T(RuleSentence, "A", "3,5", "B", "2,75", "C", "2", "D", "E", "50"),
			"A ab 3,5, B ab 2,75, C ab 2, darunter D; E, wenn weniger als 50 % der Fragen bewertet sind."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}
