package kit

// This file holds the limits on every count a bank controls, and the rule
// for the characters its prose may hold. A bank may come from anyone (a
// colleague's folder, a download), so each count has its own limit, checked
// once the files are decoded and before anything multiplies by it: the
// files' bytes are bounded while they are read (bank.go), and these bound
// what those bytes may declare. Each limit is far above what a real bank
// needs: the Django bank has 14 files, 186 questions, 14 areas and 5 rounds
// in its loop.

import (
	"fmt"
	"unicode"
)

// Limits on a bank.
const (
	// MaxBankFiles is the most .yaml files a bank folder may hold.
	MaxBankFiles = 1000
	// MaxQuestions is the most questions a bank may hold.
	MaxQuestions = 5000
	// MaxTerms is the most levels, areas or stages a bank may define, each.
	MaxTerms = 100
	// MaxListItems is the most follow-ups or red flags of a question.
	MaxListItems = 20
)

const (
	// maxBankFile bounds one bank file; a bank is prose typed by people,
	// so anything larger is a mistake, not a bank.
	maxBankFile = 8 << 20
	// maxBankBytes bounds a bank's files together: about 3,500 questions
	// as wordy as the Django bank's.
	maxBankBytes = 8 << 20
	// maxBankEntries bounds the files and folders walked to find a bank's
	// .yaml files.
	maxBankEntries = 20_000
)

// validateCounts checks every count of the bank against its limit.
func (p *parser) validateCounts() {
	b := p.bank
	if n := len(b.Questions); n > MaxQuestions {
		q := b.Questions[MaxQuestions]
		p.problem(q.File, q.Line, "", "the bank holds %d questions; a bank has at most %d", n, MaxQuestions)
	}
	for _, t := range []struct {
		kind string
		n    int
	}{{"levels", len(b.Levels)}, {"areas", len(b.Areas)}, {"stages", len(b.Stages)}} {
		if t.n > MaxTerms {
			file, line := splitWhere(p.defined[t.kind])
			p.problem(file, line, "", "the bank defines %d %s; a bank has at most %d", t.n, t.kind, MaxTerms)
		}
	}
	if n := len(b.Loop); n > MaxRounds {
		r := b.Loop[MaxRounds]
		p.problem(r.File, r.Line, "", "the bank's loop has %d rounds; a loop has at most %d", n, MaxRounds)
	}
	for _, q := range b.Questions {
		for _, l := range []struct {
			field string
			n     int
		}{{"follow_ups", len(q.FollowUps)}, {"red_flags", len(q.RedFlags)}} {
			if l.n > MaxListItems {
				p.problem(q.File, p.fieldLines[q][l.field], q.ID, "%s has %d entries; at most %d", l.field, l.n, MaxListItems)
			}
		}
	}
}

// CheckProse says why text from a bank cannot be shown as it is, or
// returns nil: control characters other than line breaks and tabs (an
// escape sequence would drive a terminal that lists the bank), and the
// characters that reorder text behind a reader's back (bidirectional
// embeddings, overrides, isolates and marks, as in "Trojan Source"). Other
// invisible characters, such as the zero-width joiner some scripts need,
// are allowed in prose; names refuse them too (CleanName).
func CheckProse(s string) error {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case unicode.IsControl(r):
			return fmt.Errorf("contains a control character (%U)", r)
		case bidiControl(r):
			return fmt.Errorf("contains a character that reorders text (%U)", r)
		}
	}
	return nil
}

// bidiControl reports the characters that change the order text is shown
// in: U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069.
func bidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// validateProse checks every text of the bank with CheckProse.
func (p *parser) validateProse() {
	b := p.bank
	bankFile, bankLine := splitWhere(p.defined["bank"])
	for _, f := range []struct{ what, s string }{
		{"bank title", b.Title}, {"bank role", b.Role}, {"bank description", b.Description}, {"bank written_for", b.WrittenFor},
	} {
		if err := CheckProse(f.s); err != nil {
			p.problem(bankFile, bankLine, "", "%s %v", f.what, err)
		}
	}
	for _, w := range p.termWhere {
		var texts []string
		switch w.kind {
		case "level":
			l := b.Levels[w.index]
			texts = []string{l.Title, l.Years, l.Description}
		case "area":
			texts = []string{b.Areas[w.index].Title, b.Areas[w.index].Description}
		case "stage":
			texts = []string{b.Stages[w.index].Title, b.Stages[w.index].Description}
		}
		for _, s := range texts {
			if err := CheckProse(s); err != nil {
				p.problem(w.file, w.line, "", "%s %v", w.kind, err)
				break
			}
		}
	}
	for _, q := range b.Questions {
		lines := p.fieldLines[q]
		for _, f := range questionTexts(q) {
			if err := CheckProse(f.s); err != nil {
				line := lines[f.field]
				if line == 0 {
					line = q.Line
				}
				p.problem(q.File, line, q.ID, "%s %v", f.what, err)
			}
		}
	}
}

// questionTexts lists a question's prose with its field and a name for it.
func questionTexts(q *Question) []struct{ field, what, s string } {
	out := []struct{ field, what, s string }{
		{"question", "question", q.Text}, {"why", "why", q.Why}, {"version_note", "version_note", q.VersionNote},
	}
	for _, l := range []struct {
		field string
		items []string
	}{{"key_points", q.KeyPoints}, {"follow_ups", q.FollowUps}, {"red_flags", q.RedFlags}} {
		for i, s := range l.items {
			out = append(out, struct{ field, what, s string }{l.field, fmt.Sprintf("%s entry %d", l.field, i+1), s})
		}
	}
	for i, s := range q.Rubric {
		out = append(out, struct{ field, what, s string }{"rubric", fmt.Sprintf("rubric %d", i+1), s})
	}
	if q.STAR != nil {
		for _, s := range []struct{ name, v string }{{"situation", q.STAR.Situation}, {"task", q.STAR.Task}, {"action", q.STAR.Action}, {"result", q.STAR.Result}} {
			out = append(out, struct{ field, what, s string }{"star", "star " + s.name, s.v})
		}
	}
	return out
}

// ValidBankID reports whether s is an id as a bank writes them, for a
// question, level, area or stage: kebab-case (lowercase letters, digits
// and single dashes), as validation requires. A reader of a file that
// names questions (a completed scoresheet) holds the names to the same
// rule.
func ValidBankID(s string) bool { return kebab.MatchString(s) }
