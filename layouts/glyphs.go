package layouts

import "sort"

// A glyphRange is a run of characters, lo to hi inclusive, that every face
// of a set has. glyphs_gen.go lists the runs of the documents' faces
// (glyphRanges) and of the listings' monospace faces (monoGlyphRanges),
// computed from the faces by a test, so no run of the command parses a face
// to find out. fpdf keeps widths for the Basic Multilingual Plane only, so
// nothing above it prints.
type glyphRange struct{ lo, hi uint16 }

// inGlyphRanges reports whether r lies in one of the ordered ranges.
func inGlyphRanges(ranges []glyphRange, r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	i := sort.Search(len(ranges), func(i int) bool { return rune(ranges[i].hi) >= r })
	return i < len(ranges) && rune(ranges[i].lo) <= r
}
