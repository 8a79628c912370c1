package scan

import (
	"github.com/interviewkit/interviewkit/internal/printable"
)

// clean makes text from a file (a library's message, a QR code's content)
// safe to print, by the one rule for that (printable.Escape), and cuts it
// to n characters.
func clean(s string, n int) string {
	s = printable.Escape(s)
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
