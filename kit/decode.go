package kit

// This file turns YAML into bank values by walking yaml.Node trees, so every
// value keeps its line and every problem in a file is reported, not only the
// first. It follows three rules: unknown keys are problems (with the closest
// known key), a wrong type is a problem at the value's line, and anchors and
// aliases are refused, which also rules out alias bombs.

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

type parser struct {
	bank     *Bank
	problems []Problem
	// noun names what is being read in messages: "bank" unless set, "plan"
	// for a loop plan file.
	noun string
	// where each taxonomy section was first defined, "file:line"
	defined map[string]string
	// per question, the line of each field, for semantic problems
	fieldLines map[*Question]map[string]int
	starLines  map[*Question]int
	loopLines  []map[string]int
	termWhere  []termWhere
	// where the bank's written_for was given, "file:line"
	writtenForLine string
}

// termWhere locates a taxonomy term: kind "level", "area" or "stage", its
// index in the bank's list, and its file and line.
type termWhere struct {
	kind  string
	index int
	file  string
	line  int
}

func (p *parser) what() string {
	if p.noun == "" {
		return "bank"
	}
	return p.noun
}

func (p *parser) problem(file string, line int, id, format string, args ...any) {
	p.problems = append(p.problems, Problem{File: file, Line: line, Question: id, Msg: fmt.Sprintf(format, args...)})
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// file decodes one bank file.
func (p *parser) file(name string, data []byte) {
	if p.defined == nil {
		p.defined = map[string]string{}
		p.fieldLines = map[*Question]map[string]int{}
		p.starLines = map[*Question]int{}
	}
	doc := p.document(name, data)
	if doc == nil {
		return
	}
	d := &decoder{p: p, file: name}
	fields := d.mapping(doc, "a bank file", "bank", "levels", "areas", "stages", "timing", "loop", "questions")
	if fields == nil {
		return
	}
	if n := fields["bank"]; n != nil && d.once("bank", n) {
		m := d.mapping(n, "bank", "title", "role", "description", "written_for")
		if m != nil {
			p.bank.Title = d.text(m["title"], "bank title")
			p.bank.Role = d.text(m["role"], "bank role")
			p.bank.Description = d.text(m["description"], "bank description")
			p.bank.WrittenFor = d.text(m["written_for"], "bank written_for")
			if w := m["written_for"]; w != nil {
				p.writtenForLine = fmt.Sprintf("%s:%d", d.file, w.Line)
			}
		}
	}
	if n := fields["levels"]; n != nil && d.once("levels", n) {
		for _, item := range d.seq(n, "levels") {
			m := d.mapping(item, "a level", "id", "title", "years", "description")
			if m != nil {
				p.bank.Levels = append(p.bank.Levels, Level{
					ID: d.text(m["id"], "id"), Title: d.text(m["title"], "title"),
					Years: d.text(m["years"], "years"), Description: d.text(m["description"], "description"),
				})
				d.termLine("level", item.Line)
			}
		}
	}
	if n := fields["areas"]; n != nil && d.once("areas", n) {
		for _, item := range d.seq(n, "areas") {
			m := d.mapping(item, "an area", "id", "title", "description")
			if m != nil {
				p.bank.Areas = append(p.bank.Areas, Area{
					ID: d.text(m["id"], "id"), Title: d.text(m["title"], "title"),
					Description: d.text(m["description"], "description"),
				})
				d.termLine("area", item.Line)
			}
		}
	}
	if n := fields["stages"]; n != nil && d.once("stages", n) {
		for _, item := range d.seq(n, "stages") {
			m := d.mapping(item, "a stage", "id", "title", "description", "star")
			if m != nil {
				p.bank.Stages = append(p.bank.Stages, Stage{
					ID: d.text(m["id"], "id"), Title: d.text(m["title"], "title"),
					Description: d.text(m["description"], "description"),
					STAR:        d.boolean(m["star"], "star"),
				})
				d.termLine("stage", item.Line)
			}
		}
	}
	if n := fields["timing"]; n != nil && d.once("timing", n) {
		m := d.mapping(n, "timing", "intro", "candidate_questions", "close")
		if m != nil {
			p.bank.Timing = Timing{
				Intro:              d.integer(m["intro"], "intro"),
				CandidateQuestions: d.integer(m["candidate_questions"], "candidate_questions"),
				Close:              d.integer(m["close"], "close"),
			}
		}
	}
	if n := fields["loop"]; n != nil && d.once("loop", n) {
		for _, item := range d.seq(n, "loop") {
			d.loopRound(item)
		}
	}
	if n := fields["questions"]; n != nil {
		for _, item := range d.seq(n, "questions") {
			d.question(item)
		}
	}
}

// document reads one YAML file into its document node, reporting tabs,
// syntax errors and an empty file as problems; nil when there was one.
func (p *parser) document(name string, data []byte) *yaml.Node {
	// Tabs are the commonest hand-editing mistake; name every such line.
	tabs := false
	for i, line := range bytes.Split(data, []byte("\n")) {
		indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
		if bytes.IndexByte(indent, '\t') >= 0 {
			p.problem(name, i+1, "", "tab used for indentation; YAML indents with spaces")
			tabs = true
		}
	}
	if tabs {
		return nil
	}
	var root yaml.Node
	if err := safeUnmarshal(data, &root, p.what()); err != nil {
		msg := err.Error()
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		p.problem(name, line, "", "invalid YAML: %s", msg)
		return nil
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		p.problem(name, 0, "", "file is empty")
		return nil
	}
	return root.Content[0]
}

// safeUnmarshal parses YAML into a node tree, turning a parser panic on
// hostile input into an error.
func safeUnmarshal(data []byte, root *yaml.Node, noun string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: cannot parse: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(root); err != nil {
		if err.Error() == "EOF" {
			return nil
		}
		return err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return fmt.Errorf("yaml: line %d: a %s file holds one YAML document; found a second", extra.Line, noun)
	}
	return nil
}

// decoder reads values out of one file's node tree.
type decoder struct {
	p    *parser
	file string
	id   string // question being decoded, for messages
}

func (d *decoder) problem(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.p.problem(d.file, line, d.id, format, args...)
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

// termLine remembers where the latest taxonomy term was defined.
func (d *decoder) termLine(kind string, line int) {
	switch kind {
	case "level":
		d.p.termWhere = append(d.p.termWhere, termWhere{kind, len(d.p.bank.Levels) - 1, d.file, line})
	case "area":
		d.p.termWhere = append(d.p.termWhere, termWhere{kind, len(d.p.bank.Areas) - 1, d.file, line})
	case "stage":
		d.p.termWhere = append(d.p.termWhere, termWhere{kind, len(d.p.bank.Stages) - 1, d.file, line})
	}
}

func (d *decoder) alias(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.problem(n, "anchors and aliases (& and *) are not supported in a %s; write the value out", d.p.what())
		return true
	}
	return false
}

// mapping checks that n is a mapping with only the allowed keys and returns
// its values by key. Unknown and repeated keys are problems.
func (d *decoder) mapping(n *yaml.Node, what string, allowed ...string) map[string]*yaml.Node {
	if n == nil || d.alias(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.problem(n, "%s must be a mapping of keys to values, got %s", what, kindName(n))
		return nil
	}
	out := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if !contains(allowed, key) {
			hint := ""
			if c := Closest(key, allowed); c != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", c)
			}
			d.problem(k, "unknown field %q in %s%s; known fields: %s", key, what, hint, strings.Join(allowed, ", "))
			continue
		}
		if _, dup := out[key]; dup {
			d.problem(k, "field %q appears twice in %s", key, what)
			continue
		}
		out[key] = v
	}
	return out
}

