package main

// Printing what a scan did: a block per kit, a line per round and an
// indented line per row to review, then the pages skipped, the kits
// without a folder and what could not be read, and a summary line.

import (
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/internal/scanjob"
)

func printScan(w io.Writer, rep *scanjob.Report, where string) {
	const indent = "    "
	archived, toReview, settled := 0, 0, 0
	for _, k := range rep.Kits {
		fmt.Fprintf(w, "kit %s  %s, %s  (%s)\n", k.KitID, shown(k.Candidate), k.Date, shown(k.Folder))
		if k.Err != "" {
			fmt.Fprintf(w, "  not archived: %s\n", k.Err)
		}
		for _, r := range k.Rounds {
			fmt.Fprintf(w, "  round %d %s: %s\n", r.Round, r.Title, roundLine(r))
			for _, it := range r.Review {
				row := ""
				if it.Row != "" {
					row = ", " + it.Row
				}
				where := ""
				if it.Where != "" {
					where = " (" + it.Where + ")"
				}
				fmt.Fprintf(w, "%spage %d%s: %s%s\n", indent, it.Page, row, it.Reason, where)
			}
			if r.Err != "" {
				fmt.Fprintf(w, "%s%s\n", indent, strings.ReplaceAll(r.Err, "\n", "\n"+indent))
			}
			switch {
			case len(r.Review) > 0:
				toReview++
			case r.Outcome == "settled":
				settled++
			case r.Err == "":
				archived++
			}
		}
		if k.Review != nil {
			fmt.Fprintf(w, "  review: %s\n", shown(k.Review.Workbook))
			for _, p := range k.Review.Pictures {
				fmt.Fprintf(w, "          %s\n", shown(p))
			}
		}
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "skipped %s: %s\n", pageName(s.File, s.Page), shown(s.Reason))
	}
	for _, m := range rep.Missing {
		var pages []string
		for _, p := range m.Pages {
			pages = append(pages, pageName(p.File, p.Page))
		}
		fmt.Fprintf(w, "no folder for kit %s: %s (%s)\n", m.KitID, m.Reason, clip(strings.Join(pages, ", "), 160))
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(w, "not read %s: %s\n", pageName(e.File, e.Page), shown(e.Reason))
	}
	verb := "archived"
	if rep.DryRun {
		verb = "would archive"
	}
	also := ""
	if settled > 0 {
		also = fmt.Sprintf(", %s settled by a person before", plural(settled, "round"))
	}
	fmt.Fprintf(w, "scanned %s from %s, %s: %s, %s %s, %s to review%s, %s skipped\n",
		plural(rep.Pages, "page"), plural(rep.Files, "file"), where, plural(len(rep.Kits), "kit"),
		verb, plural(archived, "round"), plural(toReview, "round"), also, plural(len(rep.Skipped), "page"))
}

// roundLine says what was read of a round and what became of it.
func roundLine(r *scanjob.RoundReport) string {
	s := fmt.Sprintf("%d of %s read", r.Read, plural(r.Questions, "question"))
	if len(r.Blank) > 0 {
		s += fmt.Sprintf(" (%s left blank: %s)", plural(len(r.Blank), "question"), strings.Join(r.Blank, ", "))
	}
	if r.Recommendation != "" {
		s += ", recommendation " + r.Recommendation
	}
	if n := len(r.Review); n > 0 {
		return s + fmt.Sprintf("; %s to review: %s", plural(n, "row"), outcomeWords(r))
	}
	return s + "; " + outcomeWords(r)
}

// outcomeWords words what became of a round.
func outcomeWords(r *scanjob.RoundReport) string {
	switch r.Outcome {
	case "archived":
		return fmt.Sprintf("archived as version %d", r.Version)
	case "corrected":
		return fmt.Sprintf("archived as version %d; version %d kept in the history", r.Version, r.Version-1)
	case "unchanged":
		return "already archived as read"
	case "kept":
		return "blank on paper; the archived scores stay"
	case "review":
		return "not archived until a person settles it; its pages are kept"
	case "settled":
		return fmt.Sprintf("these pages were scanned before, and a person settled %s in doubt as version %d; nothing asked again",
			plural(r.Settled, "row"), r.Version)
	case "rejected":
		return "not archived"
	}
	return r.Outcome
}

// pageName names a page of a scanned file, escaped to be printed:
// "stack.pdf page 3", or the file of a photo.
func pageName(file string, page int) string {
	if page == 0 {
		return shown(file)
	}
	return fmt.Sprintf("%s page %d", shown(file), page)
}
