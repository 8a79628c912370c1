package layouts

// The documents' fonts and the rule for characters they lack.
//
// Every document prints in Liberation Sans (SIL Open Font License), embedded as
// a subset in every PDF. It is chosen over the Go fonts because it has the
// precomposed letters Vietnamese names need (ễ, ị, ơ, ư and the rest of Latin
// Extended Additional) besides Latin, Greek and Cyrillic, so a name prints in
// one family instead of a patchwork of fallbacks.
//
// A character no face has is never printed as an empty box: before drawing,
// every string is checked and the document refused with an *UnprintableError
// naming the character and where it is. Right-to-left letters are refused
// too, since fpdf neither reorders nor shapes them.

import (
	"errors"
	"fmt"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/sfnt"
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
// weights and greys rather than more faces. What the package parses itself,
// the table of printable characters, it parses once.
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

// glyphs is the set of Basic Multilingual Plane characters every face
// has, one bit per character. It is built once: parsing the faces is the
// slow part. fpdf keeps widths for the BMP only, so nothing above it prints.
var glyphs struct {
	once sync.Once
	bits [0x10000 / 64]uint64
	err  error
}

func loadGlyphs() {
	fonts := make([]*sfnt.Font, len(faces))
	for i, f := range faces {
		fonts[i], glyphs.err = sfnt.Parse(f.ttf)
		if glyphs.err != nil {
			glyphs.err = fmt.Errorf("font: %w", glyphs.err)
			return
		}
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x10000; r++ {
		all := true
		for _, f := range fonts {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				all = false
				break
			}
		}
		if all {
			glyphs.bits[r/64] |= 1 << (r % 64)
		}
	}
}

// unprintable says why r cannot be printed, or "" when it can.
func unprintable(r rune) (why string, bad bool) {
	if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
		return "right-to-left text is not supported", true
	}
	glyphs.once.Do(loadGlyphs)
	if glyphs.err != nil || r < 0 || r >= 0x10000 || glyphs.bits[r/64]&(1<<(r%64)) == 0 {
		return "", true
	}
	return "", false
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
