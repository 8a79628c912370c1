package layouts

// The print pack: one PDF per interviewer for a hiring day, holding every
// packet they carry, in time order, each followed by the candidate's
// handout when the round has exercises on paper, after a cover that lists
// their rounds and the pages each packet takes. Its rules:
//
//   - Each packet and handout starts on an odd page, so a printer printing
//     both sides never puts two candidates on one sheet, and a handout can
//     be handed over on sheets of its own; a page left blank for that says
//     so. The last needs no blank page after it.
//   - A packet (or handout) is drawn by its own code onto the pack's PDF
//     (the document's "on"), so its pages are the pages WritePacket (or
//     WriteHandout) draws: the same header, the same "Page X of Y", the
//     same marks. Before each the PDF is put back in the state it starts
//     from alone, so nothing one document set leaks into the next.
//   - The outline has one entry per packet and handout, with its own
//     entries under it.
//   - Nothing is drawn until every packet is laid out: text a font cannot
//     print, in any packet, refuses the whole pack.

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// PackTitle is the pack's name in its cover's header.
const PackTitle = "Print pack"

// PackOptions are the choices of a printed pack that are not content.
type PackOptions struct {
	Paper Paper // A4 when zero
}

// WritePack writes the print pack of p as a PDF: a cover listing the
// rounds, then the packet of each round in time order, each from an odd
// page. Text the fonts cannot print is refused with errors matching
// ErrUnprintable, before anything is written.
func WritePack(w io.Writer, p kit.Pack, opt PackOptions) error {
	if len(p.Appointments) == 0 {
		return errors.New("pack: no rounds to print")
	}
	st := DefaultStyle(paperOrA4(opt.Paper))
	d, err := newDocument("pack", "a print pack", st, p.Date)
	if err != nil {
		return err
	}
	pk := &pack{document: d, p: p, lineWidth: d.pdf.GetLineWidth()}
	pk.name = pk.text("interviewer", p.Interviewer)
	pk.date = p.Date.Format("Monday 2 January 2006")
	who := pk.name
	if who == "" {
		who = "Interviewer to be named"
	}
	pk.head = runningHead{name: who, title: PackTitle + " · " + pk.date, note: "Confidential · " + pk.date}
	if err := pk.layOut(); err != nil {
		return err
	}
	cover, err := pk.coverPages()
	if err != nil {
		return err
	}
	pk.current = ink{} // laying the packets out set fonts on the PDF
	pk.drawPages(cover)
	pk.padToSheet(len(cover))
	for i, b := range pk.bound {
		pk.bind(b, i == len(pk.bound)-1)
	}
	pk.describe(pk.info())
	return pk.output(w)
}

// pack is a print pack being made: its own document draws the cover and
// blank pages, each packet and handout its own pages on the same PDF.
type pack struct {
	*document
	p          kit.Pack
	name, date string // interviewer and day, as printed
	bound      []boundDoc
	lineWidth  float64 // fpdf's line width before anything is drawn
	starts     []int   // the page each bound document starts on, from 1
}

// boundDoc is a packet or handout of the pack, laid out, and its round.
type boundDoc struct {
	*kitDoc
	pages   [][]placed
	at      kit.Appointment
	handout bool
	title   string // the round's title, as printed
}

