package layouts

// The documents' fonts and the rule for characters they lack.
//
// Every document prints in Liberation Sans (SIL Open Font License), embedded as
// a subset in every PDF. It is chosen over the Go fonts because it has the
// precomposed letters Vietnamese names need (ễ, ị, ơ, ư and the rest of Latin
// Extended Additional) besides Latin, Greek and Cyrillic, so a name prints in
// one family instead of a patchwork of fallbacks.
//
// Code listings print in Liberation Mono, from the same family and licence:
// its letters are as wide as its spaces, so columns line up as written. A
// document registers the monospace faces only when it prints a listing, so
// documents without one neither pay for them nor change.
//
// A character no face has is never printed as an empty box: before drawing,
// every string is checked and the document refused with an *UnprintableError
// naming the character and where it is. Right-to-left letters are refused
// too, since fpdf neither reorders nor shapes them.

import (
	"errors"
	"fmt"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationmonobold"
	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"golang.org/x/text/unicode/bidi"
)

// fontFamily is the name the documents' faces are registered under in fpdf.
const fontFamily = "LiberationSans"

// A fontFace is one embedded TrueType face and its fpdf style letter.
type fontFace struct {
	style string // "", "B"
	ttf   []byte
}

// faces are the faces every document embeds. Each face costs fpdf about
// four milliseconds per document to parse, hash and subset, and fpdf has no
// way to share a parsed face between documents, so the design uses two
// weights and greys rather than more faces. The table of characters every
// face has is computed from them by a test, not at run time
// (glyphs_gen.go).
var faces = []fontFace{
	{"", liberationsansregular.TTF},
	{"B", liberationsansbold.TTF},
}

// addFonts registers the faces with a document.
func addFonts(pdf *fpdf.Fpdf) {
	for _, f := range faces {
		pdf.AddUTF8FontFromBytes(fontFamily, f.style, f.ttf)
	}
}

// monoFamily is the name the listings' faces are registered under.
const monoFamily = "LiberationMono"

// monoFaces are the faces of code listings: regular for code, bold for
// its keywords.
var monoFaces = []fontFace{
	{"", liberationmonoregular.TTF},
	{"B", liberationmonobold.TTF},
}

// addMono registers the monospace faces with the document, once.
func (d *document) addMono() {
	if d.mono {
		return
	}
	for _, f := range monoFaces {
		d.pdf.AddUTF8FontFromBytes(monoFamily, f.style, f.ttf)
	}
	d.mono = true
}

// ErrUnprintable is matched, with errors.Is, by every error about text the
// documents cannot print.
var ErrUnprintable = errors.New("character cannot be printed")

// UnprintableError reports a character that the documents' fonts cannot
// print, and where in the kit it is.
type UnprintableError struct {
	Field  string // where the character is: "candidate name", `question "orm-n-plus-one" key point 2`
	Char   rune
	Reason string // why, when more can be said than that no font has it
}

func (e *UnprintableError) Error() string {
	msg := fmt.Sprintf("%s: character %q (U+%04X) cannot be printed", e.Field, string(e.Char), e.Char)
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	return msg
}

// Is makes errors.Is(err, ErrUnprintable) true.
func (e *UnprintableError) Is(target error) bool { return target == ErrUnprintable }

// unprintable says why r cannot be printed, or "" when it can.
func unprintable(r rune) (why string, bad bool) {
	if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
		return "right-to-left text is not supported", true
	}
	return "", !inGlyphRanges(glyphRanges[:], r)
}

// unprintableCode says why r cannot be printed in a listing, or "" when
// it can.
func unprintableCode(r rune) (why string, bad bool) {
	switch {
	case r == '\t':
		return "a tab; indent with spaces", true
	case r < 0x20 || r == 0x7f:
		return "a control character", true
	}
	if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
		return "right-to-left text is not supported", true
	}
	return "", !inGlyphRanges(monoGlyphRanges[:], r)
}

// checkPrintable returns an *UnprintableError for the first character of s
// that cannot be printed, or nil. s is text as tidyText leaves it.
func checkPrintable(field, s string) error {
	for _, r := range s {
		if r < 0x80 && r >= 0x20 {
			continue
		}
		if why, bad := unprintable(r); bad {
			return &UnprintableError{Field: field, Char: r, Reason: why}
		}
	}
	return nil
}
