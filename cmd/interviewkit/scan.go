package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/scanjob"
	"github.com/interviewkit/interviewkit/scan"
	"github.com/urfave/cli/v2"
)

var scanCmd = &cli.Command{
	Name:  "scan",
	Usage: "read filled-in packets back from scans and photos into the HR archive",
	UsageText: "interviewkit scan [--kits DIR] [--archive PATH] [--dry-run] [--json] FILE|DIR ...\n\n" +
		"   FILE is a scanned PDF (several kits in any order, pages any way up) or a photo of a page\n" +
		"   (PNG or JPEG); DIR, the scans in a folder. Each page names its kit; scan finds the kit's\n" +
		"   folder under --kits and archives each round the paper settles exactly as collect does,\n" +
		"   with the scanned pages kept beside it. A row with two marks, a faint mark or a score\n" +
		"   written in its Changed box is never guessed: its round waits in a review workbook\n" +
		"   beside the kit's scoresheet, to correct and collect. Exit status 1 when anything does.\n" +
		"   Scanning the same files again asks nobody twice: a round settled by a person since its\n" +
		"   pages were scanned is reported as settled.",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "kits", Value: "out", Usage: "the folder holding the kit folders, `DIR`", TakesFile: true},
		archiveFlag(),
		&cli.BoolFlag{Name: "dry-run", Usage: "read and report; archive and write nothing"},
		jsonFlag(),
	},
	Action: func(c *cli.Context) error {
		if c.NArg() == 0 {
			return usagef("name the scanned PDFs or photos, or a folder of them", "no files to scan")
		}
		root := c.String("kits")
		if info, err := os.Stat(root); err != nil || !info.IsDir() {
			return usagef("give the folder the kits were generated into, e.g. --kits out", "--kits %s is not a folder", root)
		}
		kits, err := scanjob.FindKits(root)
		if err != nil {
			return err
		}
		files, problems := scanjob.Inputs(c.Args().Slice())
		opt := scanjob.Options{Kits: kits, DryRun: c.Bool("dry-run"), Limits: scan.DefaultLimits}
		where := "nothing archived (--dry-run)"
		if opt.DryRun {
			// A dry run reads the archive, when there is one, to tell the
			// rounds a person settled since, as a real run would; it opens
			// it read-only, so not a byte of it changes.
			a, err := archive.OpenReadOnly(c.String("archive"))
			switch {
			case err == nil:
				defer a.Close()
				opt.Archive = a
			case !errors.Is(err, archive.ErrNoArchive):
				return err
			}
		} else {
			a, err := archive.Open(c.String("archive"))
			if err != nil {
				return err
			}
			defer a.Close()
			opt.Archive = a
			where = "into " + a.Path()
		}
		rep, err := scanjob.Run(c.Context, files, opt)
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			rep.Errors = append(problems, rep.Errors...)
		}
		if c.Bool("json") {
			enc := json.NewEncoder(c.App.Writer)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(rep); err != nil {
				return err
			}
		} else {
			printScan(c.App.Writer, rep, where)
		}
		return scanOutcome(rep, root)
	},
}

// scanOutcome is the error a scan ends with when anything needs a person.
func scanOutcome(rep *scanjob.Report, root string) error {
	if !rep.NeedsReview() {
		return nil
	}
	rows, kits := 0, 0
	for _, k := range rep.Kits {
		if k.Err != "" {
			kits++
		}
		for _, r := range k.Rounds {
			rows += len(r.Review)
		}
	}
	var parts []string
	switch {
	case rows == 1:
		parts = append(parts, "1 row needs a person")
	case rows > 1:
		parts = append(parts, plural(rows, "row")+" need a person")
	}
	for _, m := range rep.Missing {
		parts = append(parts, fmt.Sprintf("kit %s has no kit folder under %s", m.KitID, root))
	}
	if kits > 0 {
		parts = append(parts, plural(kits, "kit folder")+" could not be read")
	}
	if n := len(rep.Errors); n > 0 {
		parts = append(parts, plural(n, "file or page")+" could not be read")
	}
	hint := "nothing read from them was archived; see above"
	switch {
	case len(rep.Missing) > 0:
		hint = "give the folder the kit was generated into with --kits DIR; the other kits' rounds are archived"
	case rows > 0 && rep.DryRun:
		hint = "scan without --dry-run to archive what the paper settles and write the review workbook for the rest"
	case rows > 0:
		hint = "correct the highlighted cells of the review workbook named above, then `interviewkit collect` it"
	}
	return &hintedError{err: fmt.Errorf("%s", strings.Join(parts, "; ")), hint: hint}
}
