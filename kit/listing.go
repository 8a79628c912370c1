package kit

// This file holds the rules for code listings: the languages a listing may
// be in, how wide and long one may be, and what its text may hold. A
// listing prints verbatim, in a monospace font with a number on every line,
// in the interviewer's packet and on the candidate's handout alike, so both
// people in the room can say "line 12" and mean the same line.
//
// MaxListingColumns is the one width rule: the layouts test proves that a
// line of that many characters, with its line number, fits the text width
// of the packet and the handout on A4 and on US Letter, and validate refuses
// a longer line, naming it. The documents still wrap a longer line (a kit
// may be built without a bank) with a continuation mark, keeping its number.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Listing is a piece of code a question is about, printed verbatim with
// line numbers: a view to debug, a template with an N+1, a migration to
// review, a traceback to read. Field names match the bank's YAML and the
// JSON output.
type Listing struct {
	Language string `yaml:"language" json:"language"`
	// Title names the listing, usually its file: "shop/views.py".
	Title string `yaml:"title,omitempty" json:"title,omitempty"`
	// Text is the code as written, line breaks kept, without a final line
	// break.
	Text string `yaml:"text" json:"text"`
}

// Language is a language a listing may be written in; the documents
// highlight each one's keywords, comments and strings in greys.
type Language struct {
	ID    string // as the bank spells it: "python"
	Title string // as printed: "Python"
}

// Languages are the languages a listing may be in. "text" is printed
// without emphasis: a traceback, a log, command output.
var Languages = []Language{
	{"python", "Python"},
	{"sql", "SQL"},
	{"django-template", "Django template"},
	{"html", "HTML"},
	{"yaml", "YAML"},
	{"shell", "Shell"},
	{"text", "Text"},
}

// LanguageIDs lists the ids of Languages, in order.
func LanguageIDs() []string {
	ids := make([]string, len(Languages))
	for i, l := range Languages {
		ids[i] = l.ID
	}
	return ids
}

// LanguageNamed returns the language with the id.
func LanguageNamed(id string) (Language, bool) {
	for _, l := range Languages {
		if l.ID == id {
			return l, true
		}
	}
	return Language{}, false
}

// Limits on listings.
const (
	// MaxListingColumns is the most characters a listing line may hold: 88,
	// the line length of the black formatter, which Django's own code uses.
	// The documents print it whole at their listing size on A4 and Letter.
	MaxListingColumns = 88
	// MaxListingLines is the most lines a listing may have; the documents
	// number lines with up to three digits.
	MaxListingLines = 300
	// MaxListingTitle is the most characters in a listing's title.
	MaxListingTitle = 80
	// MaxListings is the most listings one question may carry.
	MaxListings = 8
)

// Lines returns the listing's lines, its text split at line breaks.
func (l Listing) Lines() []string {
	if l.Text == "" {
		return nil
	}
	return strings.Split(l.Text, "\n")
}

// Columns is the number of characters a listing line takes in a
// monospace font: its runes, combining marks excepted.
func Columns(line string) int {
	n := 0
	for _, r := range line {
		if !unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}

// ListingProblem is one thing wrong with a listing. Line is the listing's
// line it concerns, from 1, or 0 for the listing as a whole.
type ListingProblem struct {
	Field string // "language", "title" or "text"
	Line  int
	Msg   string
}

// Check returns every problem of the listing: an unknown language, a
// missing or overlong title, no text, too many lines, and each line that
// is wider than MaxListingColumns or holds a tab, trailing spaces or a
// control character.
func (l Listing) Check() []ListingProblem {
	var out []ListingProblem
	whole := func(field, format string, args ...any) {
		out = append(out, ListingProblem{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	switch _, ok := LanguageNamed(l.Language); {
	case l.Language == "":
		whole("language", "needs a language, one of %s", strings.Join(LanguageIDs(), ", "))
	case !ok:
		whole("language", "unknown language %q%s; known languages: %s", l.Language, didYouMean(l.Language, LanguageIDs()), strings.Join(LanguageIDs(), ", "))
	}
	if strings.ContainsAny(l.Title, "\r\n") {
		whole("title", "title must be one line")
	} else if n := utf8.RuneCountInString(l.Title); n > MaxListingTitle {
		whole("title", "title is %d characters; keep it to %d, such as the file's name", n, MaxListingTitle)
	}
	lines := l.Lines()
	if strings.TrimSpace(l.Text) == "" {
		whole("text", "needs text: the code, as a literal block (text: |)")
		return out
	}
	if len(lines) > MaxListingLines {
		whole("text", "has %d lines; a listing holds at most %d", len(lines), MaxListingLines)
	}
	for i, line := range lines {
		for _, msg := range lineProblems(line) {
			out = append(out, ListingProblem{Field: "text", Line: i + 1, Msg: msg})
		}
	}
	return out
}

// lineProblems says what is wrong with one line of a listing.
func lineProblems(line string) []string {
	var out []string
	if n := Columns(line); n > MaxListingColumns {
		out = append(out, fmt.Sprintf("is %d characters wide; a listing line holds at most %d, so it prints whole on A4 and Letter", n, MaxListingColumns))
	}
	if strings.ContainsRune(line, '\t') {
		out = append(out, "holds a tab; indent and align with spaces, so the columns print as written")
	}
	if trimmed := strings.TrimRight(line, " \t"); len(trimmed) < len(line) && !strings.ContainsRune(line[len(trimmed):], '\t') {
		out = append(out, "ends in spaces; remove them, a reader cannot see them")
	}
	for _, r := range line {
		if r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
			out = append(out, fmt.Sprintf("holds the invisible character U+%04X; a reader cannot see it", r))
			break
		}
	}
	return out
}
