// Package printable holds the one rule for printing text that came from
// outside: a path, a file name, a sheet, a name or an ID read back from a
// file. Such text is shown, never obeyed: a control character (an escape
// sequence that recolours or clears the terminal), a line break (a forged
// "archived" line), a character that reorders text (U+202E shows
// "Ana\u202Efdp.exe" as "Anaexe.pdf") or a byte that is not UTF-8 is
// printed as a Go escape instead (\x1b, \n, \u202e, \xff). Printable text,
// accents and all scripts, is left as it is. It imports the standard
// library only, so its fuzz test runs fast.
package printable

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape is s as it may be printed: see the package comment.
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !escaped(r):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += size
	}
	return b.String()
}

// needsEscape reports whether Escape would change s.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || escaped(r) {
			return true
		}
		i += size
	}
	return false
}

// escaped reports the characters Escape writes as escapes: control
// characters (C0, DEL, C1, tabs and line breaks among them), the line and
// paragraph separators, and invisible formatting characters (Unicode's
// Cf: the bidirectional overrides, isolates and marks, zero-width
// characters, the byte-order mark).
func escaped(r rune) bool {
	return unicode.IsControl(r) || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Cf, r)
}
