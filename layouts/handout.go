package layouts

// The candidate's handout: what the candidate gets on paper in a round.
// A first page says what the pages are; then each exercise of the round
// that gives the candidate material, under the number the question has in
// the interviewer's packet ("Q3"), with the handout's text (or, without
// one, the question as read out), its listings numbered line by line as in
// the packet, and ruled room to write. It is a kit document (kitdoc.go):
// the candidate's name, the round and the kit ID head every page.
//
// Its rule: nothing of the interviewer's reaches it. It prints a question's
// text, handout and listings and nothing else of it: no ID (an ID can name
// the answer), area, level, why we ask, key point, follow-up, red flag,
// rubric or script. The tests read every handout of the bank back to prove
// it.

import (
	"errors"
	"fmt"
	"io"

	"codeberg.org/go-pdf/fpdf"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// HandoutOptions are the choices of a printed handout that are not content.
type HandoutOptions struct {
	Paper Paper // A4 when zero
}

// ErrNoHandout marks a round none of whose questions gives the candidate
// anything on paper (kit.Round.HasCandidateMaterial is false).
var ErrNoHandout = errors.New("no candidate material")

// WriteHandout writes the candidate's handout for round r of k as a PDF.
// A round without candidate material is an error wrapping ErrNoHandout;
// text the fonts cannot print is refused as for a packet, before anything
// is written.
func WriteHandout(w io.Writer, k *kit.Kit, r int, opt HandoutOptions) error {
	if k == nil {
		return errors.New("handout: no kit")
	}
	if r < 0 || r >= len(k.Rounds) {
		return fmt.Errorf("handout: kit %s has no round %d", k.ID, r+1)
	}
	round := &k.Rounds[r]
	if !round.HasCandidateMaterial() {
		return fmt.Errorf("handout: round %d of kit %s: %w", r+1, k.ID, ErrNoHandout)
	}
	h, err := newHandout(k, round, DefaultStyle(paperOrA4(opt.Paper)))
	if err != nil {
		return err
	}
	return h.render(w, h.parts())
}

// newHandout starts the handout of round; on is as for newDocument.
func newHandout(k *kit.Kit, round *kit.Round, st Style, on ...*fpdf.Fpdf) (*handout, error) {
	kd, err := newKitDoc("handout", "a handout", k, st, on...)
	if err != nil {
		return nil, err
	}
	h := &handout{kitDoc: kd, round: round}
	h.title = h.text("round title", round.Title)
	h.head.title = h.words.T(catalog.HandoutHead, h.title)
	h.head.note = h.words.T(catalog.HandoutFoot, h.dateText())
	h.describe(docInfo{
		title:    h.words.T(catalog.HandoutDocTitle, h.candidate, h.title),
		subject:  h.words.T(catalog.HandoutSubject, h.title),
		keywords: []string{"kit " + h.kitID, "handout"},
		version:  k.ToolVersion,
	})
	return h, nil
}

// handout is a kit document for one round's candidate.
type handout struct {
	*kitDoc
	round *kit.Round
	title string // the round's title, as printed
}

// parts is one part per exercise, each on a page of its own, the first
// opened by the words that say what the pages are: an exercise too long
// for the rest of the first page starts on it and runs on, rather than
// leave the first page all but empty.
func (h *handout) parts() []part {
	var parts []part
	for i, q := range h.round.Questions {
		if !q.HasCandidateMaterial() {
			continue
		}
		pt := h.exercisePart(i+1, q)
		if len(parts) == 0 {
			pt.boxes = append(h.intro(), pt.boxes...)
		} else {
			pt.newPage = true
		}
		parts = append(parts, pt)
	}
	return parts
}

// intro opens the handout: what it is, for whom, and how to use it.
func (h *handout) intro() []box {
	st, hs := &h.st, &h.st.Handout
	w := h.words
	boxes := h.titleBlock(w.T(catalog.HandoutKicker, h.title), h.candidate, w.T(catalog.HandoutBookmark))
	boxes = append(boxes, spacer(hs.IntroGap))
	boxes = append(boxes, h.para(ink{false, st.SizeBody, st.Ink}, h.x0, h.w, w.T(catalog.HandoutIntro), "L")...)
	boxes = append(boxes, spacer(hs.IntroGap))
	return append(boxes, h.detailRow([][2]string{{w.T(catalog.FieldRound), h.title}, {w.T(catalog.FieldDate), h.dateText()}, {w.T(catalog.FieldKit), h.kitID}}))
}

// exercisePart is question n of the round as the candidate gets it: its
// band, its text, its listings and room to write.
func (h *handout) exercisePart(n int, q *kit.Question) part {
	st, hs := &h.st, &h.st.Handout
	field := fmt.Sprintf("question %d", n)
	boxes := []box{spacer(hs.ExerciseGap)}
	band := h.exerciseBand(n, q.Minutes, false)
	band.keep = true
	h.bookmark(&band, h.words.T(catalog.PlanQuestion, n), 0)
	boxes = append(boxes, band, spacer(hs.TextGap))
	body := ink{false, st.SizeBody, st.Ink}
	if q.Handout != "" {
		boxes = append(boxes, h.handoutText(body, h.x0, h.w, field, q.Handout)...)
	} else {
		boxes = append(boxes, h.para(body, h.x0, h.w, h.text(field, q.Text), "L")...)
	}
	boxes = append(boxes, h.listings(field, q.Code, h.x0, h.w)...)
	boxes = append(boxes, spacer(hs.WriteGap))
	label := h.para(ink{true, st.SizeLabel, st.Muted}, h.x0, h.w, h.words.T(catalog.YourNotes), "L")
	label[len(label)-1].keep = true
	boxes = append(boxes, label...)
	boxes = append(boxes, h.writingSpace(hs.WriteLines, hs.WriteLeast))
	more := func() []box { return []box{h.exerciseBand(n, q.Minutes, true), spacer(st.Gap)} }
	return part{boxes: boxes, whole: true, more: more}
}

// exerciseBand is the grey band over an exercise: "Q3" and "Exercise",
// or "(continued)" on a page it runs on to, and its minutes.
func (h *handout) exerciseBand(n, minutes int, continued bool) box {
	st, qs := &h.st, &h.st.Packet.Question
	numF := ink{true, st.SizeNumber, st.Ink}
	wordF := ink{true, st.SizeSubheading, st.Ink}
	minF := ink{false, st.SizeBody, st.Muted}
	num := h.words.T(catalog.PlanQuestion, n)
	word := h.words.T(catalog.Exercise)
	if continued {
		word = h.words.T(catalog.Continued, word)
	}
	mins := h.words.T(catalog.AboutMinutes, minutes)
	hh := st.Pad*2 + h.lh(numF)
	return box{h: hh, draw: func(y, _ float64) {
		h.fill(h.x0, y, h.w, hh, st.FillStrong)
		h.use(numF)
		numW := h.pdf.GetStringWidth(num) + qs.NumberGap
		h.put(h.x0+st.Pad, y+st.Pad, numW, h.lh(numF), num, "L")
		h.use(wordF)
		h.put(h.x0+st.Pad+numW, y+st.Pad, h.w/2, h.lh(numF), word, "L")
		h.use(minF)
		h.put(h.x0, y+st.Pad, h.w-st.Pad, h.lh(numF), mins, "R")
	}}
}
