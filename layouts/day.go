package layouts

// The day overview: the PDF a recruiting coordinator runs a hiring day
// from. Who is where when, three ways: a timeline with a row per
// interviewer and a block per round, labelled with the candidate's number;
// every candidate's rounds in order with their interviewers; and every
// interviewer's rounds. Rows of the timetable that could not be booked are
// named, so the printed day does not hide who is missing.
//
// It is a document of its own (not about one kit) and follows the base's
// rules: the day in every header, "Page X of Y" in every footer, text the
// fonts cannot print refused before anything is written, the same day
// giving the same bytes. Blocks carry their candidate's number in words,
// never meaning by grey alone.

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

// DayTitle is the day overview's name in every page header.
const DayTitle = "Hiring day"

// DayOptions are the choices of a printed day overview that are not its
// appointments.
type DayOptions struct {
	Paper Paper // A4 when zero
	// Unbooked names the rows of the timetable that could not be booked,
	// "line 7 (Kim Lee)", so the day's sheet says who is missing.
	Unbooked []string
}

// WriteDay writes the overview of a hiring day as a PDF.
func WriteDay(w io.Writer, d kit.Day, opt DayOptions) error {
	if len(d.Appointments) == 0 {
		return errors.New("day: no rounds")
	}
	st := DefaultStyle(paperOrA4(opt.Paper))
	doc, err := newDocument("day", "a day overview", st, d.Date)
	if err != nil {
		return err
	}
	dv := &dayView{document: doc, day: d, packs: d.Packs(), unbooked: opt.Unbooked}
	dv.date = d.Date.Format("Monday 2 January 2006")
	dv.head = runningHead{name: DayTitle, title: dv.date, note: "Confidential · " + dv.date}
	for _, a := range d.Appointments {
		if a.Round == 0 {
			dv.kits = append(dv.kits, a.Kit)
		}
	}
	dv.describe(docInfo{
		title:    "Hiring day: " + dv.date,
		subject:  fmt.Sprintf("%d candidates, %s", len(dv.kits), roundCount(len(d.Appointments))),
		keywords: []string{"interview", "hiring day", d.Date.Format(time.DateOnly)},
		version:  d.Appointments[0].Kit.ToolVersion,
	})
	return dv.render(w, dv.parts())
}

// dayView is a day overview being made.
type dayView struct {
	*document
	day      kit.Day
	date     string     // as printed
	kits     []*kit.Kit // the candidates' loops, in order of their first round
	packs    []kit.Pack
	unbooked []string
}

// number is a candidate's number on the day: "C3".
func (dv *dayView) number(k *kit.Kit) string {
	return fmt.Sprintf("C%d", slices.Index(dv.kits, k)+1)
}

// who is an interviewer as printed, or "To be named".
func (dv *dayView) who(name string) string {
	if name == "" {
		return "To be named"
	}
	return dv.text("interviewer", name)
}

func (dv *dayView) parts() []part {
	parts := []part{dv.coverPart(), dv.timelinePart(), dv.candidatesPart(), dv.interviewersPart()}
	if len(dv.unbooked) > 0 {
		parts = append(parts, dv.unbookedPart())
	}
	return parts
}

// coverPart is the day in large type and what it holds.
func (dv *dayView) coverPart() part {
	st := &dv.st
	boxes := dv.titleBlock("HIRING DAY · FOR THE COORDINATOR", dv.date, "The day")
	apps := dv.day.Appointments
	end := apps[0].End
	for _, a := range apps {
		end = max(end, a.End)
	}
	named := 0
	for _, p := range dv.packs {
		if p.Interviewer != "" {
			named++
		}
	}
	sub := fmt.Sprintf("%d candidates · %d interviewers · %s · %s–%s", len(dv.kits), named, roundCount(len(apps)),
		kit.Clock(apps[0].Start), kit.Clock(end))
	boxes = append(boxes, spacer(st.Cover.SubtitleGap))
	boxes = append(boxes, dv.para(ink{false, st.SizeSubtitle, st.Muted}, dv.x0, dv.w, sub, "L")...)
	return part{boxes: boxes}
}

// lane is one row of the timeline: a person and their rounds, in time
// order, none overlapping.
type lane struct {
	name   string
	rounds []kit.Appointment
}

