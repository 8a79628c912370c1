package layouts

import "sort"

// A glyphRange is a run of characters, lo to hi inclusive, that every
// face has; glyphs_gen.go lists them, computed from the faces by a test so
// no run of the command parses the faces to find out. fpdf keeps widths for
// the Basic Multilingual Plane only, so nothing above it prints.
type glyphRange struct{ lo, hi uint16 }

// inGlyphRanges reports whether every packet face has a glyph for r.
func inGlyphRanges(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	i := sort.Search(len(glyphRanges), func(i int) bool { return rune(glyphRanges[i].hi) >= r })
	return i < len(glyphRanges) && rune(glyphRanges[i].lo) <= r
}
