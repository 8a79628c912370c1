package kit

// This file holds what a practical exercise adds to a question: listings
// and a handout for the candidate, a script for the interviewer, and the
// rules validate checks on them. What the candidate gets on paper is the
// question's handout and listings and nothing else; the script, like the
// key points, rubric, red flags and follow-ups, is the interviewer's alone.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits on a question's handout and script.
const (
	MaxHandoutLen  = 2000 // runes in a handout
	MaxScriptLen   = 240  // runes in one line of a script
	MaxScriptLines = 12   // lines in a script
)

// HasCandidateMaterial reports whether the question gives the candidate
// something on paper: a handout or a listing.
func (q *Question) HasCandidateMaterial() bool {
	return strings.TrimSpace(q.Handout) != "" || len(q.Code) > 0
}

// HasCandidateMaterial reports whether any question of the round gives
// the candidate something on paper; then the round has a handout.
func (r *Round) HasCandidateMaterial() bool {
	for _, q := range r.Questions {
		if q.HasCandidateMaterial() {
			return true
		}
	}
	return false
}

// HandoutBlocks splits a handout into what it prints as: paragraphs,
// separated by blank lines, and list items, lines that start with "- ".
// Lines of a paragraph or of an item join with spaces.
func HandoutBlocks(s string) []HandoutBlock {
	var out []HandoutBlock
	var cur *HandoutBlock
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			cur = nil
		case strings.HasPrefix(t, "- "):
			out = append(out, HandoutBlock{Item: true, Text: strings.TrimSpace(t[2:])})
			cur = &out[len(out)-1]
		case cur != nil:
			cur.Text += " " + t
		default:
			out = append(out, HandoutBlock{Text: t})
			cur = &out[len(out)-1]
		}
	}
	return out
}

// HandoutBlock is a paragraph of a handout, or an item of a list in it.
type HandoutBlock struct {
	Item bool
	Text string
}

// material checks a question's listings, handout and script, locating a
// listing's line problems at the line of the bank file that holds them.
func (c questionCheck) material() {
	q := c.q
	if len(q.Code) > MaxListings {
		c.bad("code", "has %d listings; a question carries at most %d", len(q.Code), MaxListings)
	}
	if c.lines["code"] != 0 && len(q.Code) == 0 && c.lines["!code"] == 0 {
		c.bad("code", "code is empty; list one or more listings, or leave the field out")
	}
	for i, l := range q.Code {
		name := fmt.Sprintf("code listing %d", i+1)
		if l.Title != "" {
			name = fmt.Sprintf("code listing %d (%s)", i+1, l.Title)
		}
		key := fmt.Sprintf("code:%d", i)
		for _, p := range l.Check() {
			if c.lines[key+":!"+p.Field] != 0 {
				continue // reported as the wrong type already
			}
			line := c.at(key)
			if p.Line > 0 {
				line = c.at(key + ":text")
				if first := c.lines[key+":literal"]; first != 0 {
					line = first + p.Line - 1
				}
				c.p.problem(q.File, line, q.ID, "%s line %d %s", name, p.Line, p.Msg)
				continue
			}
			c.p.problem(q.File, line, q.ID, "%s %s", name, p.Msg)
		}
	}
	if c.lines["handout"] != 0 && strings.TrimSpace(q.Handout) == "" && c.lines["!handout"] == 0 {
		c.bad("handout", "handout is empty; write what the candidate gets on paper, or leave the field out")
	} else if n := utf8.RuneCountInString(q.Handout); n > MaxHandoutLen {
		c.bad("handout", "handout is %d characters; keep it under %d, and put code in listings", n, MaxHandoutLen)
	}
	if c.lines["script"] != 0 && len(q.Script) == 0 && c.lines["!script"] == 0 {
		c.bad("script", "script is empty; list what the interviewer reveals when asked, or leave the field out")
	}
	if len(q.Script) > MaxScriptLines {
		c.bad("script", "script has %d lines; keep it to %d", len(q.Script), MaxScriptLines)
	}
	for i, s := range q.Script {
		if s == "" {
			c.bad("script", "script entry %d is empty", i+1)
		} else if n := utf8.RuneCountInString(s); n > MaxScriptLen {
			c.bad("script", "script entry %d is %d characters; keep each under %d so it can be found while the candidate waits", i+1, n, MaxScriptLen)
		}
	}
}
