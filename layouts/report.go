package layouts

// The report: what the archive of completed scoresheets says, as a
// document HR and a hiring team can look at. Charts drawn as vectors:
// each interviewer's mean and spread against the panel's mean, how each
// question's scores spread over 1 to 4, the interviewers' calls per round;
// then the scoresheets with gaps.
//
// It is a document of its own and follows the base's rules. Its charts
// print in grayscale and carry no meaning by grey alone: every bar and
// dot has its number, and every judgement its words. Small numbers are
// said to be small: the words come with the content (the archive's rules),
// and a mean from too few scores is drawn hollow.

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ReportTitle is the report's name in every page header.
const ReportTitle = "Interview report"

// ReportContent is what the report shows, as read from the archive.
type ReportContent struct {
	Bank                 string    // the bank's title
	AsOf                 time.Time // the last interview archived: the document's date
	Kits, Rounds, Scores int
	PanelMean            float64 // the mean of every score
	Interviewers         []CalibrationLine
	Questions            []SpreadLine // the questions scored often enough to chart
	// FewScores are the questions scored too few times to tell anything
	// from, "orm-n-plus-one (2 scores)", with the least that would do.
	FewScores  []string
	FewBelow   int
	Calls      []string // the recommendation labels RoundCalls count, in order
	ByRound    []RoundCalls
	Incomplete []GapLine
	NeverAsked int // questions of the bank no archived kit holds
}

// CalibrationLine is one interviewer against the panel.
type CalibrationLine struct {
	Name     string // "" for rounds that name nobody
	Scores   int
	Mean, SD float64
	// Vs is the mean difference from colleagues on the same questions,
	// over VsScores scores.
	Vs       float64
	VsScores int
	Lean     string // the archive's judgement, in words
	TooFew   bool   // the lean could not be judged: the mean is drawn hollow
}

// SpreadLine is how one question's scores spread.
type SpreadLine struct {
	ID, Area string
	Counts   [4]int // how many times it scored 1, 2, 3 and 4
	NA       int
	Mean, SD float64
	Note     string // what the spread says, in words: "everyone aces it"
}

// RoundCalls is how the interviewers of the rounds with one title called
// them: Counts[i] rounds called Calls[i].
type RoundCalls struct {
	Title  string
	Counts []int
}

// GapLine is a round whose scoresheet has gaps.
type GapLine struct {
	Date, Candidate, KitID, Round, Interviewer, Missing string
}

// ReportOptions are the choices of a printed report that are not content.
type ReportOptions struct {
	Paper   Paper  // A4 when zero
	Version string // of the tool, for the document's properties
}

// WriteReport writes the report as a PDF. Text the fonts cannot print is
// refused with errors matching ErrUnprintable, before anything is written.
func WriteReport(w io.Writer, c ReportContent, opt ReportOptions) error {
	if c.Kits == 0 {
		return errors.New("report: nothing archived")
	}
	st := DefaultStyle(paperOrA4(opt.Paper))
	d, err := newDocument("report", "a report", st, c.AsOf)
	if err != nil {
		return err
	}
	r := &report{document: d, c: c}
	r.asOf = c.AsOf.Format("Monday 2 January 2006")
	r.head = runningHead{name: ReportTitle, title: r.text("bank title", c.Bank), note: "Confidential · interviews to " + r.asOf}
	r.describe(docInfo{
		title:    ReportTitle + ": " + r.text("bank title", c.Bank),
		subject:  fmt.Sprintf("%s, %s, %s, interviews to %s", plural(c.Kits, "kit"), plural(c.Rounds, "round"), plural(c.Scores, "score"), r.asOf),
		keywords: []string{"interview", "report", "calibration"},
		version:  opt.Version,
	})
	return r.render(w, r.parts())
}

// report is a report being made.
type report struct {
	*document
	c    ReportContent
	asOf string // as printed
}

func (r *report) parts() []part {
	parts := []part{r.coverPart(), r.calibrationPart()}
	if len(r.c.Questions) > 0 {
		parts = append(parts, r.spreadPart())
	}
	if len(r.c.FewScores) > 0 {
		parts = append(parts, r.fewScoresPart())
	}
	return append(parts, r.callsPart(), r.gapsPart())
}

