// Package catalog is the message catalogue of everything interviewkit
// prints on paper and in a scoresheet: headings, column titles,
// instructions, page furniture, the rating scale's and the
// recommendations' default names, the policy's sentences, dates and
// numbers, in every language a kit can be printed in (Languages).
//
// The catalogue is a typed Go table rather than golang.org/x/text's
// message catalogue, on purpose. Every message is a Message constant, so a
// renderer names a message the compiler checks; x/text looks messages up
// by their English text as a string, and a typo or an edited English
// sentence silently prints the key untranslated. The set of languages is
// closed (a team's settings are checked against Languages), so
// x/text's language matching buys nothing, and x/text formats neither
// dates nor weekday and month names, which a printed form needs; the one
// plural the forms need ("1 question", "8 questions") is two messages.
// A test proves the catalogue complete: every message in every language,
// with the same placeholders.
//
// To add a language: add its tag to Languages, write its table (a copy of
// english.go, every sentence rewritten by someone who writes the language
// well), its month and weekday names and its date and number forms in
// dates.go, and run the catalogue's tests.
//
// The catalogue holds words only: no rule, no layout, no import but the
// standard library, so kit can name its defaults with it and the renderers
// print with it.
package catalog
