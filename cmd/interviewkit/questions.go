package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

var questionsCmd = &cli.Command{
	Name:  "questions",
	Usage: "list the bank's questions, filtered by level, focus area and stage",
	Flags: []cli.Flag{levelFlag(), focusFlag(), stageFlag(), jsonFlag(), bankFlag()},
	Action: func(c *cli.Context) error {
		b, err := loadBank(c)
		if err != nil {
			return err
		}
		list, err := b.Filter(c.String("level"), c.StringSlice("focus"), c.StringSlice("stage"))
		if err != nil {
			return &usageError{err: err}
		}
		if c.Bool("json") {
			return writeJSON(c.App.Writer, list)
		}
		return questionTable(c.App.Writer, list)
	},
}

// writeJSON prints v as indented JSON; an empty list prints [] rather than null.
func writeJSON[T any](w io.Writer, list []T) error {
	if list == nil {
		list = []T{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(list)
}

func questionTable(w io.Writer, list []*kit.Question) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTAGE\tLEVELS\tAREAS\tMIN\tQUESTION")
	for _, q := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", q.ID, q.Stage, strings.Join(q.Levels, ","),
			strings.Join(q.Areas, ","), q.Minutes, clip(q.Text, 72))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", plural(len(list), "question"))
	return err
}

// clip shortens s to n runes on one line, marking the cut with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