// layOut lays out every round's packet, and its handout when the round
// gives the candidate material, in the pack's PDF; nothing is drawn yet.
func (pk *pack) layOut() error {
	var errs []error
	for _, a := range pk.p.Appointments {
		round := &a.Kit.Rounds[a.Round]
		pp, err := newPacket(a.Kit, round, pk.st, pk.pdf)
		if err != nil {
			return err
		}
		docs := []boundDoc{{kitDoc: pp.kitDoc, at: a, title: pp.title}}
		var parts [][]part
		parts = append(parts, pp.parts())
		if round.HasCandidateMaterial() {
			h, err := newHandout(a.Kit, round, pk.st, pk.pdf)
			if err != nil {
				return err
			}
			docs = append(docs, boundDoc{kitDoc: h.kitDoc, at: a, handout: true, title: h.title})
			parts = append(parts, h.parts())
		}
		for i := range docs {
			docs[i].outline = 1
			pages, err := docs[i].layout(parts[i])
			if err != nil {
				errs = append(errs, fmt.Errorf("%s, %s: %w", a.Kit.Candidate, a.Title(), err))
				continue
			}
			docs[i].pages = pages
			pk.bound = append(pk.bound, docs[i])
		}
	}
	return errors.Join(errs...)
}

// packets counts the pack's packets.
func (pk *pack) packets() int { return len(pk.p.Appointments) }

// sheetPages is n pages rounded up to whole sheets printed on both sides.
func sheetPages(n int) int { return n + n%2 }

// coverPages lays the cover out, with the page each packet starts on: the
// cover takes whole sheets, and so does each packet.
func (pk *pack) coverPages() ([][]placed, error) {
	pk.starts = make([]int, len(pk.bound))
	pages, err := pk.layout(pk.coverParts())
	if err != nil {
		return nil, err
	}
	next := sheetPages(len(pages)) + 1
	for i, b := range pk.bound {
		pk.starts[i] = next
		next += sheetPages(len(b.pages))
	}
	// Page numbers take one line in their column, so the cover keeps its
	// length when they change.
	return pk.layout(pk.coverParts())
}

// padToSheet adds a blank page after a part of n pages that ends on a
// front side.
func (pk *pack) padToSheet(n int) {
	if n%2 == 0 {
		return
	}
	st := &pk.st
	pk.pdf.AddPage()
	f := ink{false, st.SizeSmall, st.Muted}
	pk.current = ink{} // the packets set fonts on the PDF behind this document's back
	pk.use(f)
	pk.put(pk.x0, (st.bodyTop()+st.bodyBottom())/2, pk.w, pk.lh(f),
		"This page is left blank, so that what follows starts on a sheet of its own.", "C")
}

// bind draws a packet's or handout's pages into the pack, from the state
// it starts from printed alone: fpdf's colours and line width, and the
// font its layout left selected. Its first box opens its entry in the
// outline. One before another ends on a whole sheet, so a handout can be
// handed over on sheets of its own.
func (pk *pack) bind(b boundDoc, last bool) {
	pdf := pk.pdf
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetFillColor(0, 0, 0)
	pdf.SetLineWidth(pk.lineWidth)
	font := b.current
	b.current = ink{}
	b.use(font)
	title := fmt.Sprintf("%s  %s · %s", kit.Clock(b.at.Start), b.candidate, b.title)
	if b.handout {
		title = fmt.Sprintf("%s  %s · %s: the candidate's handout", kit.Clock(b.at.Start), b.candidate, b.title)
	}
	decorate(&b.pages[0][0].box, func(y float64) { pdf.Bookmark(title, 0, y) })
	b.drawPages(b.pages)
	if !last {
		pk.padToSheet(len(b.pages))
	}
}