// lanes are the timeline's rows: one per interviewer, and for the rounds
// that name nobody as many as their overlaps need.
func (dv *dayView) lanes() []lane {
	var out []lane
	for _, p := range dv.packs {
		if p.Interviewer != "" {
			out = append(out, lane{name: dv.who(p.Interviewer), rounds: p.Appointments})
			continue
		}
		var open []lane
		for _, a := range p.Appointments {
			i := slices.IndexFunc(open, func(l lane) bool { return l.rounds[len(l.rounds)-1].End <= a.Start })
			if i < 0 {
				open = append(open, lane{name: dv.who("")})
				i = len(open) - 1
			}
			open[i].rounds = append(open[i].rounds, a)
		}
		out = append(out, open...)
	}
	return out
}

// timelinePart is who is where when: hours across, a row per interviewer,
// a block per round labelled with the candidate's number.
func (dv *dayView) timelinePart() part {
	st, ds := &dv.st, &dv.st.Day
	from, to := dv.hours()
	span := float64(to - from)
	x0 := dv.x0 + ds.NameWidth
	perHour := (dv.w - ds.NameWidth) / span
	x := func(t time.Duration) float64 { return x0 + (t.Hours()-float64(from))*perHour }
	label := ink{true, st.SizeFine, st.Ink}
	name := ink{false, st.SizeDetail, st.Ink}
	axis := box{h: ds.AxisHeight, keep: true, draw: func(y, h float64) {
		dv.use(ink{false, st.SizeFine, st.Muted})
		for hr := from; hr <= to; hr++ {
			// Each hour centred on its line, the last one ending at the
			// margin.
			hx, align := x(time.Duration(hr)*time.Hour)-perHour/2, "C"
			if hr == to {
				hx, align = dv.x0+dv.w-perHour, "R"
			}
			dv.put(hx, y+h-dv.lh(label)-ds.TickRise, perHour, dv.lh(label), fmt.Sprintf("%02d:00", hr), align)
		}
	}}
	head := func(title string) []box {
		return []box{dv.heading(title, "a block per round, labelled with the candidate's number"), spacer(ds.HeadGap), axis}
	}
	boxes := append([]box{spacer(ds.Above)}, head("Who is where when")...)
	for i, l := range dv.lanes() {
		boxes = append(boxes, box{h: ds.RowHeight, draw: func(y, h float64) {
			if i%2 == 1 {
				dv.fill(dv.x0, y, dv.w, h, st.Fill)
			}
			dv.pdf.SetDrawColor(st.Faint, st.Faint, st.Faint)
			dv.pdf.SetLineWidth(st.LineThin)
			for hr := from; hr <= to; hr++ {
				hx := x(time.Duration(hr) * time.Hour)
				dv.pdf.Line(hx, y, hx, y+h)
			}
			dv.use(name)
			dv.put(dv.x0, y, ds.NameWidth-st.Pad, h, fitText(dv.pdf, l.name, ds.NameWidth-st.Pad), "L")
			for _, a := range l.rounds {
				bx, bw := x(a.Start), x(a.End)-x(a.Start)
				dv.pdf.SetFillColor(st.FillStrong, st.FillStrong, st.FillStrong)
				dv.pdf.SetDrawColor(st.Ink, st.Ink, st.Ink)
				dv.pdf.SetLineWidth(st.LinePen)
				dv.pdf.Rect(bx, y+ds.BlockInset, bw, h-2*ds.BlockInset, "FD")
				dv.use(label)
				dv.put(bx, y, bw, h, fitText(dv.pdf, dv.number(a.Kit), bw), "C")
			}
		}})
	}
	closing := box{h: ds.KeyGap, draw: func(y, _ float64) { dv.rule(dv.x0, y, dv.x0+dv.w, st.Rule, st.LineThin) }}
	boxes = append(boxes, closing)
	return part{boxes: boxes, more: func() []box { return head("Who is where when (continued)") }}
}

// hours are the whole hours the day's rounds run within.
func (dv *dayView) hours() (from, to int) {
	from, to = 24*7, 0
	for _, a := range dv.day.Appointments {
		from = min(from, int(a.Start/time.Hour))
		to = max(to, int((a.End+time.Hour-1)/time.Hour))
	}
	return from, max(to, from+1)
}

