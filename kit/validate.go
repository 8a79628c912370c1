package kit

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits on question content, chosen so a question still reads well aloud and
// fits its block on paper.
const (
	MinKeyPoints   = 3
	MaxKeyPoints   = 8
	MaxPointLength = 160 // runes in one key point, follow-up or red flag
	MaxNoteLen     = 160 // runes in a version note or the bank's written_for
	MaxQuestionLen = 500 // runes in the question itself
	MaxMinutes     = 90
	MaxWeight      = 5
)

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// validate checks the bank as a whole once every file is decoded.
func (p *parser) validate() {
	b := p.bank
	p.validateCounts()
	p.validateProse()
	p.validateTaxonomy()
	if p.defined["timing"] == "" {
		b.Timing = DefaultTiming
	}
	if t, s := b.Timing, b.Timing.Short; t.Intro < 0 || t.CandidateQuestions < 0 || t.Close < 0 ||
		s.Under < 0 || s.Intro < 0 || s.CandidateQuestions < 0 || s.Close < 0 {
		file, line := splitWhere(p.defined["timing"])
		p.problem(file, line, "", "timing minutes cannot be negative")
	} else if s.Under > MaxRoundMinutes {
		file, line := splitWhere(p.defined["timing"])
		p.problem(file, line, "", "timing short_slot under %d is longer than any round (%d minutes at most)", s.Under, MaxRoundMinutes)
	}
	if w := b.WrittenFor; w != "" {
		file, line := splitWhere(p.writtenForLine)
		if msg := oneLine(w); msg != "" {
			p.problem(file, line, "", "bank written_for %s", msg)
		}
	}
	first := map[string]*Question{}
	for _, q := range b.Questions {
		if prev, dup := first[q.ID]; dup && q.ID != "" {
			p.problem(q.File, q.Line, q.ID, "duplicate id; first defined at %s", prev.Where())
			continue
		}
		first[q.ID] = q
		b.byID[q.ID] = q
		p.validateQuestion(q)
	}
	for i := range b.Loop {
		p.validateLoopRound(&b.Loop[i], p.loopLines[i])
	}
}

func splitWhere(where string) (string, int) {
	i := strings.LastIndexByte(where, ':')
	if i < 0 {
		return where, 0
	}
	line := 0
	fmt.Sscanf(where[i+1:], "%d", &line)
	return where[:i], line
}

func (p *parser) validateTaxonomy() {
	b := p.bank
	for _, section := range []string{"levels", "areas", "stages"} {
		if _, ok := p.defined[section]; !ok {
			p.problem("bank", 0, "", "no file defines %s; a bank lists its own %s (see docs/bank.md)", section, section)
		}
	}
	seen := map[string]string{}
	for _, w := range p.termWhere {
		var id, title, desc string
		switch w.kind {
		case "level":
			l := b.Levels[w.index]
			id, title, desc = l.ID, l.Title, l.Description
		case "area":
			a := b.Areas[w.index]
			id, title, desc = a.ID, a.Title, a.Description
		case "stage":
			s := b.Stages[w.index]
			id, title, desc = s.ID, s.Title, s.Description
		}
		switch {
		case id == "":
			p.problem(w.file, w.line, "", "%s needs an id", w.kind)
		case !kebab.MatchString(id):
			p.problem(w.file, w.line, "", "%s id %q must be kebab-case (lowercase letters, digits, dashes)", w.kind, id)
		}
		key := w.kind + ":" + id
		if prev, dup := seen[key]; dup && id != "" {
			p.problem(w.file, w.line, "", "%s %q defined twice; first at %s", w.kind, id, prev)
		}
		seen[key] = fmt.Sprintf("%s:%d", w.file, w.line)
		if title == "" {
			p.problem(w.file, w.line, "", "%s %q needs a title", w.kind, id)
		}
		if desc == "" {
			p.problem(w.file, w.line, "", "%s %q needs a one-line description", w.kind, id)
		}
	}
}

// questionCheck validates one question, locating each problem at the line
// of the field concerned.
type questionCheck struct {
	p     *parser
	q     *Question
	lines map[string]int
}

func (c questionCheck) at(field string) int {
	if l, ok := c.lines[field]; ok {
		return l
	}
	return c.q.Line
}

// bad reports a problem with a field, unless the field was already
// reported as the wrong type.
func (c questionCheck) bad(field, format string, args ...any) {
	if c.lines["!"+field] != 0 {
		return
	}
	c.p.problem(c.q.File, c.at(field), c.q.ID, format, args...)
}

