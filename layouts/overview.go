package layouts

// The loop overview: the PDF a hiring manager runs a loop from. A cover
// with the schedule and the coverage of the focus areas by the rounds with
// its flags, at a glance; who asks what in each round; and the debrief sheet
// on which the panel's independent scores and recommendations are
// collected.
//
// It is a kit document (kitdoc.go) and follows the base's rules: every page
// carries the candidate, "Loop overview" and the kit ID in its header and
// "Page X of Y" in its footer; nothing is clipped but one-line header
// fields; text the fonts cannot print is refused before anything is
// written; the same kit gives the same bytes. Nothing carries meaning by
// grey alone: coverage flags are words with a mark.

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// OverviewTitle is the overview's name in every page header of an
// overview in English (catalog.OverviewHead in the kit's language).
const OverviewTitle = "Loop overview"

// OverviewOptions are the choices of a printed overview that are not
// content.
type OverviewOptions struct {
	Paper Paper // A4 when zero
	// Start is the clock time of the first round, from midnight; rounds
	// follow back to back, with the kit's breaks. The kit policy's start
	// when zero.
	Start time.Duration
}

// WriteOverview writes the loop overview of k as a PDF. focus is the loop's
// focus areas, the rows of its coverage matrix (kit.NewCoverage); none
// means the areas the rounds ask about. Text the fonts cannot print is
// refused with errors matching ErrUnprintable, before anything is written.
func WriteOverview(w io.Writer, k *kit.Kit, focus []kit.Area, opt OverviewOptions) error {
	if k == nil {
		return errors.New("overview: no kit")
	}
	if len(k.Rounds) == 0 {
		return fmt.Errorf("overview: kit %s has no rounds", k.ID)
	}
	if opt.Start == 0 {
		opt.Start = k.Policy.WithDefaults().Start
	}
	o, err := newOverview(k, focus, opt.Start, DefaultStyle(paperOrA4(opt.Paper)))
	if err != nil {
		return err
	}
	return o.render(w, o.parts())
}

// overview is a kit document for the whole loop: what drawing it needs
// beyond the base is the loop's focus and coverage, its start time and the
// rounds' titles and interviewers as printed.
type overview struct {
	*kitDoc
	focus    []kit.Area
	cov      kit.Coverage
	start    time.Duration
	rounds   []string // round titles as printed
	people   []string // interviewers as printed; "" when not named
	numbered []string // "R1", "R2", ...
}

func newOverview(k *kit.Kit, focus []kit.Area, start time.Duration, st Style) (*overview, error) {
	kd, err := newKitDoc("overview", "an overview", k, st)
	if err != nil {
		return nil, err
	}
	o := &overview{kitDoc: kd, focus: focus, start: start}
	o.head.title = o.words.T(catalog.OverviewHead)
	o.cov = kit.NewCoverage(k.Rounds, focus)
	o.describe(o.info())
	for i, r := range k.Rounds {
		o.rounds = append(o.rounds, o.text(fmt.Sprintf("round %d title", i+1), r.Title))
		o.people = append(o.people, o.text(fmt.Sprintf("round %q interviewer", r.Title), r.Interviewer))
		o.numbered = append(o.numbered, o.words.T(catalog.RoundNumber, i+1))
	}
	return o, nil
}

// info is the overview's document properties.
func (o *overview) info() docInfo {
	k := o.k
	in := docInfo{
		title: o.words.T(catalog.OverviewDocTitle, o.candidate),
		subject: o.words.T(catalog.OverviewSubject, o.text("role", k.Role), o.levelText(),
			len(k.Rounds), k.Minutes()),
		keywords: []string{"kit " + o.kitID, "interview", "loop", k.Level.ID},
		version:  k.ToolVersion,
	}
	for _, a := range o.cov.Areas {
		in.keywords = append(in.keywords, a.ID)
	}
	return in
}

// parts is the whole overview in order.
func (o *overview) parts() []part {
	parts := []part{o.coverPart(), o.schedulePart()}
	parts = append(parts, o.coverageParts()...)
	parts = append(parts, o.whoAsksWhatParts()...)
	return append(parts, o.debriefParts()...)
}

// roundFocus is what a round is about: its focus areas, the loop's focus
// when it is that and longer than a few areas (the cover lists it), or all
// areas.
func (o *overview) roundFocus(r *kit.Round) string {
	if !r.Focused {
		return o.words.T(catalog.AllAreas)
	}
	if len(r.Areas) > o.st.Overview.Schedule.FocusNamed && len(r.Areas) == len(o.focus) {
		same := true
		for _, a := range r.Areas {
			same = same && slices.ContainsFunc(o.focus, func(f kit.Area) bool { return f.ID == a.ID })
		}
		if same {
			return o.words.T(catalog.LoopFocus, len(r.Areas))
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
	return o.kitDoc.coverPart(cover{
		kicker:   o.words.T(catalog.OverviewKicker),
		bookmark: o.words.T(catalog.ScheduleTitle),
		focus:    o.focus,
		details: func() [][][2]string {
			k, w := o.k, o.words
			return [][][2]string{
				{{w.T(catalog.FieldDate), o.dateText()}, {w.T(catalog.FieldLoop), w.T(catalog.LoopText, len(k.Rounds), k.Minutes())},
					{w.T(catalog.FieldQuestions), w.T(catalog.QuestionsText, len(k.Questions()))}, {w.T(catalog.FieldKitID), o.kitID}},
				{{w.T(catalog.FieldLevel), o.levelText()}, {w.T(catalog.FieldBank), o.bankText()}, {w.T(catalog.FieldSeed), fmt.Sprint(k.Seed)}},
			}
		},
		whose: catalog.OverviewWhose,
	})
}
