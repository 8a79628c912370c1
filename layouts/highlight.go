package layouts

// Emphasis for code listings, in greys only: keywords bold, comments grey,
// strings and everything else plain. Each language of kit.Languages has a
// small hand-written scanner here (TestEveryLanguageHasAScanner). A scanner
// does not parse: emphasis is a reading aid, so what a scanner does not
// recognise prints plain, and no input can make one fail. A tokenizer
// library (chroma) was weighed: its lexers would do, but it brings some
// three hundred of them, and styles, for the six this needs.
//
// A scanner turns a whole listing into spans, so a string or comment may
// run over several lines (Python's triple quotes, SQL's /* */, HTML's
// <!-- -->); highlight then cuts the spans into lines.

import (
	"strings"
	"unicode/utf8"
)

// tokenKind is how a piece of code is emphasised.
type tokenKind uint8

const (
	tokPlain   tokenKind = iota
	tokKeyword           // bold
	tokComment           // grey
	tokString            // plain, but never a keyword or a comment
)

// span is a run of code of one kind.
type span struct {
	kind tokenKind
	text string
}

// scanners are the languages' scanners; "text" prints plain.
var scanners = map[string]func(string) []span{
	"python":          scanPython,
	"sql":             scanSQL,
	"django-template": func(s string) []span { return scanMarkup(s, true) },
	"html":            func(s string) []span { return scanMarkup(s, false) },
	"yaml":            scanYAML,
	"shell":           scanShell,
	"text":            func(s string) []span { return []span{{tokPlain, s}} },
}

// highlight cuts a listing's text into lines of spans, emphasised as its
// language's scanner says; a language without one prints plain.
func highlight(lang, text string) [][]span {
	scan := scanners[lang]
	if scan == nil {
		scan = scanners["text"]
	}
	var lines [][]span
	var cur []span
	for _, sp := range scan(text) {
		for {
			before, after, more := strings.Cut(sp.text, "\n")
			if before != "" {
				cur = append(cur, span{sp.kind, before})
			}
			if !more {
				break
			}
			lines = append(lines, cur)
			cur = nil
			sp.text = after
		}
	}
	return append(lines, cur)
}

// scanner walks a listing's source, emitting spans; adjacent spans of one
// kind merge.
type scanner struct {
	src string
	pos int
	out []span
}

// emit makes the source up to end a span of kind; nothing when end is not
// past the place.
func (s *scanner) emit(kind tokenKind, end int) {
	end = min(end, len(s.src))
	if end <= s.pos {
		return
	}
	text := s.src[s.pos:end]
	s.pos = end
	if n := len(s.out); n > 0 && s.out[n-1].kind == kind {
		s.out[n-1].text += text
		return
	}
	s.out = append(s.out, span{kind, text})
}

// plainRune emits the character at the scanner's place as plain.
func (s *scanner) plainRune() {
	_, n := utf8.DecodeRuneInString(s.src[s.pos:])
	s.emit(tokPlain, s.pos+n)
}

// run calls step until the source is scanned; a step that does not move
// on has the character at the place printed plain, so no input stalls a
// scanner.
func (s *scanner) run(step func()) []span {
	for s.pos < len(s.src) {
		before := s.pos
		step()
		if s.pos == before {
			s.plainRune()
		}
	}
	return s.out
}

func (s *scanner) at(prefix string) bool { return strings.HasPrefix(s.src[s.pos:], prefix) }

// upTo is the end of the first until after the place, or the end of the
// source.
func (s *scanner) upTo(until string) int {
	if i := strings.Index(s.src[s.pos:], until); i >= 0 {
		return s.pos + i + len(until)
	}
	return len(s.src)
}

// lineEnd is where the line at i ends, before its line break.
func lineEnd(src string, i int) int {
	if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

func isWordStart(c byte) bool { return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func isWord(c byte) bool { return isWordStart(c) || ('0' <= c && c <= '9') }

// wordEnd is the end of the word starting at i.
func wordEnd(src string, i int) int {
	for i < len(src) && isWord(src[i]) {
		i++
	}
	return i
}

// quotedEnd is the end of a string opened by the quote at i, closed by the
// same quote on its line; backslash escapes the next character when
// escapes is set. An unclosed string ends with its line.
func quotedEnd(src string, i int, escapes bool) int {
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch {
		case src[j] == '\n':
			return j
		case escapes && src[j] == '\\':
			j++
		case src[j] == q:
			return j + 1
		}
	}
	return len(src)
}

// words is a set of keywords.
func words(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
