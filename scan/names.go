package scan

import (
	"strings"
	"unicode"
)

// clean makes text from a file (a name, a QR code's content) safe to print:
// control and formatting characters become "?", and it is cut to n
// characters.
func clean(s string, n int) string {
	var b strings.Builder
	i := 0
	for _, r := range strings.ToValidUTF8(s, "?") {
		if i++; i > n {
			b.WriteString("…")
			break
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar {
			r = '?'
		}
		b.WriteRune(r)
	}
	return b.String()
}
