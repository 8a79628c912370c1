package layouts

// The loop overview: the PDF a hiring manager runs a loop from. A cover
// with the schedule and the coverage of the focus areas by the rounds with
// its flags, at a glance; who asks what in each round; and the debrief sheet
// on which the panel's independent scores and recommendations are
// collected.
//
// It is drawn with the packet's machinery (packet.go, packet_flow.go,
// packet_boxes.go) and follows its rules: every page carries the candidate,
// "Loop overview" and the kit ID in its header and "Page X of Y" in its
// footer; nothing is clipped but one-line header fields; text the fonts
// cannot print is refused before anything is written; the same kit gives
// the same bytes. Nothing carries meaning by grey alone: coverage flags are
// words with a mark.

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

// OverviewTitle is the overview's name in every page header.
const OverviewTitle = "Loop overview"

// OverviewOptions are the choices of a printed overview that are not
// content.
type OverviewOptions struct {
	Paper Paper // A4 when zero
	// Start is the clock time of the first round, from midnight; rounds
	// follow back to back. kit.DefaultStart when zero.
	Start time.Duration
}

// WriteOverview writes the loop overview of k as a PDF. focus is the loop's
// focus areas, the rows of its coverage matrix (kit.NewCoverage); none
// means the areas the rounds ask about. Text the fonts cannot print is
// refused with errors matching ErrUnprintable, before anything is written.
func WriteOverview(w io.Writer, k *kit.Kit, focus []kit.Area, opt OverviewOptions) error {
	if len(k.Rounds) == 0 {
		return fmt.Errorf("overview: kit %s has no rounds", k.ID)
	}
	paper := opt.Paper
	if paper.Width == 0 {
		paper = A4
	}
	if opt.Start == 0 {
		opt.Start = kit.DefaultStart
	}
	glyphs.once.Do(loadGlyphs)
	if glyphs.err != nil {
		return glyphs.err
	}
	o := newOverview(k, focus, opt.Start, DefaultStyle(paper))
	parts := o.parts()
	if len(o.problems) > 0 {
		return errors.Join(o.problems...)
	}
	pages, err := paginate(parts, o.st.bodyTop(), o.st.bodyBottom())
	if err != nil {
		return fmt.Errorf("overview: %w", err)
	}
	for i, page := range pages {
		o.pdf.AddPage()
		o.pageFrame(i+1, len(pages))
		for _, b := range page {
			b.draw(b.y, b.h)
		}
	}
	if err := o.pdf.Output(w); err != nil {
		return fmt.Errorf("overview: %w", err)
	}
	return nil
}

// overview is a packet whose round is the whole loop: it borrows the
// packet's document, style, header and footer, and drawing helpers.
type overview struct {
	*packet
	focus    []kit.Area
	cov      kit.Coverage
	start    time.Duration
	rounds   []string // round titles as printed
	people   []string // interviewers as printed; "" when not named
	numbered []string // "R1", "R2", ...
}

func newOverview(k *kit.Kit, focus []kit.Area, start time.Duration, st Style) *overview {
	// The pseudo-round names the page headers; the packet's metadata is
	// replaced below.
	o := &overview{packet: newPacket(k, &kit.Round{Title: OverviewTitle}, st), focus: focus, start: start}
	o.cov = kit.NewCoverage(k.Rounds, focus)
	for i, r := range k.Rounds {
		o.rounds = append(o.rounds, o.text(fmt.Sprintf("round %d title", i+1), r.Title))
		o.people = append(o.people, o.text(fmt.Sprintf("round %q interviewer", r.Title), r.Interviewer))
		o.numbered = append(o.numbered, fmt.Sprintf("R%d", i+1))
	}
	o.metadata()
	return o
}

