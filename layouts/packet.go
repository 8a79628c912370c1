package layouts

// The interviewer packet: the PDF an interviewer prints and runs a round
// from with a pen. A cover with the time plan and the rating scale, one block
// per question, and a summary page; the candidate, round and kit ID on every
// page and "Page X of Y" in every footer. It is a kit document (kitdoc.go)
// and adds only its parts.

import (
	"errors"
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// PacketOptions are the choices of a printed packet that are not content.
type PacketOptions struct {
	Paper Paper // A4 when zero
}

// WritePacket writes the interviewer packet for round r of k as a PDF. Text
// the packet's fonts cannot print is refused with errors matching
// ErrUnprintable, one per field, before anything is written. Every page is
// a form a scanner reads back (WritePacketForm returns its layout).
func WritePacket(w io.Writer, k *kit.Kit, r int, opt PacketOptions) error {
	_, err := WritePacketForm(w, k, r, opt)
	return err
}

// startPacket checks the round and starts its packet.
func startPacket(k *kit.Kit, r int, opt PacketOptions) (*packet, error) {
	if k == nil {
		return nil, errors.New("packet: no kit")
	}
	if r < 0 || r >= len(k.Rounds) {
		return nil, fmt.Errorf("packet: kit %s has no round %d", k.ID, r+1)
	}
	return newPacket(k, &k.Rounds[r], DefaultStyle(paperOrA4(opt.Paper)))
}

// packet is a kit document for one round: what drawing a packet needs
// beyond the base is the round, its title and the form its pages make.
type packet struct {
	*kitDoc
	round  *kit.Round
	title  string     // the round's title, as printed
	sheets *formPages // the layout of each page, recorded as drawn
}

func newPacket(k *kit.Kit, round *kit.Round, st Style, on ...*fpdf.Fpdf) (*packet, error) {
	// A packet's header shares its band with the page code.
	st.HeaderHeight = st.Packet.Form.HeaderHeight
	st.Frame.RuleRise = st.Packet.Form.RuleRise
	kd, err := newKitDoc("packet", "a packet", k, st, on...)
	if err != nil {
		return nil, err
	}
	p := &packet{kitDoc: kd, round: round}
	p.title = p.text("round title", round.Title)
	p.head.title = p.title
	p.describe(p.info())
	n := 1
	for i := range k.Rounds {
		if &k.Rounds[i] == round {
			n = i + 1
		}
	}
	p.sheets = newFormPages(k, n, st.Paper)
	p.furniture = append(p.furniture, p.sheets)
	code := form.CodeTopRight(p.sheets.doc.Paper)
	p.head.reserve = p.x0 + p.w - (code.X - form.QRQuiet - st.Packet.Form.CodeGap)
	return p, nil
}

// parts is the whole packet in order: cover, time plan and rating scale,
// one part per question, the candidate's questions and the summary.
func (p *packet) parts() []part {
	parts := []part{p.coverPart(), p.planPart(), p.scalePart()}
	items := make(map[*kit.Question]kit.PlanItem, len(p.round.Questions))
	for _, it := range p.round.Plan.Items {
		if it.Question != nil {
			items[it.Question] = it
		}
	}
	for i, q := range p.round.Questions {
		parts = append(parts, p.questionPart(i+1, q, items[q]))
	}
	return append(parts, p.candidateQuestionsPart(), p.summaryPart())
}

// info is the packet's document properties.
func (p *packet) info() docInfo {
	k, round := p.k, p.round
	in := docInfo{
		title:    p.words.T(catalog.PacketDocTitle, p.candidate, p.title),
		author:   p.text("interviewer", round.Interviewer),
		subject:  p.words.T(catalog.PacketSubject, p.text("role", k.Role), p.levelText(), p.title, round.Minutes()),
		keywords: []string{"kit " + p.kitID, "interview", k.Level.ID},
		version:  k.ToolVersion,
	}
	for _, a := range p.roundAreas() {
		in.keywords = append(in.keywords, a.ID)
	}
	return in
}

// clock is minutes from the start of the slot as "0:05".
func clock(minutes int) string {
	d := time.Duration(minutes) * time.Minute
	return fmt.Sprintf("%d:%02d", int(d.Hours()), minutes%60)
}
