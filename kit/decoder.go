package kit

// This file reads typed values out of a YAML node tree for the bank and
// plan decoders, reporting a wrong type at the value's line.

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

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
