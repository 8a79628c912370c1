package kit

// This file reads a bank file's sections: the bank's title, its taxonomy,
// timing and default loop. Each section but questions is defined once in
// the whole bank.

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// bankSections are the top-level keys of a bank file.
var bankSections = []string{"bank", "levels", "areas", "stages", "timing", "loop", "questions"}

// file decodes one bank file.
func (p *parser) file(name string, data []byte) {
	if p.defined == nil {
		p.defined = map[string]string{}
		p.fieldLines = map[*Question]map[string]int{}
	}
	doc := p.document(name, data)
	if doc == nil {
		return
	}
	d := &decoder{p: p, file: name}
	fields := d.mapping(doc, "a bank file", bankSections...)
	if fields == nil {
		return
	}
	sections := map[string]func(*yaml.Node){
		"bank": d.bankInfo, "levels": d.levels, "areas": d.areas, "stages": d.stages,
		"timing": d.timing, "loop": d.loop,
	}
	for _, key := range bankSections[:len(bankSections)-1] {
		if n := fields[key]; n != nil && d.once(key, n) {
			sections[key](n)
		}
	}
	if n := fields["questions"]; n != nil {
		for _, item := range d.seq(n, "questions") {
			d.question(item)
		}
	}
}

func (d *decoder) bankInfo(n *yaml.Node) {
	m := d.mapping(n, "bank", "title", "role", "description", "written_for", "ratings")
	if m == nil {
		return
	}
	if r := m["ratings"]; r != nil {
		d.ratings(r)
	}
	d.p.bank.Title = d.text(m["title"], "bank title")
	d.p.bank.Role = d.text(m["role"], "bank role")
	d.p.bank.Description = d.text(m["description"], "bank description")
	d.p.bank.WrittenFor = d.text(m["written_for"], "bank written_for")
	if w := m["written_for"]; w != nil {
		d.p.writtenForLine = fmt.Sprintf("%s:%d", d.file, w.Line)
	}
}

// ratings reads the bank's names for the scores 1 to 4, checked as a
// team's would be (Policy.Check).
func (d *decoder) ratings(n *yaml.Node) {
	names := d.texts(n, "ratings")
	if len(names) != 4 {
		d.problem(n, "ratings name the scores 1 to 4: four names, e.g. [No evidence, Partial, Solid, Exceptional]; got %d", len(names))
		return
	}
	copy(d.p.bank.Ratings[:], names)
	d.p.bank.RatingsAt = fmt.Sprintf("%s:%d", d.file, n.Line)
	checkLabels(func(setting, format string, args ...any) {
		d.problem(n, "bank %s: %s", setting, fmt.Sprintf(format, args...))
	}, "ratings.", []string{"1", "2", "3", "4"}, names)
}

func (d *decoder) levels(n *yaml.Node) {
	for _, item := range d.seq(n, "levels") {
		m := d.mapping(item, "a level", "id", "title", "years", "description")
		if m == nil {
			continue
		}
		d.p.bank.Levels = append(d.p.bank.Levels, Level{
			ID: d.text(m["id"], "id"), Title: d.text(m["title"], "title"),
			Years: d.text(m["years"], "years"), Description: d.text(m["description"], "description"),
		})
		d.termLine("level", len(d.p.bank.Levels)-1, item.Line)
	}
}

func (d *decoder) areas(n *yaml.Node) {
	for _, item := range d.seq(n, "areas") {
		m := d.mapping(item, "an area", "id", "title", "description")
		if m == nil {
			continue
		}
		d.p.bank.Areas = append(d.p.bank.Areas, Area{
			ID: d.text(m["id"], "id"), Title: d.text(m["title"], "title"),
			Description: d.text(m["description"], "description"),
		})
		d.termLine("area", len(d.p.bank.Areas)-1, item.Line)
	}
}

func (d *decoder) stages(n *yaml.Node) {
	for _, item := range d.seq(n, "stages") {
		m := d.mapping(item, "a stage", "id", "title", "description", "star")
		if m == nil {
			continue
		}
		d.p.bank.Stages = append(d.p.bank.Stages, Stage{
			ID: d.text(m["id"], "id"), Title: d.text(m["title"], "title"),
			Description: d.text(m["description"], "description"),
			STAR:        d.boolean(m["star"], "star"),
		})
		d.termLine("stage", len(d.p.bank.Stages)-1, item.Line)
	}
}

func (d *decoder) timing(n *yaml.Node) {
	m := d.mapping(n, "timing", "intro", "candidate_questions", "close", "short_slot")
	if m == nil {
		return
	}
	d.p.bank.Timing = Timing{
		Intro:              d.integer(m["intro"], "intro"),
		CandidateQuestions: d.integer(m["candidate_questions"], "candidate_questions"),
		Close:              d.integer(m["close"], "close"),
		Short:              DefaultShortSlot,
	}
	if n := m["short_slot"]; n != nil {
		s := d.mapping(n, "short_slot", "under", "intro", "candidate_questions", "close")
		if s == nil {
			return
		}
		short := &d.p.bank.Timing.Short // what is left out keeps DefaultShortSlot's
		for key, dst := range map[string]*int{"under": &short.Under, "intro": &short.Intro,
			"candidate_questions": &short.CandidateQuestions, "close": &short.Close} {
			if s[key] != nil {
				*dst = d.integer(s[key], key)
			}
		}
	}
}

func (d *decoder) loop(n *yaml.Node) {
	for _, item := range d.seq(n, "loop") {
		d.loopRound(item)
	}
}

// once records that a section is defined here and reports a second definition.
func (d *decoder) once(section string, n *yaml.Node) bool {
	if where, ok := d.p.defined[section]; ok {
		d.problem(n, "%s already defined at %s; define it once", section, where)
		return false
	}
	d.p.defined[section] = fmt.Sprintf("%s:%d", d.file, n.Line)
	return true
}

// termLine remembers where a taxonomy term, the index-th of its kind, was
// defined.
func (d *decoder) termLine(kind string, index, line int) {
	d.p.termWhere = append(d.p.termWhere, termWhere{kind, index, d.file, line})
}

func (d *decoder) loopRound(n *yaml.Node) {
	m := d.mapping(n, "a loop round", "title", "stages", "areas", "minutes")
	if m == nil {
		return
	}
	r := LoopRound{File: d.file, Line: n.Line, Minutes: map[string]int{}}
	r.Title = d.text(m["title"], "title")
	r.Stages = d.texts(m["stages"], "stages")
	r.Areas = d.texts(m["areas"], "areas")
	lines := map[string]int{}
	for k, v := range m {
		lines[k] = v.Line
	}
	if mins := m["minutes"]; mins != nil {
		if mins.Kind != yaml.MappingNode {
			d.problem(mins, "minutes of a loop round map each level id to the round's length, e.g. %s", d.p.bank.minutesExample())
		} else {
			for i := 0; i+1 < len(mins.Content); i += 2 {
				k, v := mins.Content[i], mins.Content[i+1]
				r.Minutes[k.Value] = d.integer(v, "minutes for "+k.Value)
				lines["minutes:"+k.Value] = k.Line
			}
		}
	}
	d.p.bank.Loop = append(d.p.bank.Loop, r)
	d.p.loopLines = append(d.p.loopLines, lines)
}
