package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/interviewkit/interviewkit/kit"
)

// reportLoop prints the loop: its schedule, the coverage warnings and the
// files written.
func reportLoop(w io.Writer, k *kit.Kit, cov kit.Coverage, paths []string) error {
	fmt.Fprintf(w, "Loop %s for %s: %s, %s, %d minutes, %s, seed %d (%s bank)\n", k.ID, k.Candidate, k.Level.Title,
		plural(len(k.Rounds), "round"), k.Minutes(), plural(len(k.Questions()), "question"), k.Seed, k.BankTitle)
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

// previewLoop prints the loop as reportLoop does, with each round's
// questions, and writes nothing.
func previewLoop(w io.Writer, k *kit.Kit, cov kit.Coverage) error {
	if err := reportLoop(w, k, cov, nil); err != nil {
		return err
	}
	for i, r := range k.Rounds {
		fmt.Fprintf(w, "Round %d, %s: %s\n", i+1, r.Title, strings.Join(ids(r.Questions), ", "))
	}
	_, err := fmt.Fprintln(w, "\nNothing written (--dry-run).")
	return err
}

// printSchedule prints kit.Schedule from the policy's start, a round a
// line, and the breaks between rounds.
func printSchedule(w io.Writer, k *kit.Kit) error {
	start := k.Policy.Start
	breaks := k.Breaks(start)
	how := "rounds back to back"
	if len(breaks) > 0 {
		how += " with the breaks shown"
	}
	fmt.Fprintf(w, "\nSchedule (assuming a %s start, %s):\n", kit.Clock(start), how)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, slot := range k.Schedule(start) {
		r := &k.Rounds[i]
		who := r.Interviewer
		if who == "" {
			who = "(interviewer to be named)"
		}
		fmt.Fprintf(tw, "  %d\t%s–%s\t%d min\t%s\t%s\t%s\n", i+1, kit.Clock(slot.Start), kit.Clock(slot.End), r.Minutes(), r.Title,
			plural(len(r.Questions), "question"), who)
		for _, b := range breaks {
			if b.After == i {
				fmt.Fprintf(tw, "   \t%s–%s\t%d min\t%s\n", kit.Clock(b.Start), kit.Clock(b.End), b.Minutes, b.Title)
			}
		}
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
