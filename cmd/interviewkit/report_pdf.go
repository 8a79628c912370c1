package main

// report --pdf: the archive's report as a document with charts. The
// archive says what is known and judges it by its rules (archive.Lean,
// Separates, the question flags); this file only words that for the page
// and hands it to layouts.

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/atomicfile"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

// reportPDFFlags are report's flags for the PDF.
func reportPDFFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "pdf", Usage: "write the report as a PDF with charts to `FILE`", TakesFile: true},
		&cli.StringFlag{Name: "paper", Usage: "`PAPER` size of the PDF: a4 or letter", DefaultText: "the settings' paper, else a4"},
		&cli.BoolFlag{Name: "force", Usage: "replace the --pdf file if it exists"},
	}
}

// writeReportPDF writes the report to the --pdf file, whole or not at all.
func writeReportPDF(c *cli.Context, a *archive.Archive, rep *archive.Report, banks []*kit.Bank) error {
	path := strings.TrimSpace(c.String("pdf"))
	switch {
	case path == "":
		return usagef("for example --pdf report.pdf", "--pdf needs a FILE")
	case c.Bool("json"):
		return usagef("--json prints the report for tools; --pdf draws it for people", "give --json or --pdf, not both")
	}
	pp, err := paper(c)
	if err != nil {
		return err
	}
	if rep.Kits == 0 {
		return &hintedError{err: errors.New("nothing archived yet: the report has nothing to draw"),
			hint: "collect completed scoresheets first: interviewkit collect DIR"}
	}
	dist, err := a.Distributions(c.Context)
	if err != nil {
		return err
	}
	content := reportContent(rep, dist, banks)
	err = atomicfile.Write(path, c.Bool("force"), func(w io.Writer) error {
		return layouts.WriteReport(w, content, layouts.ReportOptions{Paper: pp, Version: version})
	})
	if errors.Is(err, atomicfile.ErrExists) {
		return &hintedError{err: fmt.Errorf("%s exists; it is left as it is", shown(path)), hint: "use --force to replace it, or another --pdf"}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "Report of %s, %s, %s: wrote %s\n", plural(rep.Kits, "kit"), plural(rep.Rounds, "round"), plural(rep.Scores, "score"), shown(path))
	return nil
}

// reportContent is what the report document shows, from the archive's
// report and counts, and the banks its kits were made from that are at
// hand (for the areas' titles).
func reportContent(rep *archive.Report, dist *archive.Distributions, banks []*kit.Bank) layouts.ReportContent {
	titles := make([]string, len(rep.Banks))
	for i, b := range rep.Banks {
		titles[i] = b.Title
	}
	c := layouts.ReportContent{Bank: strings.Join(titles, " and "), Kits: rep.Kits, Rounds: rep.Rounds, Scores: rep.Scores,
		NeverAsked: len(rep.NeverAsked), Calls: append(append([]string(nil), dist.Labels...), "Not given")}
	c.PanelMean, _ = rep.PanelMean()
	for _, k := range rep.Candidates {
		if d, err := time.Parse(time.DateOnly, k.Date); err == nil && d.After(c.AsOf) {
			c.AsOf = d
		}
	}
	for _, iv := range rep.Interviewers {
		line := layouts.CalibrationLine{Name: iv.Name, Scores: iv.N, Mean: iv.Mean, SD: iv.SD, Vs: iv.VsQuestion,
			VsScores: iv.VsQuestionN, Lean: iv.Lean(), TooFew: iv.VsQuestionN < archive.LeanMinScores}
		if iv.Name == "" {
			line.Lean = "several people, perhaps: not judged"
		}
		c.Interviewers = append(c.Interviewers, line)
	}
	c.FewBelow = archive.FlagMinScores
	for _, q := range rep.Questions {
		if q.N < archive.FlagMinScores {
			c.FewScores = append(c.FewScores, fmt.Sprintf("%s (%s)", q.ID, plural(q.N, "score")))
			continue
		}
		area := areaTitle(banks, q.Area)
		c.Questions = append(c.Questions, layouts.SpreadLine{ID: q.ID, Area: area, Counts: dist.Scores[q.ID],
			NA: q.NA, Mean: q.Mean, SD: q.SD, Note: spreadNote(q)})
	}
	for _, m := range dist.Rounds {
		c.ByRound = append(c.ByRound, layouts.RoundCalls{Title: m.Title, Counts: append(append([]int(nil), m.Counts...), m.None)})
	}
	for _, k := range rep.Incomplete {
		for _, r := range k.Rounds {
			var gaps []string
			if n := len(r.Unscored); n > 0 {
				gaps = append(gaps, fmt.Sprintf("%d of %d unscored", n, r.Questions))
			}
			if r.NoRecommendation {
				gaps = append(gaps, "no recommendation")
			}
			c.Incomplete = append(c.Incomplete, layouts.GapLine{Date: k.Date, Candidate: k.Candidate, KitID: k.KitID,
				Round: r.Sheet, Interviewer: r.Interviewer, Missing: strings.Join(gaps, "; ")})
		}
	}
	return c
}

// spreadNote says what the scores of a question scored often enough
// tell.
func spreadNote(q archive.QuestionStats) string {
	switch {
	case q.Flag == archive.FlagAced:
		return "everyone aces it"
	case q.Flag == archive.FlagFailed:
		return "everyone fails it"
	case q.Separates():
		return "tells candidates apart"
	}
	return "scores bunch together"
}

// areaTitle is an area's title in the first bank at hand that has it, or
// its name.
func areaTitle(banks []*kit.Bank, name string) string {
	for _, b := range banks {
		if a, ok := b.Area(name); ok && a.Title != "" {
			return a.Title
		}
	}
	return name
}