func (d *decoder) seq(n *yaml.Node, what string) []*yaml.Node {
	if n == nil || d.alias(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.problem(n, "%s must be a list (lines starting with \"- \"), got %s", what, kindName(n))
		return nil
	}
	return n.Content
}

// text reads a scalar as text; a missing or null value is "" and left for
// validation to report in context.
func (d *decoder) text(n *yaml.Node, what string) string {
	if n == nil || d.alias(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		d.problem(n, "%s must be text, got %s", what, kindName(n))
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (d *decoder) texts(n *yaml.Node, what string) []string {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		d.problem(n, "%s must be a list, e.g. [%s]; got a single value", what, n.Value)
		return nil
	}
	var out []string
	for _, item := range d.seq(n, what) {
		out = append(out, d.text(item, "each entry of "+what))
	}
	return out
}

func (d *decoder) integer(n *yaml.Node, what string) int {
	if n == nil || d.alias(n) {
		return 0
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		d.problem(n, "%s must be a whole number, got %s", what, valueName(n))
		return 0
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil {
		d.problem(n, "%s must be a whole number, got %s", what, valueName(n))
		return 0
	}
	return v
}

func (d *decoder) number(n *yaml.Node, what string) float64 {
	if n == nil || d.alias(n) {
		return 0
	}
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		d.problem(n, "%s must be a number, got %s", what, valueName(n))
		return 0
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if err != nil {
		d.problem(n, "%s must be a number, got %s", what, valueName(n))
		return 0
	}
	return v
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	if n == nil || d.alias(n) {
		return false
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.problem(n, "%s must be true or false, got %s", what, valueName(n))
		return false
	}
	return n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
}

var questionFields = []string{"id", "question", "stage", "areas", "levels", "minutes", "weight",
	"why", "key_points", "follow_ups", "red_flags", "rubric", "version_note", "star"}

func (d *decoder) question(n *yaml.Node) {
	d.id = ""
	defer func() { d.id = "" }()
	// Name the question in messages as soon as its id is known.
	if n != nil && n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
				d.id = n.Content[i+1].Value
			}
		}
	}
	m := d.mapping(n, "a question", questionFields...)
	if m == nil {
		return
	}
	q := &Question{File: d.file, Line: n.Line}
	lines := map[string]int{}
	for k, v := range m {
		lines[k] = v.Line
	}
	// A field with a type problem is marked "!field", so validation does
	// not report it a second time as missing.
	typed := func(field string, decode func()) {
		before := len(d.p.problems)
		decode()
		if len(d.p.problems) > before {
			lines["!"+field] = 1
		}
	}
	typed("id", func() { q.ID = d.text(m["id"], "id") })
	typed("question", func() { q.Text = d.text(m["question"], "question") })
	typed("stage", func() { q.Stage = d.text(m["stage"], "stage") })
	typed("areas", func() { q.Areas = d.texts(m["areas"], "areas") })
	typed("levels", func() { q.Levels = d.texts(m["levels"], "levels") })
	typed("minutes", func() { q.Minutes = d.integer(m["minutes"], "minutes") })
	if m["weight"] != nil {
		typed("weight", func() { q.Weight = d.number(m["weight"], "weight") })
		if q.Weight == 0 && lines["!weight"] == 0 {
			q.Weight = -1 // present but unusable; validation reports it
		}
	}
	typed("why", func() { q.Why = d.text(m["why"], "why") })
	typed("key_points", func() { q.KeyPoints = d.texts(m["key_points"], "key_points") })
	typed("follow_ups", func() { q.FollowUps = d.texts(m["follow_ups"], "follow_ups") })
	typed("red_flags", func() { q.RedFlags = d.texts(m["red_flags"], "red_flags") })
	typed("rubric", func() { q.Rubric = d.rubric(m["rubric"]) })
	typed("version_note", func() { q.VersionNote = d.text(m["version_note"], "version_note") })
	if s := m["star"]; s != nil {
		sm := d.mapping(s, "star", "situation", "task", "action", "result")
		if sm != nil {
			q.STAR = &STAR{
				Situation: d.text(sm["situation"], "star situation"),
				Task:      d.text(sm["task"], "star task"),
				Action:    d.text(sm["action"], "star action"),
				Result:    d.text(sm["result"], "star result"),
			}
			for _, k := range []string{"situation", "task", "action", "result"} {
				if sm[k] == nil {
					d.problem(s, "star needs %s (the four probes are situation, task, action, result)", k)
				}
			}
		}
	}
	d.p.bank.Questions = append(d.p.bank.Questions, q)
	d.p.fieldLines[q] = lines
}

// rubric reads the mapping of scores 1-4 to their anchor descriptions.
func (d *decoder) rubric(n *yaml.Node) Rubric {
	var r Rubric
	if n == nil || d.alias(n) {
		return r
	}
	if n.Kind != yaml.MappingNode {
		d.problem(n, "rubric must map each score 1-4 to what an answer at that score sounds like, got %s", kindName(n))
		return r
	}
	seen := map[int]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		score, err := strconv.Atoi(k.Value)
		if err != nil || score < 1 || score > 4 {
			d.problem(k, "rubric key %q is not a score; use 1, 2, 3 and 4", k.Value)
			continue
		}
		if seen[score] {
			d.problem(k, "rubric score %d appears twice", score)
			continue
		}
		seen[score] = true
		r[score-1] = d.text(v, fmt.Sprintf("rubric score %d", score))
	}
	return r
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
			d.problem(mins, "minutes of a loop round map each level id to the round's length, e.g. {junior: 45, lead: 60}")
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

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "something else"
}

func valueName(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return fmt.Sprintf("%q", n.Value)
	}
	return kindName(n)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
