package kit

// This file reads a bank's questions. A field with the wrong type is
// reported once, at its line, and not again by validation as missing.

import (
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"
)

var questionFields = []string{"id", "question", "stage", "areas", "levels", "minutes", "weight",
	"why", "key_points", "follow_ups", "red_flags", "rubric", "version_note", "star",
	"code", "handout", "script"}

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
	if m["code"] != nil {
		typed("code", func() { q.Code = d.listings(m["code"], lines) })
	}
	typed("handout", func() { q.Handout = d.text(m["handout"], "handout") })
	typed("script", func() { q.Script = d.texts(m["script"], "script") })
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