// metadata replaces the packet's document properties with the overview's.
func (o *overview) metadata() {
	k := o.k
	o.pdf.SetTitle(fmt.Sprintf("Loop overview: %s", o.candidate), true)
	o.pdf.SetSubject(fmt.Sprintf("%s, %s: %d rounds, %d minutes", o.text("role", k.Role), o.levelText(),
		len(k.Rounds), k.Minutes()), true)
	keywords := []string{"kit " + o.kitID, "interview", "loop", k.Level.ID}
	for _, a := range o.cov.Areas {
		keywords = append(keywords, a.ID)
	}
	o.pdf.SetKeywords(strings.Join(keywords, ", "), true)
}

// parts is the whole overview in order.
func (o *overview) parts() []part {
	parts := []part{o.coverPart(), o.schedulePart()}
	parts = append(parts, o.coverageParts()...)
	parts = append(parts, o.whoAsksWhatParts()...)
	return append(parts, o.debriefParts()...)
}

// areaTitle is an area's title as printed.
func (o *overview) areaTitle(a kit.Area) string {
	t := a.Title
	if t == "" {
		t = a.ID
	}
	return o.text(fmt.Sprintf("area %q", a.ID), t)
}

// roundFocus is what a round is about: its focus areas, the loop's focus
// when it is that and longer than a few areas (the cover lists it), or all
// areas.
func (o *overview) roundFocus(r *kit.Round) string {
	if !r.Focused {
		return "All areas"
	}
	if len(r.Areas) > 3 && len(r.Areas) == len(o.focus) {
		same := true
		for _, a := range r.Areas {
			same = same && slices.ContainsFunc(o.focus, func(f kit.Area) bool { return f.ID == a.ID })
		}
		if same {
			return fmt.Sprintf("The loop's focus (%d areas)", len(r.Areas))
		}
	}
	titles := make([]string, len(r.Areas))
	for i, a := range r.Areas {
		titles[i] = o.areaTitle(a)
	}
	return strings.Join(titles, ", ")
}

// roundStages is the stages a round draws from, when they say more than
// its title.
func (o *overview) roundStages(i int) string {
	r := &o.k.Rounds[i]
	titles := make([]string, len(r.Stages))
	for j, s := range r.Stages {
		t := s.Title
		if t == "" {
			t = s.ID
		}
		titles[j] = o.text(fmt.Sprintf("stage %q", s.ID), t)
	}
	s := strings.Join(titles, " + ")
	if strings.EqualFold(s, o.rounds[i]) {
		return ""
	}
	return s
}

// coverPart is the title block, the loop's details and the confidentiality
// notice.
func (o *overview) coverPart() part {
	st, k := &o.st, o.k
	boxes := o.titleBlock("LOOP OVERVIEW · FOR THE HIRING MANAGER", "Schedule")
	sub := o.text("role", k.Role) + " · " + o.levelText()
	if len(o.focus) > 0 {
		titles := make([]string, len(o.focus))
		for i, a := range o.focus {
			titles[i] = o.areaTitle(a)
		}
		sub += " · focus: " + strings.Join(titles, ", ")
	}
	boxes = append(boxes, spacer(1))
	boxes = append(boxes, o.para(ink{false, st.SizeHeading + 1, st.Muted}, o.x0, o.w, sub, "L")...)
	boxes = append(boxes, spacer(6))

	bank := o.text("bank title", k.BankTitle)
	if v := o.text("bank version", k.BankVersion); v != "" {
		bank += ", version " + v
	}
	questions := len(k.Questions())
	boxes = append(boxes,
		o.detailRow([][2]string{{"Date", o.dateText()}, {"Loop", fmt.Sprintf("%d rounds, %d minutes", len(k.Rounds), k.Minutes())},
			{"Questions", fmt.Sprintf("%d, none asked twice", questions)}, {"Kit ID", o.kitID}}),
		o.detailRow([][2]string{{"Level", o.levelText()}, {"Question bank", bank}, {"Seed", fmt.Sprint(k.Seed)}}),
	)
	boxes = append(boxes, spacer(5))
	boxes = append(boxes, o.panel("Confidential",
		"This overview and the panel's notes are personal data about the candidate: share them only with the hiring panel. "+
			strings.TrimSuffix(o.text("retention", k.Retention), ".")+".")...)
	return part{boxes: boxes, whole: true}
}