// coverParts are the cover: who and when, the rounds with the pages of
// their packets, and how to print and use the pack.
func (pk *pack) coverParts() []part {
	st, ps := &pk.st, &pk.st.Pack
	kicker := "PRINT PACK · FOR THE INTERVIEWER"
	if pk.name == "" {
		kicker = "PRINT PACK · ROUNDS WITH NO INTERVIEWER NAMED YET: WRITE THE NAME ON EACH COVER"
	}
	boxes := pk.titleBlock(kicker, pk.name, "Day plan")
	first, last := pk.p.Appointments[0], pk.p.Appointments[len(pk.p.Appointments)-1]
	sub := fmt.Sprintf("%s · %s · %s–%s", pk.date, roundCount(pk.packets()), kit.Clock(first.Start), kit.Clock(last.End))
	boxes = append(boxes, spacer(st.Cover.SubtitleGap))
	boxes = append(boxes, pk.para(ink{false, st.SizeSubtitle, st.Muted}, pk.x0, pk.w, sub, "L")...)

	cols := []column{{"#", ps.Number, "L"}, {"Time", ps.Time, "L"},
		{"Candidate", pk.w - (ps.Number + ps.Time + ps.Round + ps.Level + ps.Pages), "L"},
		{"Round", ps.Round, "L"}, {"Level", ps.Level, "L"}, {"Pages", ps.Pages, "R"}}
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	head := func(title string) []box {
		return []box{pk.heading(title, "each packet starts on a sheet of its own"), spacer(ps.HeadGap), pk.tableHead(cols)}
	}
	boxes = append(boxes, spacer(ps.Above))
	boxes = append(boxes, head("Your rounds")...)
	n := 0
	for i, b := range pk.bound {
		if b.handout {
			continue
		}
		a := b.at
		pages := cell{text: pk.pages(i), f: body}
		if i+1 < len(pk.bound) && pk.bound[i+1].handout {
			pages.sub = "handout " + pk.pages(i+1)
		}
		boxes = append(boxes, pk.tableRow(cols, []cell{
			{text: fmt.Sprint(n + 1), f: bold},
			{text: kit.Clock(a.Start) + "–" + kit.Clock(a.End), f: body},
			{text: pk.text("candidate name", a.Kit.Candidate), f: bold, sub: "Kit " + pk.text("kit ID", a.Kit.ID)},
			{text: pk.text("round title", a.Title()), f: body, sub: fmt.Sprintf("%d min, %s", a.Kit.Rounds[a.Round].Minutes(), pk.words.Count(len(a.Kit.Rounds[a.Round].Questions), catalog.QuestionOne, catalog.QuestionMany))},
			{text: pk.text("level", a.Kit.Level.Title), f: body},
			pages,
		}, n%2 == 1))
		n++
	}
	boxes = append(boxes, spacer(ps.NoteGap))
	boxes = append(boxes, pk.panel("Printing and scoring",
		"Print this pack on both sides of the paper: every packet starts on a sheet of its own, so the packets "+
			"can be taken apart and carried room to room; a round with exercises on paper has the candidate's "+
			"handout after its packet, on sheets of its own to hand over. Score each question on paper during "+
			"the round, before talking to the other interviewers; type the scores into the candidate's "+
			"scoresheet after the round. The packets are personal data about the candidates: keep them with "+
			"you and hand them in after the debrief.")...)
	return []part{{boxes: boxes, more: func() []box { return head("Your rounds (continued)") }}}
}

// pages are the pages of the i-th bound document in the pack: "3–9", or
// "11" for one page.
func (pk *pack) pages(i int) string {
	first, last := pk.starts[i], pk.starts[i]+len(pk.bound[i].pages)-1
	if first == last {
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d–%d", first, last)
}

// roundCount is "4 rounds".
func roundCount(n int) string {
	if n == 1 {
		return "1 round"
	}
	return fmt.Sprintf("%d rounds", n)
}

// info is the pack's document properties.
func (pk *pack) info() docInfo {
	who := pk.name
	if who == "" {
		who = "rounds with no interviewer named"
	}
	in := docInfo{
		title:   fmt.Sprintf("Print pack: %s, %s", who, pk.date),
		author:  pk.name,
		subject: fmt.Sprintf("%s, %s", roundCount(pk.packets()), pk.date),
		version: pk.p.Appointments[0].Kit.ToolVersion,
	}
	in.keywords = []string{"interview", "print pack"}
	var ids []string
	for _, b := range pk.bound {
		if !b.handout {
			ids = append(ids, "kit "+b.kitID)
		}
	}
	in.keywords = append(in.keywords, strings.Join(ids, ", "))
	return in
}
