package layouts

// The scanners of highlight.go, one per language a listing may be in.

import (
	"strings"
)

var pythonKeywords = words(`False None True and as assert async await break class continue def
	del elif else except finally for from global if import in is lambda nonlocal not or pass
	raise return try while with yield`)

// scanPython: # comments; strings in one or three quotes, with their
// prefixes (f, r, b and the rest); keywords.
func scanPython(src string) []span {
	s := &scanner{src: src}
	return s.run(func() {
		c := src[s.pos]
		switch {
		case c == '#':
			s.emit(tokComment, lineEnd(src, s.pos))
		case c == '\'' || c == '"':
			s.emit(tokString, pyStringEnd(src, s.pos))
		case isWordStart(c):
			end := wordEnd(src, s.pos)
			word := src[s.pos:end]
			switch {
			case end < len(src) && (src[end] == '\'' || src[end] == '"') && len(word) <= 2 &&
				strings.Trim(strings.ToLower(word), "rbuf") == "":
				s.emit(tokString, pyStringEnd(src, end))
			case pythonKeywords[word]:
				s.emit(tokKeyword, end)
			default:
				s.emit(tokPlain, end)
			}
		default:
			s.plainRune()
		}
	})
}

// pyStringEnd is the end of the Python string whose quotes start at i.
func pyStringEnd(src string, i int) int {
	q := src[i : i+1]
	if !strings.HasPrefix(src[i:], q+q+q) {
		return quotedEnd(src, i, true)
	}
	for j := i + 3; j < len(src); j++ {
		if src[j] == '\\' {
			j++
			continue
		}
		if strings.HasPrefix(src[j:], q+q+q) {
			return j + 3
		}
	}
	return len(src)
}

var sqlKeywords = words(`ADD ALL ALTER ANALYZE AND AS ASC BEGIN BETWEEN BY CASCADE CASE CHECK COLUMN
	COMMIT CONCURRENTLY CONSTRAINT CREATE CROSS DEFAULT DEFERRABLE DELETE DESC DISTINCT DROP
	ELSE END EXISTS EXPLAIN FALSE FETCH FOR FOREIGN FROM FULL GROUP HAVING IF ILIKE IN INDEX
	INITIALLY DEFERRED INNER INSERT INTERSECT INTO IS JOIN KEY LEFT LIKE LIMIT LOCK NOT NOWAIT
	NULL OFFSET ON OR ORDER OUTER PRIMARY REFERENCES RETURNING RIGHT ROLLBACK ROW SAVEPOINT
	SELECT SET SKIP LOCKED TABLE THEN TRANSACTION TRUE UNION UNIQUE UPDATE USING VALUES WHEN
	WHERE WITH`)

// scanSQL: -- and /* */ comments; strings in single quotes, doubled to
// escape; keywords in any case.
func scanSQL(src string) []span {
	s := &scanner{src: src}
	return s.run(func() {
		c := src[s.pos]
		switch {
		case s.at("--"):
			s.emit(tokComment, lineEnd(src, s.pos))
		case s.at("/*"):
			s.emit(tokComment, s.upTo("*/"))
		case c == '\'':
			end := s.pos + 1
			for end < len(src) {
				if src[end] == '\'' {
					if end+1 < len(src) && src[end+1] == '\'' {
						end += 2
						continue
					}
					end++
					break
				}
				end++
			}
			s.emit(tokString, end)
		case c == '"':
			s.emit(tokPlain, quotedEnd(src, s.pos, false)) // a quoted name
		case isWordStart(c):
			end := wordEnd(src, s.pos)
			if sqlKeywords[strings.ToUpper(src[s.pos:end])] {
				s.emit(tokKeyword, end)
			} else {
				s.emit(tokPlain, end)
			}
		default:
			s.plainRune()
		}
	})
}

// scanMarkup scans HTML: <!-- --> comments, tag names bold, quoted
// attribute values as strings. With django, also a template's tags: {# #}
// and {% comment %} comments, the name of a {% tag %} bold, {{ variables }}
// plain.
func scanMarkup(src string, django bool) []span {
	s := &scanner{src: src}
	return s.run(func() {
		switch {
		case django && s.at("{#"):
			s.emit(tokComment, s.upTo("#}"))
		case django && s.at("{%") && strings.HasPrefix(strings.TrimLeft(src[s.pos+2:], " "), "comment"):
			s.emit(tokComment, s.upTo("endcomment"))
			if s.pos < len(src) {
				s.emit(tokComment, s.upTo("%}"))
			}
		case django && s.at("{%"):
			s.djangoTag()
		case django && s.at("{{"):
			s.emit(tokPlain, s.upTo("}}"))
		case s.at("<!--"):
			s.emit(tokComment, s.upTo("-->"))
		case s.at("<") && s.pos+1 < len(src) && (isWordStart(src[s.pos+1]) || src[s.pos+1] == '/' || src[s.pos+1] == '!'):
			s.markupTag(django)
		default:
			s.plainRune()
		}
	})
}

