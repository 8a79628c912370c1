package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
)

// report prints what became of every row and day: the problems on w2, by
// line, and on w the rows and folders. It returns the error that sums up
// the failures, if any.
func (r *batch) report(w, w2 io.Writer, rowCount int) error {
	slices.SortStableFunc(r.problems, func(a, b batchProblem) int { return a.line - b.line })
	for _, p := range r.problems {
		fmt.Fprintln(w2, shown(p.text))
	}
	failed := len(r.failed)
	fmt.Fprintf(w, "Timetable %s: %s, %s built", shown(r.file), plural(rowCount, "row"), plural(rowCount-failed, "loop"))
	if failed > 0 {
		fmt.Fprintf(w, ", %d failed", failed)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, row := range r.rows {
		k := row.kit
		apps := row.apps
		when := fmt.Sprintf("%s %s–%s", k.Date.Format(time.DateOnly), kit.Clock(apps[0].Start), kit.Clock(apps[len(apps)-1].End))
		what := "wrote " + row.dir
		switch {
		case r.failed[row.bk.Line]:
			what = "not written (see above)"
		case row.unchanged:
			what = "unchanged " + row.dir
		}
		fmt.Fprintf(tw, "  line %d\t%s\t%s\t%s\tkit %s\t%s\n", row.bk.Line, shown(clip(k.Candidate, 30)), k.Level.ID, when, k.ID, shown(what))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, d := range r.dayResults {
		r.reportDay(w, d)
	}
	for _, row := range r.rows {
		noteKept(w2, row.written)
	}
	for _, d := range r.dayResults {
		noteKept(w2, d.written)
	}
	return r.summary()
}

// reportDay prints a day's folder.
func (r *batch) reportDay(w io.Writer, d dayResult) {
	packs := d.day.Packs()
	fmt.Fprintf(w, "\n%s: %s, %s, %s\n", d.day.Date.Format("Monday 2 January 2006"),
		plural(len(d.day.Appointments), "round"), plural(len(packs), "print pack"), shown(d.dir))
	switch {
	case d.err != nil:
		fmt.Fprintln(w, "  not written (see below)")
	case d.unchanged:
		fmt.Fprintf(w, "  unchanged: the packs there are what this timetable prints\n")
	default:
		for i, p := range d.written.Paths {
			note := "the day overview"
			if i > 0 {
				pk := packs[i-1]
				who := clip(pk.Interviewer, 30)
				if who == "" {
					who = "interviewer to be named"
				}
				note = fmt.Sprintf("%s, %s", who, plural(len(pk.Appointments), "packet"))
				if n := handouts(pk); n > 0 {
					note += ", " + plural(n, "handout")
				}
			}
			fmt.Fprintf(w, "  wrote %s  (%s)\n", shown(p), shown(note))
		}
	}
}

// summary is the error the run ends with, or nil.
func (r *batch) summary() error {
	var errs []error
	for _, d := range r.dayResults {
		if d.err != nil {
			errs = append(errs, d.err)
		}
	}
	if len(errs) > 0 {
		hint := "use --force to replace them (it replaces loop folders too), or another --out folder"
		if !errors.Is(errs[0], kitfolder.ErrExists) {
			hint = ""
		}
		return &hintedError{err: errors.Join(errs...), hint: hint}
	}
	if n := len(r.failed); n > 0 {
		return &hintedError{err: fmt.Errorf("%s of %s could not be built", plural(n, "row"), r.file),
			hint: "fix the rows above and run batch again: what was written stays as it is"}
	}
	return nil
}

// handouts counts the rounds of a pack with a handout for the candidate.
func handouts(p kit.Pack) int {
	n := 0
	for _, a := range p.Appointments {
		if a.Kit.Rounds[a.Round].HasCandidateMaterial() {
			n++
		}
	}
	return n
}
