package archive

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// foldName is a name as search compares it: accents removed, case folded,
// spaces collapsed, so "ana lopez" finds "Ana López" and "ANA  LÓPEZ".
func foldName(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	s = unaccented.Replace(cases.Fold().String(s))
	return strings.Join(strings.Fields(s), " ")
}

// unaccented spells out the letters that carry no combining mark to
// remove: "Łukasz" is found by "lukasz", "Søren" by "soren".
var unaccented = strings.NewReplacer("ł", "l", "ø", "o", "đ", "d", "ħ", "h", "ı", "i", "æ", "ae", "œ", "oe", "þ", "th", "ð", "d")

// MatchesName reports whether query finds name the way export --candidate
// does: a case- and accent-insensitive substring.
func MatchesName(name, query string) bool {
	return strings.Contains(foldName(name), foldName(query))
}
