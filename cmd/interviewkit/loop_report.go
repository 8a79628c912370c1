package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/interviewkit/interviewkit/kit"
)

// reportLoop prints the loop: its schedule, the coverage warnings and the
// files written.
func reportLoop(w io.Writer, k *kit.Kit, cov kit.Coverage, paths []string) error {
	fmt.Fprintf(w, "Loop %s for %s: %s, %s, %d minutes, %s, seed %d\n", k.ID, k.Candidate, k.Level.Title,
		plural(len(k.Rounds), "round"), k.Minutes(), plural(len(k.Questions()), "question"), k.Seed)
	if err := printSchedule(w, k); err != nil {
		return err
	}
	printCoverage(w, k, cov)
	fmt.Fprintln(w)
	for _, p := range paths {
		fmt.Fprintf(w, "  wrote %s\n", shown(p))
	}
	return nil
}

// printSchedule prints kit.Schedule from kit.DefaultStart, a round a line.
func printSchedule(w io.Writer, k *kit.Kit) error {
	fmt.Fprintf(w, "\nSchedule (assuming a %s start, rounds back to back):\n", kit.Clock(kit.DefaultStart))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, slot := range k.Schedule(kit.DefaultStart) {
		r := &k.Rounds[i]
		who := r.Interviewer
		if who == "" {
			who = "(interviewer to be named)"
		}
		fmt.Fprintf(tw, "  %d\t%s–%s\t%d min\t%s\t%s\t%s\n", i+1, kit.Clock(slot.Start), kit.Clock(slot.End), r.Minutes(), r.Title,
			plural(len(r.Questions), "question"), who)
	}
	return tw.Flush()
}

// printCoverage prints how the loop covers its areas, and a note when
// rounds name no interviewer yet.
func printCoverage(w io.Writer, k *kit.Kit, cov kit.Coverage) {
	if len(cov.Flags) == 0 {
		fmt.Fprintf(w, "\nCoverage (%s): %s\n", plural(len(cov.Areas), "area"), cov.Summary())
	} else {
		fmt.Fprintf(w, "\nCoverage: %d of %s short of two rounds or more by different interviewers:\n", len(cov.Flags), plural(len(cov.Areas), "area"))
		for _, n := range cov.Notes() {
			fmt.Fprintf(w, "  warning: %s\n", n)
		}
	}
	unnamed := 0
	for _, r := range k.Rounds {
		if r.Interviewer == "" {
			unnamed++
		}
	}
	switch {
	case unnamed == 1:
		fmt.Fprintln(w, "  note: 1 round names no interviewer yet, so whether one person assesses an area twice is not known")
	case unnamed > 1:
		fmt.Fprintf(w, "  note: %d rounds name no interviewer yet, so whether one person assesses an area twice is not known\n", unnamed)
	}
}