func (p *parser) validateQuestion(q *Question) {
	c := questionCheck{p: p, q: q, lines: p.fieldLines[q]}
	c.identity()
	c.content()
	c.rubric()
	c.material()
}

// identity checks what places the question in the bank: id, text, stage,
// areas, levels, minutes and weight.
func (c questionCheck) identity() {
	b, q := c.p.bank, c.q
	switch {
	case q.ID == "":
		c.bad("id", "needs an id (stable, kebab-case, unique)")
	case !kebab.MatchString(q.ID):
		c.bad("id", "id must be kebab-case: lowercase letters, digits and single dashes")
	}
	if q.Text == "" {
		c.bad("question", "needs the question text the interviewer reads out")
	} else if n := utf8.RuneCountInString(q.Text); n > MaxQuestionLen {
		c.bad("question", "question is %d characters; keep it under %d so it reads aloud as one thing", n, MaxQuestionLen)
	}
	_, stageOK := b.Stage(q.Stage)
	switch {
	case q.Stage == "":
		c.bad("stage", "needs a stage; one of %s", strings.Join(b.StageIDs(), ", "))
	case !stageOK && len(b.Stages) > 0:
		c.bad("stage", "unknown stage %q%s; valid stages: %s", q.Stage, didYouMean(q.Stage, b.StageIDs()), strings.Join(b.StageIDs(), ", "))
	}
	c.p.checkTerms(q, "areas", "area", q.Areas, b.AreaIDs(), c.at)
	c.p.checkTerms(q, "levels", "level", q.Levels, b.LevelIDs(), c.at)
	switch {
	case q.Minutes <= 0:
		c.bad("minutes", "needs minutes, the time to budget for the answer and its follow-ups (1 to %d)", MaxMinutes)
	case q.Minutes > MaxMinutes:
		c.bad("minutes", "minutes is %d; no single question should take more than %d", q.Minutes, MaxMinutes)
	}
	if q.Weight < 0 || q.Weight > MaxWeight {
		c.bad("weight", "weight must be above 0 and at most %d (1 when left out)", MaxWeight)
	}
}

// content checks what the interviewer reads: why, the key points, the
// follow-ups and the red flags.
func (c questionCheck) content() {
	q := c.q
	if q.Why == "" {
		c.bad("why", "needs why: what the question reveals about the candidate")
	}
	if n := len(q.KeyPoints); n < MinKeyPoints || n > MaxKeyPoints {
		c.bad("key_points", "key_points needs %d to %d expected answer points, has %d", MinKeyPoints, MaxKeyPoints, n)
	}
	c.p.checkItems(q, "key_points", q.KeyPoints, c.at)
	if len(q.FollowUps) == 0 {
		c.bad("follow_ups", "needs at least one follow-up probe")
	}
	c.p.checkItems(q, "follow_ups", q.FollowUps, c.at)
	if len(q.RedFlags) == 0 {
		c.bad("red_flags", "needs at least one red flag: an answer that should worry the interviewer")
	}
	c.p.checkItems(q, "red_flags", q.RedFlags, c.at)
}

// rubric checks how the answer is scored: four distinct anchors, and the
// STAR probes a behavioural stage needs.
func (c questionCheck) rubric() {
	q := c.q
	var missing []string
	for i, anchor := range q.Rubric {
		if anchor == "" {
			missing = append(missing, fmt.Sprint(i+1))
		}
	}
	if len(missing) > 0 {
		c.bad("rubric", "rubric needs 4 levels, has %d (missing %s)", 4-len(missing), strings.Join(missing, ", "))
	}
	for i := 0; i < 4; i++ {
		for j := i + 1; j < 4; j++ {
			if q.Rubric[i] != "" && strings.EqualFold(q.Rubric[i], q.Rubric[j]) {
				c.bad("rubric", "rubric scores %d and %d say the same; each level needs its own anchor", i+1, j+1)
			}
		}
	}
	if q.VersionNote != "" {
		if msg := oneLine(q.VersionNote); msg != "" {
			c.bad("version_note", "version_note %s", msg)
		}
	} else if c.lines["version_note"] != 0 {
		c.bad("version_note", "version_note is empty; say from which version the answer holds, or leave the field out")
	}
	if stage, ok := c.p.bank.Stage(q.Stage); ok && stage.STAR && q.STAR == nil {
		c.bad("stage", "stage %q is behavioural: the question needs star probes (situation, task, action, result)", q.Stage)
	}
	if q.STAR != nil {
		for _, f := range []struct{ name, v string }{{"situation", q.STAR.Situation}, {"task", q.STAR.Task}, {"action", q.STAR.Action}, {"result", q.STAR.Result}} {
			if f.v == "" && c.lines["star"] != 0 {
				c.bad("star", "star %s probe is empty", f.name)
			}
		}
	}
}

