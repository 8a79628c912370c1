package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/urfave/cli/v2"
)

var reportCmd = &cli.Command{
	Name:  "report",
	Usage: "what the archive says: interviewer calibration, question statistics, incomplete scoresheets",
	UsageText: "interviewkit report [--archive PATH] [--bank PATH] [--json | --pdf FILE [--paper a4|letter] [--force]]\n\n" +
		"   Reads the current scores (blank and N/A are not scored). An interviewer's \"vs questions\"\n" +
		"   is their mean difference from other interviewers on the same questions, \"vs panel\"\n" +
		"   from the other interviewers of the same kits: negative is harsher, positive more lenient.\n" +
		"   Questions never asked are judged against the banks the archived kits were made from (each\n" +
		"   scoresheet records its bank), found among --bank, the settings' banks and the built-in one.",
	Flags: append([]cli.Flag{archiveFlag(), bankFlag(), jsonFlag()}, reportPDFFlags()...),
	Action: func(c *cli.Context) error {
		a, err := openArchive(c)
		if err != nil {
			return err
		}
		defer a.Close()
		used, err := a.KitBanks(c.Context)
		if err != nil {
			return err
		}
		have, err := banksAtHand(c, used)
		if err != nil {
			return err
		}
		rep, err := a.Report(c.Context, bankQuestions(have))
		if err != nil {
			return err
		}
		if c.IsSet("pdf") {
			return writeReportPDF(c, a, rep, have)
		}
		if c.Bool("json") {
			enc := json.NewEncoder(c.App.Writer)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(rep)
		}
		return reportTables(c.App.Writer, rep)
	},
}

func reportTables(w io.Writer, rep *archive.Report) error {
	fmt.Fprintf(w, "Archive: %s, %s, %s\n", plural(rep.Kits, "kit"), plural(rep.Rounds, "round"), plural(rep.Scores, "score"))
	if rep.Kits == 0 {
		_, err := fmt.Fprintln(w, "Nothing archived yet: `interviewkit collect DIR` reads completed scoresheets.")
		return err
	}

	fmt.Fprintf(w, "\nInterviewers (vs: mean difference from colleagues; negative is harsher)\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INTERVIEWER\tKITS\tSCORES\tMEAN\tSD\tVS QUESTIONS\t(N)\tVS PANEL\t(KITS)")
	for _, i := range rep.Interviewers {
		name := i.Name
		if name == "" {
			name = "(not named)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%d\t%s\t%d\n", shown(clip(name, 30)), i.Kits, i.N, num(i.Mean, i.N), num(i.SD, i.N),
			signed(i.VsQuestion, i.VsQuestionN), i.VsQuestionN, signed(i.VsPanel, i.VsPanelKits), i.VsPanelKits)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nQuestions (flags: aced = mean %.2f or more, failed = under %.2f, from %d scores)\n",
		archive.AcedAt, archive.FailedBelow, archive.FlagMinScores)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "QUESTION\tAREA\tASKED\tSCORED\tN/A\tBLANK\tMEAN\tSD\tFLAG")
	for _, q := range rep.Questions {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\n", shown(q.ID), shown(q.Area), q.Asked, q.N, q.NA, q.Blank,
			num(q.Mean, q.N), num(q.SD, q.N), q.Flag)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	printNeverAsked(w, rep)

	fmt.Fprintf(w, "\nCandidates (overall by the scoresheet's rule)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tCANDIDATE\tKIT\tSCORED\tOVERALL\tRECOMMENDATION")
	for _, k := range rep.Candidates {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\n", shown(k.Date), shown(clip(k.Candidate, 30)), shown(k.KitID), k.Scored, k.Questions,
			num(k.Overall, k.Scored), k.Recommendation)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nIncomplete scoresheets: %s\n", plural(len(rep.Incomplete), "kit"))
	for _, k := range rep.Incomplete {
		fmt.Fprintf(w, "  %s  %s  %s\n", shown(k.Date), shown(k.KitID), shown(k.Candidate))
		for _, r := range k.Rounds {
			var gaps []string
			if n := len(r.Unscored); n > 0 {
				gaps = append(gaps, fmt.Sprintf("%d of %d unscored (%s)", n, r.Questions, shown(clip(strings.Join(r.Unscored, ", "), 80))))
			}
			if r.NoRecommendation {
				gaps = append(gaps, "no interviewer's recommendation")
			}
			who := r.Interviewer
			if who == "" {
				who = "interviewer not named"
			}
			fmt.Fprintf(w, "    %s (%s): %s\n", shown(r.Sheet), shown(who), strings.Join(gaps, "; "))
		}
	}
	return nil
}

// num prints a mean or spread, or "-" when there is nothing to average.
func num(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", v)
}

// signed prints a difference with its sign, or "-" with nothing to compare.
func signed(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%+.2f", v)
}

// wrapList joins items with ", " into lines of at most width runes.
func wrapList(items []string, width int) []string {
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case len(line)+2+len(it) <= width:
			line += ", " + it
		default:
			lines = append(lines, line+",")
			line = it
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
