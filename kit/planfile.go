package kit

// This file reads the two ways a person writes a loop: a YAML plan file and
// rounds written one a line (on a command line, repeated --round flags).
// Both are checked like a bank: every problem at once, each located
// (file:line, or where the caller says the line came from), unknown values
// listed with the valid ones and the closest. The plan file goes through the
// bank's decoder (decode.go), so it follows the same rules: unknown keys are
// problems, wrong types are problems at the value's line, no tabs, no
// anchors.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Plan is a loop as a plan file describes it.
type Plan struct {
	// Focus is the loop's focus areas, used by rounds that name none;
	// empty means every area.
	Focus  []string
	Rounds []RoundSpec
}

// MaxPlanBytes bounds a plan file; a plan is a screenful typed by a person.
const MaxPlanBytes = 1 << 20

// ParsePlan reads a plan file, naming it name in messages:
//
//	focus: [orm, security, apis]     # optional: the loop's focus; default every area
//	rounds:
//	  - title: Django core
//	    stages: [django-core]        # optional when the title names a stage or default round
//	    focus: [orm, web]            # optional: default the loop's focus; "all" opts out of it
//	    minutes: 60                  # optional: default the bank loop's for the stages, else 60
//	    interviewer: Ana López       # optional
//
// Lists may also be written as one comma-separated value (focus: orm, web).
// A plan with problems is a *BankError listing all of them.
func ParsePlan(data []byte, name string, b *Bank) (Plan, error) {
	p := &parser{bank: &Bank{}, noun: "plan"}
	var plan Plan
	if len(data) > MaxPlanBytes {
		p.problem(name, 0, "", "file is larger than 1 MiB; not a plan")
		return plan, &BankError{Problems: p.problems}
	}
	if doc := p.document(name, data); doc != nil {
		d := &decoder{p: p, file: name}
		plan = d.plan(doc, b)
	}
	if len(p.problems) > 0 {
		slices.SortStableFunc(p.problems, func(a, b Problem) int { return a.Line - b.Line })
		return Plan{}, &BankError{Problems: p.problems}
	}
	return plan, nil
}

func (d *decoder) plan(doc *yaml.Node, b *Bank) Plan {
	var plan Plan
	m := d.mapping(doc, "a plan", "focus", "rounds")
	if m == nil {
		return plan
	}
	if n := m["focus"]; n != nil {
		plan.Focus = d.areaIDs(n, "focus", b)
	}
	n := m["rounds"]
	if n == nil {
		d.problem(doc, "a plan needs rounds: a list of rounds, each with a title")
		return plan
	}
	items := d.seq(n, "rounds")
	if n.Kind == yaml.SequenceNode && len(items) == 0 {
		d.problem(n, "a plan needs at least one round")
	}
	if len(items) > MaxRounds {
		d.problem(items[MaxRounds], "a loop has at most %d rounds; this plan has %d", MaxRounds, len(items))
		items = items[:MaxRounds]
	}
	first := map[string]RoundSpec{}
	for _, item := range items {
		r, ok := d.planRound(item, b)
		if !ok {
			continue
		}
		if r.Title != "" {
			if prev, dup := first[titleKey(r.Title)]; dup {
				d.problem(item, "round %q: title clashes with round %q at line %d; titles name files and sheets, so make them differ", r.Title, prev.Title, prev.Line)
			} else {
				first[titleKey(r.Title)] = r
			}
		}
		plan.Rounds = append(plan.Rounds, r)
	}
	return plan
}

var planRoundFields = []string{"title", "stages", "focus", "minutes", "interviewer"}

// planRound reads one round of a plan; ok is false when it is not a mapping.
func (d *decoder) planRound(n *yaml.Node, b *Bank) (RoundSpec, bool) {
	m := d.mapping(n, "a round", planRoundFields...)
	if m == nil {
		return RoundSpec{}, false
	}
	r := RoundSpec{File: d.file, Line: n.Line}
	// Fields with a type problem are reported once, not again as missing.
	typed := map[string]bool{}
	read := func(field string, decode func()) {
		before := len(d.p.problems)
		decode()
		typed[field] = len(d.p.problems) > before
	}
	read("title", func() { r.Title = d.text(m["title"], "title") })
	read("stages", func() { r.Stages = d.idList(m["stages"], "stages") })
	read("focus", func() { r.Areas = d.idList(m["focus"], "focus") })
	read("minutes", func() { r.Minutes = d.integer(m["minutes"], "minutes") })
	read("interviewer", func() { r.Interviewer = d.text(m["interviewer"], "interviewer") })
	given := m["minutes"] != nil && !typed["minutes"]
	for _, sp := range checkSpec(b, &r, given) {
		if typed[sp.field] {
			continue
		}
		at := n
		if v := m[sp.field]; v != nil {
			at = entry(v, sp.value)
		}
		if r.Title != "" && sp.field != "title" {
			d.problem(at, "round %q: %s", r.Title, sp.msg)
		} else {
			d.problem(at, "%s", sp.msg)
		}
	}
	return r, true
}

// entry is the entry of a list naming id, so a problem about one id is
// located at its own line when a list spans lines; else the list itself.
func entry(n *yaml.Node, id string) *yaml.Node {
	if id == "" || n.Kind != yaml.SequenceNode {
		return n
	}
	for _, e := range n.Content {
		if e.Kind == yaml.ScalarNode && normalizeID(e.Value) == id {
			return e
		}
	}
	return n
}

