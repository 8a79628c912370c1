package layouts

// Text in a document is wrapped prose: nothing is clipped, and only header
// fields, which have one line, are shortened, with an ellipsis.

import (
	"strings"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"
)

// tidyText makes text printable as wrapped prose. It composes accents (NFC),
// so "Nguyễn" typed with combining marks uses the fonts' precomposed letters;
// drops invisible format characters (zero-width joiners, soft hyphens,
// direction marks, variation selectors); and makes every run of white space
// or control characters one space.
func tidyText(s string) string {
	if tidyASCII(s) {
		return s // most of a bank's text: nothing to do
	}
	return tidyFull(s)
}

// tidyFull applies tidyText's rules in full.
func tidyFull(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tidyASCII reports whether s is printable ASCII with single spaces between
// words, which tidyText would return unchanged.
func tidyASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// ellipsis is appended to text shortened to fit.
const ellipsis = "…"

// fitText shortens s with an ellipsis until it fits width w in the current
// font. It is for one-line fields such as page headers only.
func fitText(pdf *fpdf.Fpdf, s string, w float64) string {
	if pdf.GetStringWidth(s) <= w {
		return s
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		t := strings.TrimRightFunc(string(runes[:n]), unicode.IsSpace) + ellipsis
		if pdf.GetStringWidth(t) <= w {
			return t
		}
	}
	return ellipsis
}

// wrapText breaks s into lines no wider than w in the current font. A word
// wider than a line is broken between characters rather than let run off the
// page. Empty text has no lines.
func wrapText(pdf *fpdf.Fpdf, s string, w float64) []string {
	if s == "" {
		return nil
	}
	return pdf.SplitText(s, w)
}