func (p *parser) checkTerms(q *Question, field, kind string, got, valid []string, at func(string) int) {
	if p.fieldLines[q]["!"+field] != 0 {
		return
	}
	if len(got) == 0 {
		p.problem(q.File, at(field), q.ID, "needs %s: one or more of %s", field, strings.Join(valid, ", "))
		return
	}
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			p.problem(q.File, at(field), q.ID, "%s lists %q twice", field, id)
		}
		seen[id] = true
		if len(valid) > 0 && !slices.Contains(valid, id) {
			p.problem(q.File, at(field), q.ID, "unknown %s %q%s; valid: %s", kind, id, didYouMean(id, valid), strings.Join(valid, ", "))
		}
	}
}

func (p *parser) checkItems(q *Question, field string, items []string, at func(string) int) {
	for i, s := range items {
		if s == "" {
			p.problem(q.File, at(field), q.ID, "%s entry %d is empty", field, i+1)
		} else if n := utf8.RuneCountInString(s); n > MaxPointLength {
			p.problem(q.File, at(field), q.ID, "%s entry %d is %d characters; keep each under %d so it can be ticked while listening", field, i+1, n, MaxPointLength)
		}
	}
}

func (p *parser) validateLoopRound(r *LoopRound, lines map[string]int) {
	b := p.bank
	at := func(field string) int {
		if l, ok := lines[field]; ok {
			return l
		}
		return r.Line
	}
	if title, err := CleanTitle(r.Title); err != nil {
		p.problem(r.File, at("title"), "", "loop round title %s", nameReason(err))
	} else if title == "" {
		p.problem(r.File, r.Line, "", "loop round needs a title")
	}
	if len(r.Stages) == 0 {
		p.problem(r.File, at("stages"), "", "loop round %q needs stages", r.Title)
	}
	for _, s := range r.Stages {
		if _, ok := b.Stage(s); !ok {
			p.problem(r.File, at("stages"), "", "loop round %q: unknown stage %q%s; valid stages: %s", r.Title, s, didYouMean(s, b.StageIDs()), strings.Join(b.StageIDs(), ", "))
		}
	}
	for _, a := range r.Areas {
		if _, ok := b.Area(a); !ok {
			p.problem(r.File, at("areas"), "", "loop round %q: unknown area %q%s; valid areas: %s", r.Title, a, didYouMean(a, b.AreaIDs()), strings.Join(b.AreaIDs(), ", "))
		}
	}
	if len(r.Minutes) == 0 {
		p.problem(r.File, r.Line, "", "loop round %q needs minutes per level, e.g. %s", r.Title, b.minutesExample())
	}
	for lvl, m := range r.Minutes {
		if _, ok := b.Level(lvl); !ok {
			p.problem(r.File, at("minutes:"+lvl), "", "loop round %q: unknown level %q%s; valid levels: %s", r.Title, lvl, didYouMean(lvl, b.LevelIDs()), strings.Join(b.LevelIDs(), ", "))
		}
		if m != 0 && !RoundMinutesOK(m) {
			p.problem(r.File, at("minutes:"+lvl), "", "loop round %q: %d minutes for %s is out of range; a round runs %d to %d minutes, or 0 to skip the level",
				r.Title, m, lvl, MinRoundMinutes, MaxRoundMinutes)
		}
	}
}

// nameReason is why CleanName or CleanTitle refused a name.
func nameReason(err error) string {
	var ne *NameError
	if errors.As(err, &ne) {
		return ne.Reason
	}
	return err.Error()
}

// oneLine checks a note printed on one line under a question: it says what
// is wrong ("is 170 characters; ...") or returns "" when the note fits.
func oneLine(s string) string {
	if strings.ContainsAny(s, "\r\n") {
		return "must be one line; it holds a line break (use a plain or quoted scalar, not |)"
	}
	if n := utf8.RuneCountInString(s); n > MaxNoteLen {
		return fmt.Sprintf("is %d characters; keep it to %d so it prints as one line", n, MaxNoteLen)
	}
	return ""
}

func didYouMean(s string, valid []string) string {
	if c := Closest(s, valid); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}
