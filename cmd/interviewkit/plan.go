package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

var planCmd = &cli.Command{
	Name:      "plan",
	Usage:     "show the questions a kit would hold, with its time plan",
	UsageText: "interviewkit plan --level L [--focus A,B] [--stage S] [--count N | --minutes M] [--seed N] [--json]",
	Flags:     append(selectionFlags(), jsonFlag(), bankFlag()),
	Action: func(c *cli.Context) error {
		b, err := loadBank(c)
		if err != nil {
			return err
		}
		crit, err := criteria(c, b)
		if err != nil {
			return err
		}
		sel, err := kit.Select(b, crit)
		if err != nil {
			return err
		}
		noteForced(c.App.ErrWriter, sel)
		if c.Bool("json") {
			return writeJSON(c.App.Writer, sel.Questions)
		}
		return planTable(c.App.Writer, sel)
	},
}

func planTable(w io.Writer, sel *kit.Selection) error {
	focus := "all areas"
	if sel.Focused {
		areas := make([]string, len(sel.Areas))
		for i, a := range sel.Areas {
			areas[i] = a.ID
		}
		focus = "focus " + strings.Join(areas, ", ")
	}
	stages := make([]string, len(sel.Stages))
	for i, s := range sel.Stages {
		stages[i] = s.ID
	}
	fmt.Fprintf(w, "Level %s (%s) · %s · stages %s · %s · seed %d\n\n", sel.Level.ID, sel.Level.Years,
		focus, strings.Join(stages, ", "), plural(len(sel.Questions), "question"), sel.Seed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tSTART\tMIN\tID\tAREA\tQUESTION")
	n := 0
	for _, it := range sel.Plan.Items {
		if it.Question == nil {
			fmt.Fprintf(tw, "\t%s\t%d\t\t\t%s\n", clock(it.Start), it.Minutes, it.Label)
			continue
		}
		n++
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\n", n, clock(it.Start), it.Minutes, it.Question.ID,
			sel.AreaOf(it.Question).ID, clip(it.Question.Text, 64))
	}
	fmt.Fprintf(tw, "\t%s\t\t\t\tend\n", clock(sel.Plan.Total))
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nTotal %d minutes. The same bank, options and --seed %d give this plan again.\n", sel.Plan.Total, sel.Seed)
	return err
}

// clock formats minutes from the start of a slot as h:mm.
func clock(min int) string { return fmt.Sprintf("%d:%02d", min/60, min%60) }
