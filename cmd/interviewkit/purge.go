package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"
)

var purgeCmd = &cli.Command{
	Name:  "purge",
	Usage: "delete archived records of interviews before a date, history included",
	UsageText: "interviewkit purge [--archive PATH] --before DATE [--dry-run]\n\n" +
		"   Lists what goes. Without --dry-run the records are deleted and the archive file is\n" +
		"   rebuilt, so they are gone from the disk too (on PostgreSQL: VACUUM FULL, by the\n" +
		"   role that owns the tables).",
	Flags: []cli.Flag{
		archiveFlag(),
		&cli.StringFlag{Name: "before", Usage: "delete interviews before `DATE` (YYYY-MM-DD), the end of the retention period"},
		&cli.BoolFlag{Name: "dry-run", Aliases: []string{"n"}, Usage: "list what would be deleted; delete nothing"},
	},
	Action: func(c *cli.Context) error {
		before, err := dateFlag(c, "before")
		if err != nil {
			return err
		}
		if before == "" {
			p, err := policy(c, nil)
			if err != nil {
				return err
			}
			d := time.Now().UTC().AddDate(0, -p.RetentionMonths, 0).Format(time.DateOnly)
			return usagef(fmt.Sprintf("records are kept %d months after the hiring decision (retention_months): --before %s deletes interviews held before %s",
				p.RetentionMonths, d, d), "--before is required")
		}
		a, err := openArchive(c)
		if err != nil {
			return err
		}
		defer a.Close()
		dry := c.Bool("dry-run")
		gone, err := a.Purge(c.Context, before, dry)
		if err != nil {
			return err
		}
		w := c.App.Writer
		verb := "deleted"
		if dry {
			verb = "would delete"
		}
		var versions, scores int
		for _, p := range gone {
			pages := ""
			if p.Pages > 0 {
				pages = ", " + plural(p.Pages, "scanned page")
			}
			fmt.Fprintf(w, "%s %s  %s  %s (%s, %s, %s%s)\n", verb, shown(p.Date), shown(p.KitID), shown(p.Candidate),
				plural(p.Rounds, "round"), plural(p.Versions, "version"), plural(p.Scores, "score"), pages)
			versions += p.Versions
			scores += p.Scores
		}
		fmt.Fprintf(w, "%s %s interviewed before %s: %s, %s\n", verb, plural(len(gone), "kit"), before,
			plural(versions, "version"), plural(scores, "score"))
		if dry && len(gone) > 0 {
			fmt.Fprintln(w, "nothing was deleted (--dry-run)")
		}
		return nil
	},
}
