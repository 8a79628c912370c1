package layouts

// Checking a whole bank for text the documents cannot print, so validate
// and generate agree: a bank that validates is a bank every packet and
// overview of it can print. The check lays out every question as a
// packet's question block, with the same text intake (document.text), so
// it is the same rule, not a second copy of it.

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

// CheckBank returns a problem for every text of b the documents cannot
// print (ErrUnprintable: a character no font has, such as an emoji, or
// right-to-left text): a question's at its file and line, a loop round's
// at its own, the bank's title, role and taxonomy at "bank", as kit places
// problems of the bank as a whole; none when the bank prints.
func CheckBank(b *kit.Bank) ([]kit.Problem, error) {
	k := &kit.Kit{Candidate: "Bank check", Role: b.Role, Date: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		BankTitle: b.Title, BankVersion: b.Version, Level: kit.Level{ID: "check"}}
	k.Rounds = []kit.Round{{Title: "Bank check", Selection: kit.Selection{Level: k.Level, Areas: b.Areas}}}
	k.Finish()
	p, err := newPacket(k, &k.Rounds[0], DefaultStyle(A4))
	if err != nil {
		return nil, err
	}
	var out []kit.Problem
	take := func(file string, line int, id string) {
		for _, e := range p.problems {
			var ue *UnprintableError
			if errors.As(e, &ue) {
				// The problem names its question; its message need not.
				msg := strings.TrimPrefix(ue.Error(), fmt.Sprintf("question %q ", id))
				out = append(out, kit.Problem{File: file, Line: line, Question: id, Msg: msg})
			}
		}
		p.problems = p.problems[:0]
	}
	take("bank", 0, "") // the bank's title and role, as the cover prints them
	for _, l := range b.Levels {
		p.text(fmt.Sprintf("level %q title", l.ID), l.Title)
		p.text(fmt.Sprintf("level %q years", l.ID), l.Years)
	}
	for _, a := range b.Areas {
		p.areaTitle(a)
	}
	for _, s := range b.Stages {
		p.text(fmt.Sprintf("stage %q", s.ID), s.Title)
	}
	take("bank", 0, "")
	for _, r := range b.Loop {
		p.text("loop round title", r.Title)
		take(r.File, r.Line, "")
	}
	for i, q := range b.Questions {
		p.questionPart(i+1, q, kit.PlanItem{})
		take(q.File, q.Line, q.ID)
	}
	return out, nil
}