// coverPart is what the report covers and how to read it.
func (r *report) coverPart() part {
	st := &r.st
	c := r.c
	boxes := r.titleBlock("INTERVIEW REPORT · FOR HR AND THE HIRING TEAM", ReportTitle, "Summary")
	sub := fmt.Sprintf("%s · %s, %s, %s · interviews to %s", r.text("bank title", c.Bank),
		plural(c.Kits, "kit"), plural(c.Rounds, "round"), plural(c.Scores, "score"), r.asOf)
	boxes = append(boxes, spacer(st.Cover.SubtitleGap))
	boxes = append(boxes, r.para(ink{false, st.SizeSubtitle, st.Muted}, r.x0, r.w, sub, "L")...)
	boxes = append(boxes, spacer(st.Cover.DetailsGap))
	boxes = append(boxes, r.detailRow([][2]string{
		{"Panel mean", r.panelMean()},
		{"Interviewers", fmt.Sprint(len(c.Interviewers))},
		{"Questions asked", fmt.Sprint(len(c.Questions) + len(c.FewScores))},
		{"Never asked", fmt.Sprintf("%d of the bank", c.NeverAsked)},
		{"Incomplete", plural(len(c.Incomplete), "round")},
	}))
	boxes = append(boxes, spacer(st.Cover.NoticeGap))
	boxes = append(boxes, r.panel("Reading this report",
		"Scores run 1 to 4; a blank or N/A is never a score. Each round counts as its latest collected "+
			"version. An interviewer is called harsher or more lenient only from enough of their scores "+
			"compared with colleagues' on the same questions; with fewer, the report says there are too few "+
			"to tell, and draws their mean hollow. Spreads are standard deviations. These are statistics "+
			"about interviewing, not about any candidate: share them only with the hiring team.")...)
	return part{boxes: boxes}
}

// fewScoresPart names the questions scored too few times to chart.
func (r *report) fewScoresPart() part {
	st, rs := &r.st, &r.st.Report
	ids := make([]string, len(r.c.FewScores))
	for i, q := range r.c.FewScores {
		ids[i] = r.text("question", q)
	}
	boxes := []box{spacer(rs.Above), r.heading("Too few scores to tell", plural(len(ids), "question")), spacer(rs.HeadGap)}
	boxes[1].keep = true
	boxes = append(boxes, r.para(ink{false, st.SizeSmall, st.Muted}, r.x0, r.w,
		fmt.Sprintf("Scored fewer than %d times each, so their spread says nothing yet:", r.c.FewBelow), "L")...)
	boxes = append(boxes, spacer(rs.NoteGap/2))
	boxes = append(boxes, r.para(ink{false, st.SizeSmall, st.Ink}, r.x0, r.w, strings.Join(ids, " · "), "L")...)
	return part{boxes: boxes, whole: true}
}

// panelMean is the panel's mean as printed: "2.51 of 4", or that there
// is none yet.
func (r *report) panelMean() string {
	if r.c.Scores == 0 {
		return "no scores yet"
	}
	return fmt.Sprintf("%.2f of 4", r.c.PanelMean)
}

// gapsPart lists the rounds whose scoresheets have gaps.
func (r *report) gapsPart() part {
	st, rs, gs := &r.st, &r.st.Report, &r.st.Report.Gaps
	cols := []column{{"Date", gs.Date, "L"}, {"Candidate", r.w - (gs.Date + gs.Kit + gs.Round + gs.Interviewer + gs.Missing), "L"},
		{"Kit", gs.Kit, "L"}, {"Round", gs.Round, "L"}, {"Interviewer", gs.Interviewer, "L"}, {"Missing", gs.Missing, "L"}}
	note := "scores left blank, and recommendations not given, by round"
	head := func(title string) []box {
		return []box{r.heading(title, note), spacer(rs.HeadGap), r.tableHead(cols)}
	}
	boxes := append([]box{spacer(rs.Above)}, head("Incomplete scoresheets")...)
	body := ink{false, st.SizeDetail, st.Ink}
	if len(r.c.Incomplete) == 0 {
		boxes = append(boxes[:2], spacer(rs.HeadGap))
		boxes = append(boxes, r.para(body, r.x0, r.w, "None: every archived round is scored and has its interviewer's recommendation.", "L")...)
		return part{boxes: boxes}
	}
	for i, g := range r.c.Incomplete {
		who := r.text("interviewer", g.Interviewer)
		if who == "" {
			who = "not named"
		}
		boxes = append(boxes, r.tableRow(cols, []cell{
			{text: r.text("date", g.Date), f: body},
			{text: r.text("candidate name", g.Candidate), f: ink{true, st.SizeDetail, st.Ink}},
			{text: r.text("kit ID", g.KitID), f: body},
			{text: r.text("round", g.Round), f: body},
			{text: who, f: body},
			{text: r.text("gap", g.Missing), f: body},
		}, i%2 == 1))
	}
	return part{boxes: boxes, more: func() []box { return head("Incomplete scoresheets (continued)") }}
}

// chartHead is a section's heading over a note in words and the chart's
// own header band: what opens the section. A page it runs on to opens
// with the heading and the band, without the note.
func (r *report) chartHead(title, aside, note string, band box) []box {
	rs := &r.st.Report
	boxes := []box{r.heading(title, aside), spacer(rs.HeadGap)}
	if note != "" {
		boxes = append(boxes, r.para(ink{false, r.st.SizeSmall, r.st.Muted}, r.x0, r.w, note, "L")...)
		boxes = append(boxes, spacer(rs.NoteGap))
	}
	for i := range boxes {
		boxes[i].keep = true
	}
	return append(boxes, band)
}

// joinAnd is "a, b and c".
func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
