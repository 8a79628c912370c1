package scoresheet

import "testing"

func TestDateTextTurnsSerialsIntoISODates(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-14": "2026-03-14", // as written
		"46095":      "2026-03-14", // a program's date serial
		"46095.5":    "2026-03-14",
		"":           "",
		"soon":       "soon",
	} {
		if got := dateText(in); got != want {
			t.Errorf("dateText(%q) = %q, want %q", in, got, want)
		}
	}
}
