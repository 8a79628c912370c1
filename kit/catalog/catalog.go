package catalog

import (
	"fmt"
	"strconv"
	"strings"
)

// The languages a kit can be printed in, as BCP 47 tags.
const (
	English = "en"
	German  = "de"
)

// Languages are the languages a kit can be printed in, English first.
var Languages = []string{English, German}

// tables holds each language's messages, indexed by Message.
var tables = map[string]*[count]string{English: &english, German: &german}

// Printer prints messages, numbers and dates in one language.
type Printer struct {
	lang  string
	table *[count]string
}

// For is the printer of a language; an unknown or empty language is
// English, so a kit made before languages existed prints as it did.
func For(lang string) Printer {
	t, ok := tables[lang]
	if !ok {
		return Printer{English, &english}
	}
	return Printer{lang, t}
}

// Language is the printer's language tag ("en", "de").
func (p Printer) Language() string { return p.lang }

// T is message m; with args, its placeholders filled in as fmt.Sprintf
// does. A message without args is returned as written.
func (p Printer) T(m Message, args ...any) string {
	s := p.table[m]
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Number writes a number as the language writes it: the shortest decimal,
// "2.75" in English, "2,75" in German; "2" for 2.0.
func (p Printer) Number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if p.lang == German {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Count is "1 question" or "8 questions": the message one for n == 1,
// else many with n.
func (p Printer) Count(n int, one, many Message) string {
	if n == 1 {
		return p.T(one)
	}
	return p.T(many, n)
}