// candidatesPart is every candidate's rounds in order: the candidates'
// numbers are the timeline's key.
func (dv *dayView) candidatesPart() part {
	st, ds := &dv.st, &dv.st.Day
	cols := []column{{"#", ds.Number, "L"}, {"Candidate", dv.w - (ds.Number + ds.Time + ds.Round + ds.Pack), "L"},
		{"Time", ds.Time, "L"}, {"Round", ds.Round, "L"}, {"Interviewer", ds.Pack, "L"}}
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	head := func(title string) []box {
		return []box{dv.heading(title, "each candidate's loop, round by round"), spacer(ds.HeadGap), dv.tableHead(cols)}
	}
	boxes := append([]box{spacer(ds.Above)}, head("Candidates")...)
	for i, k := range dv.kits {
		for _, a := range dv.day.Appointments {
			if a.Kit != k {
				continue
			}
			who := cell{text: dv.who(a.Interviewer()), f: body}
			if a.Interviewer() == "" {
				who.f = ink{false, st.SizeDetail, st.Muted}
			}
			first := []cell{{}, {}}
			if a.Round == 0 {
				first = []cell{{text: dv.number(k), f: bold},
					{text: dv.text("candidate name", k.Candidate), f: bold,
						sub: fmt.Sprintf("%s · kit %s", dv.text("level", k.Level.Title), dv.text("kit ID", k.ID))}}
			}
			row := dv.tableRow(cols, append(first, cell{text: kit.Clock(a.Start) + "–" + kit.Clock(a.End), f: body},
				cell{text: dv.text("round title", a.Title()), f: body}, who), i%2 == 1)
			row.keep = a.Round < len(k.Rounds)-1
			boxes = append(boxes, row)
		}
	}
	return part{boxes: boxes, more: func() []box { return head("Candidates (continued)") }}
}

// interviewersPart is every interviewer's rounds, as their packs hold
// them.
func (dv *dayView) interviewersPart() part {
	st, ds := &dv.st, &dv.st.Day
	cols := []column{{"Interviewer", ds.Pack, "L"}, {"Rounds", ds.Rounds, "R"}, {"Time", ds.Time, "L"},
		{"Candidates, in order", dv.w - (ds.Pack + ds.Rounds + ds.Time), "L"}}
	body := ink{false, st.SizeDetail, st.Ink}
	bold := ink{true, st.SizeDetail, st.Ink}
	head := func(title string) []box {
		return []box{dv.heading(title, "one print pack each, the packets in this order"), spacer(ds.HeadGap), dv.tableHead(cols)}
	}
	boxes := append([]box{spacer(ds.Above)}, head("Interviewers")...)
	for i, p := range dv.packs {
		apps := p.Appointments
		var seq []string
		for _, a := range apps {
			seq = append(seq, fmt.Sprintf("%s %s %s", kit.Clock(a.Start), dv.number(a.Kit), dv.text("candidate name", a.Kit.Candidate)))
		}
		boxes = append(boxes, dv.tableRow(cols, []cell{
			{text: dv.who(p.Interviewer), f: bold},
			{text: fmt.Sprint(len(apps)), f: body},
			{text: kit.Clock(apps[0].Start) + "–" + kit.Clock(apps[len(apps)-1].End), f: body},
			{text: strings.Join(seq, " · "), f: body},
		}, i%2 == 1))
	}
	return part{boxes: boxes, more: func() []box { return head("Interviewers (continued)") }}
}

// unbookedPart names the rows that could not be booked.
func (dv *dayView) unbookedPart() part {
	st := &dv.st
	names := make([]string, len(dv.unbooked))
	for i, u := range dv.unbooked {
		names[i] = dv.text("unbooked row", u)
	}
	boxes := []box{spacer(st.Day.Above)}
	boxes = append(boxes, dv.panel("Not on this sheet",
		fmt.Sprintf("The timetable had %s that could not be booked: %s. The command that printed this day says why. "+
			"Fix the timetable and run it again.", plural(len(names), "row"), strings.Join(names, "; ")))...)
	return part{boxes: boxes, whole: true}
}

// plural is "1 row", "3 rows".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
