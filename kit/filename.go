package kit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// latin maps letters that do not decompose into a base letter plus accents.
var latin = map[rune]string{
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ø': "o", 'Ø': "O", 'ß': "ss",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ı': "i", 'þ': "th", 'Þ': "Th", 'ð': "d", 'Ð': "D",
}

// windowsReserved are names Windows refuses as files, whatever the extension.
var windowsReserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true}

// Slug turns a person's name or a title into a safe file-name part that is
// still recognisable: "Zoë O'Brien-Łukasiewicz" becomes
// "zoe-obrien-lukasiewicz". Accents are dropped, other scripts are kept as
// letters, and anything that could form a path (slashes, dots, control
// characters) is removed. The result is at most 48 bytes and never empty:
// fallback is returned when nothing usable remains.
func Slug(s, fallback string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		case latin[r] != "":
			b.WriteString(strings.ToLower(latin[r]))
			dash = false
		case r == '\'' || r == '’' || r == '`':
			continue // O'Brien -> obrien
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
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
