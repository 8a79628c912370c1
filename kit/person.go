package kit

// This file holds the two rules about people's names. CleanName decides what
// a name may hold, whichever way it comes in (a flag, a plan file, a
// manifest, a scoresheet cell, a schedule row). PersonKey decides who is the
// same person: case, spacing and the accents of Latin letters are ignored,
// so "Ana López", "ana lopez" and "Ana  Lopez" are one interviewer in the
// coverage matrix, the loop summary, the scoresheet's formulas and the
// archive's reports. The scoresheet mirrors PersonKey by formula, with
// PersonSpaces, PersonCapitals and PersonFolds as its substitution tables,
// so the fold is a finite table that a spreadsheet can apply, not
// open-ended Unicode decomposition.

import (
	"errors"
	"fmt"
	"math"
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

// CleanLine is CleanName without the length limit, for a name or title
// read back from a file (a completed scoresheet), whose length an earlier
// run decided: the characters CleanName refuses are refused, whatever the
// length.
func CleanLine(s string) (string, error) { return cleanText(s, math.MaxInt) }

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

// PersonSpaces are the characters besides ' ' that PersonKey takes for
// spaces (tab, line breaks, the no-break space and the other Unicode
// spaces: everything unicode.IsSpace reports), in code point order. A
// formula that mirrors PersonKey turns each into ' ' before it trims and
// collapses runs of spaces.
func PersonSpaces() []rune { return slices.Clone(personSpaces()) }

var personSpaces = sync.OnceValue(func() []rune {
	var out []rune
	for _, r16 := range unicode.White_Space.R16 {
		for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
			if r != ' ' {
				out = append(out, r)
			}
		}
	}
	for _, r32 := range unicode.White_Space.R32 {
		for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
			out = append(out, r)
		}
	}
	return out
})

// PersonCapitals lists the capital (and title-case) letters of the Latin
// blocks PersonFolds covers and of the Greek block, each with what
// PersonKey makes of it: its lower case, folded ("Ó" gives "o", "ẞ" gives
// "ss", "Ƚ" gives "ƚ", "Σ" gives "σ"). PersonKey needs no such table, since
// unicode.ToLower knows every capital; a spreadsheet's LOWER does not:
// LibreOffice 7.4 leaves İ, Ƚ, Ỻ and about thirty others as they are,
// turns a final Σ into ς, and a LOWER following Unicode's special casing
// turns İ into "i̇", two characters. A formula that mirrors PersonKey
// substitutes these before LOWER, so the key of a Latin or Greek name never
// depends on the program's case tables.
func PersonCapitals() []Fold { return slices.Clone(personCapitals()) }

var personCapitals = sync.OnceValue(func() []Fold {
	var out []Fold
	for _, block := range append(slices.Clone(latinBlocks), greekBlock) {
		for r := block[0]; r <= block[1]; r++ {
			if (unicode.IsUpper(r) || unicode.IsTitle(r)) && unicode.ToLower(r) != r {
				out = append(out, Fold{From: r, To: PersonKey(string(r))})
			}
		}
	}
	return out
})

// latinBlocks are the Unicode blocks whose letters PersonKey folds:
// Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional.
var latinBlocks = [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}}

// greekBlock is Greek and Coptic, whose capitals PersonCapitals lists too.
var greekBlock = [2]rune{0x0370, 0x03FF}

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
	for _, block := range latinBlocks {
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
