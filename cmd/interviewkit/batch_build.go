package main

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
)

// batchRow is a row of the timetable that became a loop, and what became
// of its folder.
type batchRow struct {
	bk        kit.Booking
	kit       *kit.Kit
	focus     []string // as asked for, which the manifest records
	areas     []kit.Area
	apps      []kit.Appointment
	dir       string
	unchanged bool
	written   kitfolder.Written // what --force replaced, and where it kept it
}

// dayResult is what became of a day's folder.
type dayResult struct {
	day       kit.Day
	dir       string
	written   kitfolder.Written
	unchanged bool
	err       error
}

// chooseLoops chooses every booked row's loop, as loop chooses one.
func (r *batch) chooseLoops(bookings []kit.Booking) {
	for _, bk := range bookings {
		var plan *kit.Plan
		if bk.Plan != "" {
			p, err := r.readPlanOnce(bk.Line, bk.Plan)
			if err != nil {
				r.failRow(bk, err)
				continue
			}
			plan = p
		}
		k, focus, err := bk.Loop(r.bank, plan, version)
		if err != nil {
			r.failRow(bk, err)
			continue
		}
		areas, err := r.bank.ResolveAreas(focus)
		if err != nil {
			r.failRow(bk, err)
			continue
		}
		r.rows = append(r.rows, &batchRow{bk: bk, kit: k, focus: focus, areas: areas, apps: bk.Appointments(k)})
	}
}

// failRow records why the row's loop cannot be made, with the likely fix.
func (r *batch) failRow(bk kit.Booking, err error) {
	msg := fmt.Sprintf("%s:%d: %s: %v", r.file, bk.Line, bk.Candidate, err)
	if h := hintOf(err); h != "" {
		msg += "; " + h
	}
	r.fail(bk.Line, msg)
	r.named(bk.Line, bk.Candidate, bk.Date)
}

// named records who the row at line was for, and when.
func (r *batch) named(line int, candidate string, date time.Time) {
	if r.unbookedByLine == nil {
		r.unbookedByLine = map[int]unbookedRow{}
	}
	r.unbookedByLine[line] = unbookedRow{fmt.Sprintf("line %d (%s)", line, candidate), date}
}

// unbookedRow is a row that failed, as the day overview names it.
type unbookedRow struct {
	name string
	date time.Time
}

// findClashes fails both rows of every clash: nobody is in two rooms at
// once, and a loop printed for a person who cannot be there helps no one.
func (r *batch) findClashes() {
	var apps []kit.Appointment
	for _, row := range r.rows {
		apps = append(apps, row.apps...)
	}
	for _, c := range kit.Clashes(apps) {
		lines := c.Lines()
		r.fail(lines[1], fmt.Sprintf("%s:%d: %s", r.file, lines[1], c))
		r.failed[lines[0]] = true
		for _, a := range []kit.Appointment{c.A, c.B} {
			r.named(a.Line, a.Kit.Candidate, a.Kit.Date)
		}
	}
}

// live are the rows not failed, in timetable order.
func (r *batch) live() []*batchRow {
	var out []*batchRow
	for _, row := range r.rows {
		if !r.failed[row.bk.Line] {
			out = append(out, row)
		}
	}
	return out
}

// pending is how many loop folders are to be written.
func (r *batch) pending() int { return len(r.live()) }

// writeLoops writes every live row's loop folder on the pool.
func (r *batch) writeLoops(prog progress) {
	rows := r.live()
	folders := make([]kitfolder.Folder, len(rows))
	for i, row := range rows {
		folders[i] = kitfolder.Loop(r.out, row.kit, row.areas, row.focus, loopDocs{documents{r.paper}, row.bk.Start})
		row.dir = folders[i].Dir
	}
	kitfolder.RefreshAll(folders, r.force, r.workers, func(i int, written kitfolder.Written, unchanged bool, err error) {
		prog.add()
		row := rows[i]
		row.unchanged, row.written = unchanged, written
		switch {
		case errors.Is(err, kitfolder.ErrExists):
			r.fail(row.bk.Line, fmt.Sprintf("%s:%d: %s: %v; what batch would write differs (a new start time, or a filled-in scoresheet)",
				r.file, row.bk.Line, row.kit.Candidate, err))
			r.named(row.bk.Line, row.kit.Candidate, row.bk.Date)
		case err != nil:
			r.failRow(row.bk, err)
		}
	})
}

// days are the days of the rows built, each in time order.
func (r *batch) days() []kit.Day {
	var apps []kit.Appointment
	for _, row := range r.live() {
		apps = append(apps, row.apps...)
	}
	return kit.Days(apps)
}

// writeDays writes each day's folder of print packs and its overview.
func (r *batch) writeDays(prog progress) {
	for _, d := range r.days() {
		f := kitfolder.Day(r.out, d, dayDocs{paper: r.paper, unbooked: r.unbooked(d.Date)})
		written, unchanged, err := f.Refresh(r.force)
		prog.add()
		r.dayResults = append(r.dayResults, dayResult{day: d, dir: f.Dir, written: written, unchanged: unchanged, err: err})
	}
}

// unbooked names the rows that failed on the date, and those whose date
// is not known, for the day overview: "line 7 (Kim Lee)".
func (r *batch) unbooked(date time.Time) []string {
	var lines []int
	for line := range r.failed {
		lines = append(lines, line)
	}
	slices.Sort(lines)
	var out []string
	for _, line := range lines {
		if u, ok := r.unbookedByLine[line]; ok {
			if u.date.Equal(date) || u.date.IsZero() {
				out = append(out, u.name)
			}
			continue
		}
		out = append(out, fmt.Sprintf("line %d", line))
	}
	return out
}
