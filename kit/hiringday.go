package kit

// This file turns a timetable's bookings into the days as they will
// happen: each booking's loop chosen as the loop command chooses it, its
// rounds laid out back to back from the row's start, clashes found, and
// the rounds grouped by day and by interviewer for printing. Its rules: a
// person is one person however their name is typed (PersonKey); nobody is
// in two rooms at once; times are clock times on the booking's date.

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"
)

// Loop chooses the loop a booking asks for, as the loop command chooses
// one from the same values: the rounds of plan when one is given (with
// the plan's focus when the row names none), else the bank's default loop
// for the level and focus; the seed is the interview's DefaultSeed. The
// row's interviewers run the rounds in order, replacing a plan's where
// they name someone. It returns the kit and the loop's focus as asked for,
// which a manifest records. tool is the version of the program.
func (bk *Booking) Loop(b *Bank, plan *Plan, tool string) (*Kit, []string, error) {
	focus := bk.Focus
	var specs []RoundSpec
	if plan != nil {
		specs = slices.Clone(plan.Rounds)
		if len(focus) == 0 {
			focus = plan.Focus
		}
	} else {
		var err error
		if specs, err = DefaultLoop(b, bk.Level, focus); err != nil {
			return nil, nil, err
		}
	}
	if len(bk.Interviewers) > len(specs) {
		return nil, nil, fmt.Errorf("names %d interviewers for a loop of %d rounds", len(bk.Interviewers), len(specs))
	}
	for i, name := range bk.Interviewers {
		if name != "" {
			specs[i].Interviewer = name
		}
	}
	iv := bk.Interview()
	seed := iv.DefaultSeed()
	rounds, err := SelectLoop(b, bk.Level, focus, specs, seed)
	if err != nil {
		return nil, nil, err
	}
	return New(b, iv, seed, rounds, tool), focus, nil
}

// Appointment is one round of a booked loop in the day: whose loop, which
// round, and when, as clock times on the kit's date.
type Appointment struct {
	Line       int // the timetable row that booked it
	Kit        *Kit
	Round      int // index into Kit.Rounds
	Start, End time.Duration
}

// Interviewer is who runs the round, as written; "" when nobody is named.
func (a Appointment) Interviewer() string { return a.Kit.Rounds[a.Round].Interviewer }

// Title is the round's title.
func (a Appointment) Title() string { return a.Kit.Rounds[a.Round].Title }

// When is the round's date and time, as a person reads it:
// "2026-03-16 10:30–11:30".
func (a Appointment) When() string {
	return fmt.Sprintf("%s %s–%s", a.Kit.Date.Format(time.DateOnly), Clock(a.Start), Clock(a.End))
}

// Appointments lays the booking's loop k out from the booking's start,
// round after round, as Kit.Schedule does.
func (bk *Booking) Appointments(k *Kit) []Appointment {
	out := make([]Appointment, len(k.Rounds))
	for i, s := range k.Schedule(bk.Start) {
		out[i] = Appointment{Line: bk.Line, Kit: k, Round: i, Start: s.Start, End: s.End}
	}
	return out
}

// Clash is a person in two places at once: an interviewer with rounds of
// two rows that overlap, or a candidate booked by two rows on one day. A
// is the round of the row that comes first in the timetable.
type Clash struct {
	Candidate bool // the person is a candidate booked twice
	A, B      Appointment
}

// Lines are the two rows of the clash, in file order.
func (c Clash) Lines() [2]int { return [2]int{c.A.Line, c.B.Line} }

// String says what clashes, naming both rows.
func (c Clash) String() string {
	if c.Candidate {
		return fmt.Sprintf("%s is booked twice on %s (lines %d and %d); a candidate has one loop a day",
			c.A.Kit.Candidate, c.A.Kit.Date.Format(time.DateOnly), c.A.Line, c.B.Line)
	}
	return fmt.Sprintf("%s is in two rooms at once: %s with %s (line %d, %s) and %s with %s (line %d, %s)",
		c.A.Interviewer(), c.A.When(), c.A.Kit.Candidate, c.A.Line, c.A.Title(),
		c.B.When(), c.B.Kit.Candidate, c.B.Line, c.B.Title())
}