// idList reads ids as a list or as one comma-separated value.
func (d *decoder) idList(n *yaml.Node, what string) []string {
	if n == nil || d.alias(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" {
			return nil
		}
		return cleanList([]string{n.Value})
	}
	var out []string
	for _, item := range d.seq(n, what) {
		out = append(out, d.text(item, "each entry of "+what))
	}
	return cleanList(out)
}

// areaIDs reads the plan's focus and reports unknown areas at their line.
func (d *decoder) areaIDs(n *yaml.Node, what string, b *Bank) []string {
	before := len(d.p.problems)
	ids := d.idList(n, what)
	if len(d.p.problems) > before {
		return nil
	}
	if b.allAreas(ids) {
		return nil // every area, as when focus is left out
	}
	for _, id := range ids {
		if _, ok := b.Area(id); !ok {
			d.problem(entry(n, id), "unknown area %q%s; valid areas: %s", id, didYouMean(id, b.AreaIDs()), strings.Join(b.AreaIDs(), ", "))
		}
	}
	return ids
}

// roundKeys are the keys of a one-line round, each with its aliases.
var roundKeys = map[string]string{
	"stages": "stages", "stage": "stages",
	"focus": "focus", "areas": "focus",
	"minutes":     "minutes",
	"interviewer": "interviewer",
}

// RoundKeys lists the keys a one-line round takes, for help texts.
const RoundKeys = "stages (or stage), focus (or areas), minutes, interviewer"

// ParseRound reads one round written on one line, as on a command line
// (Bank.ExampleRound writes one of the bank's):
//
//	Django core: stages=django-core; focus=orm,web; minutes=60; interviewer=Ana López
//
// The title comes first and ends at the colon before the first key; keys
// are stages (or stage), focus (or areas), minutes and interviewer,
// separated by semicolons, with comma-separated lists. A title alone
// ("Behavioural") is enough when it names a stage or a default round: the
// round takes its stages and, at SelectLoop, its minutes. Problems are a
// *BankError located at where, followed by the round's title when it has
// one (`--round "Django core"`).
func ParseRound(s, where string, b *Bank) (RoundSpec, error) {
	rl := roundLine{example: b.ExampleRound()}
	rest := rl.title(strings.TrimSpace(s))
	rl.keys(rest)
	syntax := len(rl.msgs) > 0
	r := &rl.spec
	for _, sp := range checkSpec(b, r, rl.minutesGiven) {
		if syntax && sp.value == "" && (sp.field == "title" && r.Title == "" || sp.field == "stages" && len(r.Stages) == 0) {
			continue // missing because mistyped; the syntax problem says how to write it
		}
		rl.fail("%s", sp.msg)
	}
	if len(rl.msgs) == 0 {
		return *r, nil
	}
	if r.Title != "" {
		where += " " + strconv.Quote(r.Title)
	}
	e := &BankError{}
	for _, m := range rl.msgs {
		e.Problems = append(e.Problems, Problem{File: where, Msg: m})
	}
	return RoundSpec{}, e
}

// roundLine is a one-line round being read, and what is wrong with it.
type roundLine struct {
	spec         RoundSpec
	minutesGiven bool
	msgs         []string
	example      string // a round of the bank, written on one line
}

func (rl *roundLine) fail(format string, args ...any) {
	rl.msgs = append(rl.msgs, fmt.Sprintf(format, args...))
}

// title reads the title, which ends at the last colon before the first
// "=", so a title may hold a colon when keys follow it, and returns the
// keys after it.
func (rl *roundLine) title(s string) (rest string) {
	head := s
	if eq := strings.IndexByte(s, '='); eq >= 0 {
		head = s[:eq]
	}
	switch colon := strings.LastIndexByte(head, ':'); {
	case colon >= 0:
		rl.spec.Title = s[:colon]
		return s[colon+1:]
	case head != s:
		rl.fail("write the title first, then a colon and the keys: %q", rl.example)
		return s
	}
	rl.spec.Title = s
	return ""
}

// keys reads the key=value parts of a one-line round.
func (rl *roundLine) keys(rest string) {
	seen := map[string]bool{}
	for _, part := range strings.Split(rest, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			rl.fail("%q is not key=value; keys: %s", part, RoundKeys)
			continue
		}
		k, v = normalizeID(k), strings.TrimSpace(v)
		key, known := roundKeys[k]
		switch {
		case !known:
			keys := []string{"stages", "stage", "focus", "areas", "minutes", "interviewer"}
			rl.fail("unknown key %q%s; keys: %s", k, didYouMean(k, keys), RoundKeys)
		case seen[key]:
			rl.fail("%s given twice", key)
		case v == "":
			seen[key] = true
			rl.fail("%s= needs a value", k)
		default:
			seen[key] = true
			rl.set(key, v)
		}
	}
}

func (rl *roundLine) set(key, v string) {
	r := &rl.spec
	switch key {
	case "stages":
		r.Stages = []string{v}
	case "focus":
		r.Areas = []string{v}
	case "minutes":
		n, err := strconv.Atoi(v)
		if err != nil {
			rl.fail("minutes=%s is not a whole number of minutes", v)
			return
		}
		r.Minutes, rl.minutesGiven = n, true
	case "interviewer":
		r.Interviewer = v
	}
}
