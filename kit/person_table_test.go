package kit

// What person.go offers the scoresheet and the archive. The tables a
// spreadsheet formula mirrors PersonKey with are complete and consistent
// with PersonKey, so a formula that applies them in order (spaces, trim
// and collapse, capitals, lower case, folds) computes PersonKey;
// layouts/scoresheet runs that formula in excelize and LibreOffice against
// PersonKey. CleanLine checks names read back from files.

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestPersonSpacesAreEverySpaceButTheSpace(t *testing.T) {
	spaces := PersonSpaces()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if in := slices.Contains(spaces, r); in != (unicode.IsSpace(r) && r != ' ') {
			t.Errorf("%U: in PersonSpaces %v, unicode.IsSpace %v", r, in, unicode.IsSpace(r))
		}
	}
	if !slices.Contains(spaces, '\u00a0') || !slices.Contains(spaces, '\t') {
		t.Errorf("PersonSpaces %U lacks the no-break space or the tab", spaces)
	}
}

func TestPersonCapitalsGiveTheKeyOfTheirLetter(t *testing.T) {
	caps := PersonCapitals()
	if len(caps) < 250 {
		t.Fatalf("only %d capitals", len(caps))
	}
	for _, c := range caps {
		if !unicode.IsUpper(c.From) && !unicode.IsTitle(c.From) {
			t.Errorf("%q is not a capital", c.From)
		}
		if want := PersonKey(string(c.From)); c.To != want {
			t.Errorf("%q gives %q; PersonKey gives %q", c.From, c.To, want)
		}
		// What it gives is lower case, and the folds leave it alone.
		if strings.ToLower(c.To) != c.To || PersonKey(c.To) != c.To {
			t.Errorf("%q gives %q, which lower case or PersonKey would change", c.From, c.To)
		}
	}
	for _, want := range []rune{'Ó', 'İ', 'Ł', 'Ø', 'ẞ', 'Ƚ', 'Ỻ', 'Σ', 'Ά'} {
		if !slices.ContainsFunc(caps, func(f Fold) bool { return f.From == want }) {
			t.Errorf("PersonCapitals lacks %q", want)
		}
	}
}

// TestPersonKeyIsTheTablesInOrder applies the tables the way a formula
// does, with the string functions a spreadsheet has, to names from many
// Latin languages and every letter of the Latin blocks.
func TestPersonKeyIsTheTablesInOrder(t *testing.T) {
	formula := func(name string) string {
		for _, s := range PersonSpaces() {
			name = strings.ReplaceAll(name, string(s), " ")
		}
		name = strings.Trim(name, " ")
		for range 15 { // halves a run of spaces each time; 2^15 > a cell's 32,767 characters
			name = strings.ReplaceAll(name, "  ", " ")
		}
		for _, c := range PersonCapitals() {
			name = strings.ReplaceAll(name, string(c.From), c.To)
		}
		name = strings.ToLower(name)
		for _, f := range PersonFolds() {
			name = strings.ReplaceAll(name, string(f.From), f.To)
		}
		return name
	}
	names := []string{"", "   ", "\u00a0\t", "Ana López", "ana lopez", "Ana  Lopez", " ANA\u00a0LÓPEZ\t",
		"İlkay Gündoğan", "Łukasz Żółć", "Søren Ærø", "Nguyễn Thị Ánh", "Dvořák Šťastný", "Straße ẞ",
		"Þóra Guðmundsdóttir", "Ștefan Țurcan", "Őrs Űrhajós", "Ǆemal ǅ", "ΟΔΥΣΣΕΥΣ Σ", "Οδυσσεύς"}
	for _, block := range append(slices.Clone(latinBlocks), greekBlock) {
		for r := block[0]; r <= block[1]; r++ {
			names = append(names, "x"+string(r)+"Y")
		}
	}
	for _, name := range names {
		if got, want := formula(name), PersonKey(name); got != want {
			t.Errorf("tables give %q for %q; PersonKey gives %q", got, name, want)
		}
	}
}

func TestCleanLineRefusesCharactersNotLength(t *testing.T) {
	long := strings.Repeat("Ana López ", 20) // 200 runes, past MaxNameLen
	if got, err := CleanLine("  " + long); err != nil || got != strings.TrimSpace(long) {
		t.Errorf("CleanLine of a long name: %q, %v", got, err)
	}
	for _, bad := range []string{"Ana\nLópez", "Ana\u202Efdp.exe", "Ana\x1b[31m"} {
		if _, err := CleanLine(bad); !errors.Is(err, ErrBadName) {
			t.Errorf("CleanLine(%q) = %v, want ErrBadName", bad, err)
		}
	}
}
