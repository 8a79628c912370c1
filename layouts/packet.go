package layouts

// The interviewer packet: the PDF an interviewer prints and runs a round
// from with a pen. A cover with the time plan and the rating scale, one block
// per question, and a summary page; the candidate, round and kit ID on every
// page and "Page X of Y" in every footer.
//
// The same kit always gives the same bytes: dates come from the kit, the
// catalog is sorted and nothing depends on map order.

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/interviewkit/interviewkit/kit"
)

// PacketOptions are the choices of a printed packet that are not content.
type PacketOptions struct {
	Paper Paper // A4 when zero
}

// WritePacket writes the interviewer packet for round r of k as a PDF. Text
// the packet's fonts cannot print is refused with errors matching
// ErrUnprintable, one per field, before anything is written.
func WritePacket(w io.Writer, k *kit.Kit, r int, opt PacketOptions) error {
	if k == nil {
		return errors.New("packet: no kit")
	}
	if r < 0 || r >= len(k.Rounds) {
		return fmt.Errorf("packet: kit %s has no round %d", k.ID, r+1)
	}
	paper := opt.Paper
	if paper.Width == 0 && paper.Height == 0 {
		paper = A4
	}
	if st := DefaultStyle(paper); st.bodyWidth() < minBody || st.bodyBottom()-st.bodyTop() < minBody {
		return fmt.Errorf("packet: paper %q (%g x %g mm) is too small for a packet", paper.Name, paper.Width, paper.Height)
	}
	glyphs.once.Do(loadGlyphs)
	if glyphs.err != nil {
		return glyphs.err
	}
	p := newPacket(k, &k.Rounds[r], DefaultStyle(paper))
	parts := p.parts()
	if len(p.problems) > 0 {
		return errors.Join(p.problems...)
	}
	pages, err := paginate(parts, p.st.bodyTop(), p.st.bodyBottom())
	if err != nil {
		return fmt.Errorf("packet: %w", err)
	}
	for i, page := range pages {
		p.pdf.AddPage()
		p.pageFrame(i+1, len(pages))
		for _, b := range page {
			b.draw(b.y, b.h)
		}
	}
	if err := p.pdf.Output(w); err != nil {
		return fmt.Errorf("packet: %w", err)
	}
	return nil
}

// minBody is the least width and height, in mm, of a page's body.
const minBody = 150

// packet holds what drawing a packet needs: the document, the style, the kit
// and its round, and the text problems found so far.
type packet struct {
	pdf   *fpdf.Fpdf
	st    Style
	k     *kit.Kit
	round *kit.Round
	x0    float64 // left edge of the body
	w     float64 // width of the body

	candidate, title, kitID string // tidied header fields
	current                 ink    // the font and grey last set
	problems                []error
	seen                    map[string]bool // fields already reported
}

func newPacket(k *kit.Kit, round *kit.Round, st Style) *packet {
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "mm",
		Size:    fpdf.SizeType{Wd: st.Paper.Width, Ht: st.Paper.Height},
	})
	p := &packet{pdf: pdf, st: st, k: k, round: round, x0: st.MarginLeft, w: st.bodyWidth()}
	pdf.SetMargins(st.MarginLeft, st.MarginTop, st.MarginRight)
	pdf.SetAutoPageBreak(false, st.MarginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCatalogSort(true)
	// Page streams stay uncompressed: fpdf builds a new zlib writer, about
	// a megabyte of tables, for every page, which made a 12-question packet
	// ten times slower under load for a file 2.2 times smaller (83 KB
	// against 184 KB). Fonts are compressed whatever this says.
	pdf.SetCompression(false)
	pdf.SetCreationDate(k.Date)
	pdf.SetModificationDate(k.Date)
	addFonts(pdf)
	p.setFont(false, st.SizeBody, st.Ink)

	p.candidate = p.text("candidate name", k.Candidate)
	p.title = p.text("round title", round.Title)
	p.kitID = p.text("kit ID", k.ID)
	p.metadata()
	return p
}

