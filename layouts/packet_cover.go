package layouts

// The cover: who and what the round is about, the details an interviewer
// checks before the round, and the confidentiality notice.

import (
	"slices"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// coverPart is the title block, the details and the confidentiality panel.
func (p *packet) coverPart() part {
	var focus []kit.Area
	if p.round.Focused {
		focus = p.round.Areas
	}
	return p.kitDoc.coverPart(cover{
		kicker:   p.words.T(catalog.PacketKicker),
		bookmark: p.words.T(catalog.PacketBookmark),
		focus:    focus,
		details: func() [][][2]string {
			round, w := p.round, p.words
			return [][][2]string{
				{{w.T(catalog.FieldRound), p.title}, {w.T(catalog.FieldInterviewer), p.text("interviewer", round.Interviewer)}, {w.T(catalog.FieldBank), p.bankText()}},
				{{w.T(catalog.FieldDate), p.dateText()}, {w.T(catalog.FieldDuration), w.T(catalog.Duration, round.Minutes(), p.questionCount(len(round.Questions)))},
					{w.T(catalog.FieldLevel), p.levelText()}, {w.T(catalog.FieldKitID), p.kitID}},
			}
		},
		whose: catalog.PacketWhose,
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
