package kit

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// windowsReserved are names Windows refuses as files, whatever the extension.
var windowsReserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true}

// Slug turns a person's name or a title into a safe file-name part that is
// still recognisable: "Zoë O'Brien-Łukasiewicz" becomes
// "zoe-obrien-lukasiewicz". Accents are dropped and Latin letters folded as
// PersonKey folds them (PersonFolds: "ł" is "l", "ß" is "ss"), so a file
// name drops no more and no less than identity ignores; other scripts are
// kept as letters, and anything that could form a path (slashes, dots,
// control characters) is removed. The result is at most 48 bytes and never empty:
// fallback is returned when nothing usable remains.
func Slug(s, fallback string) string {
	folds := slugFolds()
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		case r == '\'' || r == '’' || r == '`':
			continue // O'Brien -> obrien
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if to, ok := folds[r]; ok {
				b.WriteString(to)
			} else {
				b.WriteRune(r)
			}
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
		if b.Len() >= 48 {
			break
		}
	}
	out := strings.Trim(b.String(), "-")
	for len(out) > 48 {
		// cut on a rune boundary
		r := []rune(out)
		out = strings.Trim(string(r[:len(r)-1]), "-")
	}
	if out == "" || windowsReserved[out] {
		return fallback
	}
	return out
}

// slugFolds indexes PersonFolds by letter. Letters that decompose into a
// base letter and accents are split by NFKD before Slug looks them up; the
// table adds the letters that do not, such as "ł" and "ß".
var slugFolds = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{}
	for _, f := range PersonFolds() {
		m[f.From] = f.To
	}
	return m
})
