package layouts

// The cover: who and what the round is about, the details an interviewer
// checks before the round, and the confidentiality notice.

import (
	"fmt"
	"slices"

	"github.com/interviewkit/interviewkit/kit"
)

// coverPart is the title block, the details and the confidentiality panel.
func (p *packet) coverPart() part {
	var focus []kit.Area
	if p.round.Focused {
		focus = p.round.Areas
	}
	return p.kitDoc.coverPart(cover{
		kicker:   "INTERVIEWER PACKET",
		bookmark: "Cover and time plan",
		focus:    focus,
		details: func() [][][2]string {
			round := p.round
			return [][][2]string{
				{{"Round", p.title}, {"Interviewer", p.text("interviewer", round.Interviewer)}, {"Question bank", p.bankText()}},
				{{"Date", p.dateText()}, {"Duration", fmt.Sprintf("%d minutes, %s", round.Minutes(), questionCount(len(round.Questions)))},
					{"Level", p.levelText()}, {"Kit ID", p.kitID}},
			}
		},
		whose: "These notes",
	})
}

// roundAreas are the areas the round's questions are scored under, in the
// order the questions come.
func (p *packet) roundAreas() []kit.Area {
	var out []kit.Area
	for _, q := range p.round.Questions {
		a := p.round.AreaOf(q)
		if a.ID == "" || slices.ContainsFunc(out, func(b kit.Area) bool { return b.ID == a.ID }) {
			continue
		}
		a.Title = p.areaTitle(a)
		out = append(out, a)
	}
	return out
}
