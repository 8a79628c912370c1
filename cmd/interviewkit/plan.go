package main

import (
	"encoding/json"
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
	Flags:     append(selectionFlags("0"), jsonFlag(), bankFlag()),
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
			return planJSON(c.App.Writer, b, sel)
		}
		return planTable(c.App.Writer, b, sel)
	},
}

// planItem is one line of the time plan as plan --json writes it.
type planItem struct {
	Kind     string `json:"kind"` // kit.ItemIntro, ItemQuestion, ...
	Start    int    `json:"start"`
	Minutes  int    `json:"minutes"`
	Label    string `json:"label,omitempty"`    // the item, for all but questions
	Question string `json:"question,omitempty"` // the question's id
	Area     string `json:"area,omitempty"`     // the area it is scored under
}

// planJSON writes the selection with its bank, filters, time plan and
// questions.
func planJSON(w io.Writer, b *kit.Bank, sel *kit.Selection) error {
	out := struct {
		Bank      bankRef         `json:"bank"`
		Level     string          `json:"level"`
		Focus     []string        `json:"focus"` // empty: every area
		Stages    []string        `json:"stages"`
		Seed      uint64          `json:"seed"`
		Minutes   int             `json:"minutes"`
		Plan      []planItem      `json:"plan"`
		Questions []*kit.Question `json:"questions"`
	}{Bank: bankRef{b.Title, b.Version}, Level: sel.Level.ID, Focus: []string{}, Seed: sel.Seed,
		Minutes: sel.Plan.Total, Questions: sel.Questions}
	if sel.Focused {
		out.Focus = areaIDs(sel.Areas)
	}
	for _, st := range sel.Stages {
		out.Stages = append(out.Stages, st.ID)
	}
	for _, it := range sel.Plan.Items {
		item := planItem{Kind: it.Kind, Start: it.Start, Minutes: it.Minutes, Label: it.Label}
		if it.Question != nil {
			item.Label, item.Question, item.Area = "", it.Question.ID, sel.AreaOf(it.Question).ID
		}
		out.Plan = append(out.Plan, item)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// bankRef names a bank in JSON output.
type bankRef struct {
	Title   string `json:"title"`
	Version string `json:"version"`
}

func areaIDs(areas []kit.Area) []string {
	out := make([]string, len(areas))
	for i, a := range areas {
		out[i] = a.ID
	}
	return out
}

func planTable(w io.Writer, b *kit.Bank, sel *kit.Selection) error {
	focus := "all areas"
	if sel.Focused {
		focus = "focus " + strings.Join(areaIDs(sel.Areas), ", ")
	}
	stages := make([]string, len(sel.Stages))
	for i, s := range sel.Stages {
		stages[i] = s.ID
	}
	fmt.Fprintf(w, "%s bank · level %s (%s) · %s · stages %s · %s · seed %d\n\n", b.Title, sel.Level.ID, sel.Level.Years,
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