// Clashes finds every pair of rows that puts a person in two places at
// once, each pair once, ordered by the later row then the earlier.
// Interviewers are matched by PersonKey, so "Ana López" and "ana lopez"
// are one person; rounds that name nobody clash with nothing.
func Clashes(apps []Appointment) []Clash {
	type who struct {
		date time.Time
		key  string
	}
	interviewers := map[who][]Appointment{}
	candidates := map[who][]Appointment{}
	for _, a := range apps {
		if key := PersonKey(a.Interviewer()); key != "" {
			w := who{a.Kit.Date, key}
			interviewers[w] = append(interviewers[w], a)
		}
		if a.Round == 0 {
			w := who{a.Kit.Date, PersonKey(a.Kit.Candidate)}
			candidates[w] = append(candidates[w], a)
		}
	}
	var out []Clash
	seen := map[[2]int]bool{}
	add := func(c Clash) {
		if c.A.Line > c.B.Line {
			c.A, c.B = c.B, c.A
		}
		if !seen[c.Lines()] {
			seen[c.Lines()] = true
			out = append(out, c)
		}
	}
	// Groups in order of date and name, so which clash of a pair of rows
	// is reported does not depend on map order.
	sortedGroups := func(m map[who][]Appointment) [][]Appointment {
		ws := slices.Collect(maps.Keys(m))
		slices.SortFunc(ws, func(a, b who) int { return cmp.Or(a.date.Compare(b.date), cmp.Compare(a.key, b.key)) })
		out := make([][]Appointment, len(ws))
		for i, w := range ws {
			out[i] = m[w]
		}
		return out
	}
	for _, group := range sortedGroups(candidates) {
		for i := range group {
			for _, b := range group[i+1:] {
				add(Clash{Candidate: true, A: group[i], B: b})
			}
		}
	}
	for _, group := range sortedGroups(interviewers) {
		for i, a := range group {
			for _, b := range group[i+1:] {
				if a.Line != b.Line && a.Start < b.End && b.Start < a.End {
					add(Clash{A: a, B: b})
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y Clash) int {
		return cmp.Or(cmp.Compare(x.B.Line, y.B.Line), cmp.Compare(x.A.Line, y.A.Line))
	})
	return out
}

// Day is one date's appointments, in time order.
type Day struct {
	Date         time.Time
	Appointments []Appointment
}

// Days groups appointments by date, in date order; each day's are in
// time order: by start, then by row, then by round.
func Days(apps []Appointment) []Day {
	sorted := slices.Clone(apps)
	slices.SortStableFunc(sorted, func(a, b Appointment) int {
		return cmp.Or(a.Kit.Date.Compare(b.Kit.Date), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.Line, b.Line), cmp.Compare(a.Round, b.Round))
	})
	var days []Day
	for _, a := range sorted {
		if n := len(days); n == 0 || !days[n-1].Date.Equal(a.Kit.Date) {
			days = append(days, Day{Date: a.Kit.Date})
		}
		d := &days[len(days)-1]
		d.Appointments = append(d.Appointments, a)
	}
	return days
}

// Pack is what one interviewer carries on a day: their rounds, in time
// order, one packet each.
type Pack struct {
	Date time.Time
	// Interviewer is the name as first written that day; "" for the pack
	// of the rounds that name nobody yet.
	Interviewer  string
	Appointments []Appointment
}

// Packs are the day's packs: one per interviewer (by PersonKey), ordered
// by name, then one for the rounds that name nobody, when there are any.
func (d Day) Packs() []Pack {
	byKey := map[string]*Pack{}
	var keys []string
	for _, a := range d.Appointments {
		key := PersonKey(a.Interviewer())
		p := byKey[key]
		if p == nil {
			p = &Pack{Date: d.Date, Interviewer: a.Interviewer()}
			byKey[key] = p
			keys = append(keys, key)
		}
		p.Appointments = append(p.Appointments, a)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if (a == "") != (b == "") {
			return cmp.Compare(b, a) // nobody named last
		}
		return cmp.Compare(a, b)
	})
	out := make([]Pack, len(keys))
	for i, k := range keys {
		out[i] = *byKey[k]
	}
	return out
}
