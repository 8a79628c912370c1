package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/urfave/cli/v2"
)

var collectCmd = &cli.Command{
	Name:  "collect",
	Usage: "read completed scoresheets into the HR archive",
	UsageText: "interviewkit collect [--archive PATH] FILE|DIR ...\n\n" +
		"   Each file is checked (kit ID and facts consistent, every score 1-4, N/A or blank) and\n" +
		"   archived whole or not at all. Collecting a file again changes nothing; a corrected\n" +
		"   file replaces the earlier scores of its rounds, which stay in the history.",
	Flags: []cli.Flag{archiveFlag()},
	Action: func(c *cli.Context) error {
		if c.NArg() == 0 {
			return usagef("name the completed scoresheets (.xlsx) or folders holding them", "no files to collect")
		}
		files, missing := archive.Files(c.Args().Slice())
		if len(files) == 0 && len(missing) == 0 {
			return usagef("collect reads .xlsx files; name them, or a folder holding them", "no .xlsx files in %s", strings.Join(c.Args().Slice(), ", "))
		}
		path, err := archivePath(c)
		if err != nil {
			return err
		}
		a, err := archive.Open(path)
		if err != nil {
			return archiveError(err)
		}
		defer a.Close()
		w := c.App.Writer
		t := collectTally{out: w, errs: c.App.ErrWriter}
		for _, r := range missing {
			t.add(r)
		}
		if err := a.CollectFiles(c.Context, files, t.add); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s into %s: %s\n", plural(t.files, "file"), shown(a.Path()), t.summary())
		if t.counts["rejected"] > 0 {
			return &hintedError{
				err:  fmt.Errorf("%d of %s rejected; nothing from them was archived", t.counts["rejected"], plural(t.files, "file")),
				hint: "fix the files named above and collect them again; the other files are archived",
			}
		}
		return nil
	},
}

// collectTally counts results by what they say and prints each: a line
// per file on standard output, and why a file was rejected on standard
// error too, so `2>errors.log` keeps every reason.
type collectTally struct {
	out, errs io.Writer
	files     int
	counts    map[string]int
}

// statusOrder is the order of the summary.
var statusOrder = []string{"archived", "updated", "incomplete", "unchanged", "rejected"}

func (t *collectTally) add(r archive.Result) {
	if t.counts == nil {
		t.counts = map[string]int{}
	}
	t.files++
	word := r.Status.String()
	if r.Status != archive.Rejected && r.Status != archive.Unchanged && r.Incomplete() {
		word = "incomplete"
	}
	t.counts[word]++
	printResult(t.out, t.errs, word, r)
}

func (t *collectTally) summary() string {
	var parts []string
	for _, s := range statusOrder {
		if n := t.counts[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	return strings.Join(parts, ", ")
}

// printResult writes one file's outcome to w: a line, then indented
// details. A rejected file's reasons go to errs, each on a line naming the
// file. Everything read from the file or its path goes through shown.
func printResult(w, errs io.Writer, word string, r archive.Result) {
	const indent = "           "
	k, src := r.Kit, shown(r.Source)
	if r.Status == archive.Rejected {
		switch {
		case len(r.Problems) > 0:
			fmt.Fprintf(w, "%-10s %s: %s, nothing archived\n", word, src, plural(len(r.Problems), "problem"))
			for _, p := range r.Problems {
				fmt.Fprintf(errs, "interviewkit: error: %s: %s\n", src, shown(p.String()))
			}
		default:
			fmt.Fprintf(w, "%-10s %s: %s\n", word, src, shown(r.Err.Error()))
			fmt.Fprintf(errs, "interviewkit: error: %s: %s\n", src, shown(r.Err.Error()))
		}
		return
	}
	fmt.Fprintf(w, "%-10s %s: kit %s, %s, %s\n", word, src, shown(k.ID), shown(k.Candidate), shown(k.Date))
	for _, rr := range r.Rounds {
		sheet := shown(rr.Sheet)
		switch rr.Change {
		case archive.RoundReplaced:
			fmt.Fprintf(w, "%s%s: corrected scores archived as version %d; version %d kept in the history\n", indent, sheet, rr.Version, rr.Version-1)
		case archive.RoundKept:
			fmt.Fprintf(w, "%s%s: blank in this file; the archived scores stay\n", indent, sheet)
		}
		if r.Status == archive.Unchanged {
			continue
		}
		if n := len(rr.Unscored); n > 0 {
			fmt.Fprintf(w, "%s%s: %d of %d questions unscored: %s\n", indent, sheet, n, rr.Questions, shown(clip(strings.Join(rr.Unscored, ", "), 120)))
		}
		if rr.NoRecommendation {
			fmt.Fprintf(w, "%s%s: no interviewer's recommendation\n", indent, sheet)
		}
	}
}
