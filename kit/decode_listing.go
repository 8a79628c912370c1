package kit

// This file reads a question's code listings. A listing's text is kept
// exactly as written, so it is read from the node's value untrimmed, and
// the line each listing line sits on in the bank file is recorded: a
// problem with line 12 of a listing is reported at its own line.

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// listings reads the code field: a list of {language, title, text}. lines
// receives, per listing i, "code:i" (its line), "code:i:text" (its text's
// line) and, for a literal block, "code:i:literal" (its first line).
func (d *decoder) listings(n *yaml.Node, lines map[string]int) []Listing {
	var out []Listing
	for i, item := range d.seq(n, "code") {
		key := fmt.Sprintf("code:%d", i)
		lines[key] = item.Line
		m := d.mapping(item, "a code listing", "language", "title", "text")
		if m == nil {
			continue
		}
		// A field with a type problem is marked "code:i:!field", so
		// validation does not report it again as missing.
		typed := func(field string, decode func()) {
			before := len(d.p.problems)
			decode()
			if len(d.p.problems) > before {
				lines[key+":!"+field] = 1
			}
		}
		var l Listing
		typed("language", func() { l.Language = d.text(m["language"], "listing language") })
		typed("title", func() { l.Title = d.text(m["title"], "listing title") })
		if t := m["text"]; t != nil {
			lines[key+":text"] = t.Line
			typed("text", func() { l.Text = d.listingText(t) })
			if t.Style&yaml.LiteralStyle != 0 {
				lines[key+":literal"] = t.Line + 1
			}
		}
		out = append(out, l)
	}
	return out
}

// listingText reads a listing's text as written, without its final line
// breaks. A folded block (>) would join its lines, so it is refused.
func (d *decoder) listingText(n *yaml.Node) string {
	if d.alias(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		d.problem(n, "listing text must be text, got %s", kindName(n))
		return ""
	}
	if n.Style&yaml.FoldedStyle != 0 {
		d.problem(n, "listing text is a folded block (>), which joins its lines; write it as a literal block (text: |)")
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return strings.TrimRight(n.Value, "\n")
}
