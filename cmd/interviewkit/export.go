package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/atomicfile"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

var exportCmd = &cli.Command{
	Name:  "export",
	Usage: "export archived scores as CSV or Excel: one row per candidate, round and question",
	UsageText: "interviewkit export [--archive PATH] [--format csv|xlsx|json] [--candidate NAME] [--since DATE]\n" +
		"   [--history] [--out FILE] [--force]\n\n" +
		"   CSV (or JSON, which names each row's bank) goes to standard output unless --out names a\n" +
		"   file. --candidate matches part of a\n" +
		"   name, ignoring case and accents. For an applicant's access request, export everything\n" +
		"   held on them, corrections included:\n" +
		"     interviewkit export --candidate NAME --history --format xlsx --out FILE",
	Flags: []cli.Flag{
		archiveFlag(),
		&cli.StringFlag{Name: "format", Usage: "`FORMAT`: csv, xlsx or json (default: from --out's extension, else csv)"},
		&cli.StringFlag{Name: "candidate", Aliases: []string{"c"}, Usage: "only candidates whose name contains `NAME`"},
		&cli.StringFlag{Name: "since", Usage: "only interviews on or after `DATE` (YYYY-MM-DD)"},
		&cli.BoolFlag{Name: "history", Usage: "add the versions corrections replaced, with when and from which file they were collected"},
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output", TakesFile: true},
		&cli.BoolFlag{Name: "force", Usage: "replace --out if it exists"},
	},
	Action: func(c *cli.Context) error {
		out := c.String("out")
		format := strings.ToLower(strings.TrimSpace(c.String("format")))
		if format == "" {
			format = "csv"
			if ext := strings.ToLower(filepath.Ext(out)); ext == ".xlsx" || ext == ".json" {
				format = ext[1:]
			}
		}
		if format != "csv" && format != "xlsx" && format != "json" {
			hint := "valid formats: csv, xlsx, json"
			if cl := kit.Closest(format, []string{"csv", "xlsx", "json"}); cl != "" {
				hint = fmt.Sprintf("did you mean %q? %s", cl, hint)
			}
			return usagef(hint, "unknown format %q", format)
		}
		if format == "xlsx" && out == "" {
			return usagef("for example --out scores.xlsx", "--format xlsx needs --out FILE")
		}
		since, err := dateFlag(c, "since")
		if err != nil {
			return err
		}
		if out != "" && !c.Bool("force") {
			if _, err := os.Stat(out); err == nil {
				return outExists(out)
			}
		}
		a, err := openArchive(c)
		if err != nil {
			return err
		}
		defer a.Close()
		f := archive.Filter{Candidate: c.String("candidate"), Since: since, History: c.Bool("history")}
		rows, err := a.Rows(c.Context, f)
		if err != nil {
			return err
		}
		if strings.TrimSpace(f.Candidate) != "" {
			names := archive.Candidates(rows)
			switch {
			case len(names) == 0:
				return &hintedError{err: fmt.Errorf("no archived candidate matches %q", f.Candidate),
					hint: "the match ignores case and accents; try part of the name"}
			case len(names) > 1:
				fmt.Fprintf(c.App.ErrWriter, "interviewkit: note: %q matches %d candidates: %s\n", f.Candidate, len(names), shown(clip(strings.Join(names, ", "), 200)))
			}
		}
		write := func(w io.Writer) error {
			switch format {
			case "xlsx":
				return archive.WriteXLSX(w, rows, f.History)
			case "json":
				return writeJSON(w, rows)
			}
			if out != "" {
				// A byte-order mark, so Excel reads a saved CSV's
				// accents right; standard output stays plain.
				if _, err := io.WriteString(w, "\ufeff"); err != nil {
					return err
				}
			}
			return archive.WriteCSV(w, rows, f.History)
		}
		if out == "" {
			bw := bufio.NewWriter(c.App.Writer)
			if err := write(bw); err != nil {
				return err
			}
			return bw.Flush()
		}
		if err := atomicfile.Write(out, c.Bool("force"), write); err != nil {
			if errors.Is(err, atomicfile.ErrExists) {
				return outExists(out)
			}
			return err
		}
		fmt.Fprintf(c.App.ErrWriter, "interviewkit: wrote %s: %s, %s\n", shown(out), plural(len(rows), "row"), plural(len(archive.Candidates(rows)), "candidate"))
		return nil
	},
}

// outExists is the error for an --out file that is already there.
func outExists(path string) error {
	return &hintedError{err: fmt.Errorf("%s exists; it is left as it is", path), hint: "use --force to replace it, or another --out"}
}