// djangoTag scans {% name args %}: the name bold, strings as strings.
func (s *scanner) djangoTag() {
	src := s.src
	s.emit(tokPlain, s.pos+2)
	for s.pos < len(src) && src[s.pos] == ' ' {
		s.emit(tokPlain, s.pos+1)
	}
	if s.pos < len(src) && isWordStart(src[s.pos]) {
		s.emit(tokKeyword, wordEnd(src, s.pos))
	}
	for s.pos < len(src) && !s.at("%}") && src[s.pos] != '\n' {
		if c := src[s.pos]; c == '\'' || c == '"' {
			s.emit(tokString, quotedEnd(src, s.pos, false))
			continue
		}
		s.plainRune()
	}
	if s.at("%}") {
		s.emit(tokPlain, s.pos+2)
	}
}

// markupTag scans <name attr="value"> or </name>: the name bold, quoted
// values as strings; a template's tags inside it are left to the caller.
func (s *scanner) markupTag(django bool) {
	src := s.src
	start := s.pos + 1
	if src[start] == '/' || src[start] == '!' {
		start++
	}
	s.emit(tokPlain, start)
	if s.pos < len(src) && isWordStart(src[s.pos]) {
		end := s.pos
		for end < len(src) && (isWord(src[end]) || src[end] == '-') {
			end++
		}
		s.emit(tokKeyword, end)
	}
	for s.pos < len(src) && src[s.pos] != '>' && src[s.pos] != '<' {
		if django && (s.at("{%") || s.at("{{") || s.at("{#")) {
			return
		}
		if c := src[s.pos]; c == '\'' || c == '"' {
			s.emit(tokString, quotedEnd(src, s.pos, false))
			continue
		}
		s.plainRune()
	}
	if s.pos < len(src) && src[s.pos] == '>' {
		s.emit(tokPlain, s.pos+1)
	}
}

// scanYAML scans line by line: # comments, keys bold, quoted strings; the
// lines of a block scalar (after "key: |" or "key: >") print plain.
func scanYAML(src string) []span {
	s := &scanner{src: src}
	block := -1 // the indentation of the key that opened a block scalar
	return s.run(func() {
		end := lineEnd(src, s.pos)
		line := src[s.pos:end]
		indent := len(line) - len(strings.TrimLeft(line, " "))
		switch {
		case block >= 0 && (strings.TrimSpace(line) == "" || indent > block):
			s.emit(tokPlain, end)
		default:
			block = -1
			if s.yamlLine(end) {
				block = indent
			}
		}
		if s.pos < len(src) {
			s.emit(tokPlain, s.pos+1) // the line break
		}
	})
}

// yamlLine scans one line up to end; it reports whether the line opens a
// block scalar.
func (s *scanner) yamlLine(end int) bool {
	src := s.src
	for s.pos < end && (src[s.pos] == ' ' || s.at("- ")) {
		s.emit(tokPlain, s.pos+1)
	}
	if s.pos < end && src[s.pos] != '#' && src[s.pos] != '\'' && src[s.pos] != '"' {
		rest := src[s.pos:end]
		if i := strings.Index(rest, ":"); i > 0 && (i == len(rest)-1 || rest[i+1] == ' ') && !strings.Contains(rest[:i], " #") {
			s.emit(tokKeyword, s.pos+i)
		}
	}
	opens := false
	for s.pos < end {
		c := src[s.pos]
		switch {
		case c == '#' && (s.pos == 0 || src[s.pos-1] == ' ' || src[s.pos-1] == '\n'):
			s.emit(tokComment, end)
		case c == '\'' || c == '"':
			s.emit(tokString, min(quotedEnd(src, s.pos, c == '"'), end))
		default:
			rest := strings.TrimSpace(src[s.pos:end])
			opens = opens || (c == ' ' && (rest == "|" || rest == ">" || rest == "|-" || rest == ">-" || rest == "|+" || rest == ">+"))
			s.plainRune()
		}
	}
	return opens
}

var shellKeywords = words(`if then else elif fi for while until do done case esac in function
	select return export local readonly set unset`)

// scanShell: # comments where a word starts, strings in quotes, keywords.
func scanShell(src string) []span {
	s := &scanner{src: src}
	return s.run(func() {
		c := src[s.pos]
		wordStart := s.pos == 0 || strings.ContainsRune(" \t\n;|&(", rune(src[s.pos-1]))
		switch {
		case c == '#' && wordStart:
			s.emit(tokComment, lineEnd(src, s.pos))
		case c == '\'':
			s.emit(tokString, quotedEnd(src, s.pos, false))
		case c == '"':
			s.emit(tokString, quotedEnd(src, s.pos, true))
		case isWordStart(c):
			end := s.pos
			for end < len(src) && (isWord(src[end]) || src[end] == '-' || src[end] == '.') {
				end++
			}
			endsWord := end == len(src) || strings.ContainsRune(" \t\n;|&)", rune(src[end]))
			if wordStart && endsWord && shellKeywords[src[s.pos:end]] {
				s.emit(tokKeyword, end)
			} else {
				s.emit(tokPlain, end)
			}
		default:
			s.plainRune()
		}
	})
}
