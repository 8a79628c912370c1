package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

var areasCmd = &cli.Command{
	Name:  "areas",
	Usage: "show the bank's levels, focus areas and stages, with question counts per level",
	Flags: []cli.Flag{bankFlag()},
	Action: func(c *cli.Context) error {
		b, err := loadBank(c)
		if err != nil {
			return err
		}
		return taxonomyTable(c.App.Writer, b)
	},
}

func taxonomyTable(w io.Writer, b *kit.Bank) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s bank, version %s: %s\n\n", b.Title, b.Version, plural(len(b.Questions), "question"))
	fmt.Fprintln(tw, "LEVEL\tYEARS\tQUESTIONS\tDESCRIPTION")
	for _, l := range b.Levels {
		n := 0
		for _, q := range b.Questions {
			if q.HasLevel(l.ID) {
				n++
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", l.ID, l.Years, n, l.Description)
	}
	counts := func(header string, ids, titles []string, match func(q *kit.Question, id string) bool) {
		fmt.Fprintf(tw, "\n%s", header)
		for _, l := range b.Levels {
			fmt.Fprintf(tw, "\t%s", l.ID)
		}
		fmt.Fprintln(tw, "\ttotal\tTITLE")
		for i, id := range ids {
			fmt.Fprint(tw, id)
			total := 0
			for _, l := range b.Levels {
				n := 0
				for _, q := range b.Questions {
					if match(q, id) {
						if q.HasLevel(l.ID) {
							n++
						}
					}
				}
				fmt.Fprintf(tw, "\t%d", n)
			}
			for _, q := range b.Questions {
				if match(q, id) {
					total++
				}
			}
			fmt.Fprintf(tw, "\t%d\t%s\n", total, titles[i])
		}
	}
	areaTitles := make([]string, len(b.Areas))
	for i, a := range b.Areas {
		areaTitles[i] = a.Title
	}
	counts("FOCUS AREA", b.AreaIDs(), areaTitles, func(q *kit.Question, id string) bool { return q.HasArea(id) })
	stageTitles := make([]string, len(b.Stages))
	for i, s := range b.Stages {
		stageTitles[i] = s.Title
	}
	counts("STAGE", b.StageIDs(), stageTitles, func(q *kit.Question, id string) bool { return q.Stage == id })
	defaultLoop(tw, b)
	return tw.Flush()
}

// defaultLoop shows the bank's default loop: each round's minutes per
// level, a dash where the round is skipped, and the day's total.
func defaultLoop(w io.Writer, b *kit.Bank) {
	if len(b.Loop) == 0 {
		return
	}
	fmt.Fprint(w, "\nDEFAULT LOOP")
	for _, l := range b.Levels {
		fmt.Fprintf(w, "\t%s", l.ID)
	}
	fmt.Fprintln(w, "\tSTAGES")
	totals := make([]int, len(b.Levels))
	for _, r := range b.Loop {
		fmt.Fprint(w, r.Title)
		for i, l := range b.Levels {
			if m := r.Minutes[l.ID]; m > 0 {
				fmt.Fprintf(w, "\t%d", m)
				totals[i] += m
			} else {
				fmt.Fprint(w, "\t-")
			}
		}
		fmt.Fprintf(w, "\t%s\n", strings.Join(r.Stages, ", "))
	}
	fmt.Fprint(w, "minutes in all")
	for _, t := range totals {
		fmt.Fprintf(w, "\t%d", t)
	}
	fmt.Fprintln(w, "\t(loop --level L --dry-run shows the questions)")
}