// text tidies a string of the kit for printing and checks that every
// character can be printed, recording a problem against field when one
// cannot. The result is always safe to measure.
func (p *packet) text(field, s string) string {
	s = tidyText(s)
	if err := checkPrintable(field, s); err != nil {
		if p.seen == nil {
			p.seen = map[string]bool{}
		}
		if !p.seen[field] {
			p.seen[field] = true
			p.problems = append(p.problems, err)
		}
		return strings.Map(func(r rune) rune {
			if _, bad := unprintable(r); bad {
				return '?'
			}
			return r
		}, s)
	}
	return s
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

// metadata sets the document's properties: what a PDF viewer's "document
// properties" and a file search show.
func (p *packet) metadata() {
	k, round := p.k, p.round
	p.pdf.SetTitle(fmt.Sprintf("Interview packet: %s, %s", p.candidate, p.title), true)
	if round.Interviewer != "" {
		p.pdf.SetAuthor(p.text("interviewer", round.Interviewer), true)
	}
	p.pdf.SetSubject(fmt.Sprintf("%s, %s: %s, %d minutes", p.text("role", k.Role), p.levelText(), p.title, round.Minutes()), true)
	p.pdf.SetCreator("interviewkit", true)
	p.pdf.SetProducer("interviewkit "+strings.TrimSpace(k.ToolVersion), true)
	keywords := []string{"kit " + p.kitID, "interview", k.Level.ID}
	for _, a := range p.roundAreas() {
		keywords = append(keywords, a.ID)
	}
	p.pdf.SetKeywords(strings.Join(keywords, ", "), true)
	p.pdf.SetLang("en")
}

// levelText is the level as printed: "Senior (5-8 y)".
func (p *packet) levelText() string {
	l := p.text("level", p.k.Level.Title)
	if l == "" {
		l = p.text("level", p.k.Level.ID)
	}
	if y := p.text("level years", p.k.Level.Years); y != "" {
		l += " (" + y + ")"
	}
	return l
}

// dateText is the interview day as printed: "Saturday 14 March 2026".
func (p *packet) dateText() string {
	if p.k.Date.IsZero() {
		return ""
	}
	return p.k.Date.Format("Monday 2 January 2006")
}

// pageFrame draws the header and footer of page n of total.
func (p *packet) pageFrame(n, total int) {
	st, pdf := &p.st, p.pdf
	right := p.x0 + p.w
	lh := st.lineHeight(st.SizeLabel + 1)
	y := st.MarginTop

	// Header: candidate on the left, round in the middle, kit ID on the right.
	p.setFont(true, st.SizeLabel+1, st.Ink)
	id := "Kit " + p.kitID
	idW := pdf.GetStringWidth(id)
	p.put(right-idW, y, idW, lh, id, "R")
	nameW := (p.w - idW) * 0.55
	p.put(p.x0, y, nameW, lh, fitText(pdf, p.candidate, nameW-4), "L")
	p.setFont(false, st.SizeLabel+1, st.Muted)
	titleW := p.w - idW - nameW - 4
	p.put(p.x0+nameW, y, titleW, lh, fitText(pdf, p.title, titleW), "L")
	ruleY := st.MarginTop + st.HeaderHeight - 3.5
	p.rule(p.x0, ruleY, right, st.Rule, st.LineThin)

	// Footer: confidentiality on the left, page number on the right.
	fy := st.Paper.Height - st.MarginBottom - lh
	p.rule(p.x0, fy-1.5, right, st.Rule, st.LineThin)
	page := fmt.Sprintf("Page %d of %d", n, total)
	p.setFont(true, st.SizeLabel+0.5, st.Ink)
	pw := pdf.GetStringWidth(page)
	p.put(right-pw, fy, pw, lh, page, "R")
	p.setFont(false, st.SizeLabel+0.5, st.Muted)
	left := "Confidential · " + p.dateText()
	p.put(p.x0, fy, p.w-pw-4, lh, fitText(pdf, left, p.w-pw-4), "L")
}

// setFont selects the packet's regular or bold face at size points in grey.
// fpdf formats colours anew on every call, so repeats are skipped.
func (p *packet) setFont(bold bool, size float64, grey int) {
	if f := (ink{bold, size, grey}); p.current == f {
		return
	} else {
		p.current = f
	}
	style := ""
	if bold {
		style = "B"
	}
	p.pdf.SetFont(fontFamily, style, size)
	p.pdf.SetTextColor(grey, grey, grey)
}

// rule draws a horizontal line.
func (p *packet) rule(x1, y, x2 float64, grey int, width float64) {
	p.pdf.SetDrawColor(grey, grey, grey)
	p.pdf.SetLineWidth(width)
	p.pdf.Line(x1, y, x2, y)
}

// clock is minutes from the start of the slot as "0:05".
func clock(minutes int) string {
	d := time.Duration(minutes) * time.Minute
	return fmt.Sprintf("%d:%02d", int(d.Hours()), minutes%60)
}
