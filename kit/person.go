package kit

// This file holds the two rules about people's names. CleanName decides what
// a name may hold, whichever way it comes in (a flag, a plan file, a
// manifest, a scoresheet cell, a schedule row). PersonKey decides who is the
// same person: case, spacing and the accents of Latin letters are ignored,
// so "Ana López", "ana lopez" and "Ana  Lopez" are one interviewer in the
// coverage matrix, the loop summary, the scoresheet's formulas and the
// archive's reports. The scoresheet mirrors PersonKey by formula, with
// PersonFolds as its substitution table, so the fold is a finite table that
// a spreadsheet can apply, not open-ended Unicode decomposition.

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrBadName marks a name refused by CleanName; the error is a *NameError.
var ErrBadName = errors.New("bad name")

// NameError says why a name was refused. Field is what the caller calls
// the name ("--candidate", "interviewer"); CleanName leaves it empty for the
// caller to fill.
type NameError struct {
	Field  string
	Reason string
}

func (e *NameError) Error() string {
	if e.Field == "" {
		return "name " + e.Reason
	}
	return e.Field + " " + e.Reason
}

// Is makes errors.Is(err, ErrBadName) true.
func (e *NameError) Is(target error) bool { return target == ErrBadName }

// CleanName returns a person's name as it is printed: spaces trimmed and
// runs of spaces collapsed. It refuses what CleanTitle refuses, and names
// longer than MaxNameLen runes. An empty name is returned as "" without
// error; callers that need a name say so.
func CleanName(s string) (string, error) { return cleanText(s, MaxNameLen) }

// CleanTitle is CleanName for a round title or a role: the same characters
// refused (control characters, line breaks, and invisible formatting
// characters, since a right-to-left override would make a spreadsheet show
// "Ana\u202Efdp.exe" as "Ana exe.pdf"), and at most MaxTitleLen runes.
func CleanTitle(s string) (string, error) { return cleanText(s, MaxTitleLen) }

func cleanText(s string, maxLen int) (string, error) {
	if !utf8.ValidString(s) {
		return "", &NameError{Reason: "is not valid UTF-8"}
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			return "", &NameError{Reason: "contains a line break"}
		case unicode.IsControl(r) && r != '\t':
			return "", &NameError{Reason: fmt.Sprintf("contains a control character (%U)", r)}
		case unicode.Is(unicode.Cf, r):
			return "", &NameError{Reason: fmt.Sprintf("contains an invisible formatting character (%U)", r)}
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	if n := utf8.RuneCountInString(s); n > maxLen {
		return "", &NameError{Reason: fmt.Sprintf("is %d characters; at most %d fit a page header", n, maxLen)}
	}
	return s, nil
}

// PersonKey is a name as identity compares it: spaces trimmed and
// collapsed, lower case, and the accents of Latin letters dropped
// ("Ana  LÓPEZ" gives "ana lopez"). Two names with the same key are the
// same person. "" means no one is named.
func PersonKey(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return ""
	}
	folds := personFolds()
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name {
		r = unicode.ToLower(r)
		if f, ok := folds.index[r]; ok {
			b.WriteString(folds.pairs[f].To)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SamePerson reports whether two names name the same person. Two empty
// names do not: nobody named is nobody known.
func SamePerson(a, b string) bool {
	ka := PersonKey(a)
	return ka != "" && ka == PersonKey(b)
}

// MatchesPerson reports whether query finds name the way a search for a
// person does: PersonKey of the query inside PersonKey of the name, so
// "lopez" finds "Ana López".
func MatchesPerson(name, query string) bool {
	return strings.Contains(PersonKey(name), PersonKey(query))
}

// Fold is one substitution of PersonKey's table: a lower-case Latin letter
// with accents and what it becomes.
type Fold struct {
	From rune
	To   string
}

// PersonFolds is PersonKey's table of substitutions, applied after lower
// case, in a fixed order; a spreadsheet formula that mirrors PersonKey
// applies the same substitutions in this order.
func PersonFolds() []Fold { return slices.Clone(personFolds().pairs) }

// foldTable is the substitution table with an index by rune.
type foldTable struct {
	pairs []Fold
	index map[rune]int
}

// latinSpecial are letters with no decomposition into a base letter plus
// accents, spelled as a person would type them without the accent.
var latinSpecial = map[rune]string{
	'ł': "l", 'đ': "d", 'ø': "o", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ı': "i",
	'þ': "th", 'ð': "d", 'ħ': "h", 'ŧ': "t", 'ŋ': "n", 'ƀ': "b", 'ƚ': "l", 'ɨ': "i", 'ʉ': "u",
}

// personFolds builds the table once: every lower-case letter of the Latin
// blocks (Latin-1, Extended-A and -B, Extended Additional) whose canonical
// decomposition is an ASCII letter plus combining marks, and latinSpecial.
var personFolds = sync.OnceValue(func() foldTable {
	t := foldTable{index: map[rune]int{}}
	add := func(r rune, to string) {
		if _, dup := t.index[r]; dup {
			return
		}
		t.index[r] = len(t.pairs)
		t.pairs = append(t.pairs, Fold{From: r, To: to})
	}
	for _, block := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			if !unicode.IsLower(r) {
				continue
			}
			if to, ok := latinSpecial[r]; ok {
				add(r, to)
				continue
			}
			d := []rune(norm.NFD.String(string(r)))
			if len(d) < 2 || d[0] > unicode.MaxASCII || !unicode.IsLetter(d[0]) {
				continue
			}
			if !slices.ContainsFunc(d[1:], func(m rune) bool { return !unicode.Is(unicode.Mn, m) }) {
				add(r, string(d[0]))
			}
		}
	}
	return t
})
