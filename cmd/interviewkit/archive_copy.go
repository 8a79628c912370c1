package main

import (
	"errors"
	"fmt"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/urfave/cli/v2"
)

var copyArchiveCmd = &cli.Command{
	Name:  "copy-archive",
	Usage: "copy a SQLite archive into PostgreSQL (or any archive into another), counts verified",
	UsageText: "interviewkit copy-archive [--from PATH] --to URL\n\n" +
		"   Everything is copied, history included, in one transaction; the destination must then\n" +
		"   hold as many kits, versions and scores as the source, or nothing is copied. The source\n" +
		"   is only read: its file is left as it was. A kit the destination already holds is refused.\n" +
		"     interviewkit copy-archive --from out/archive.db --to postgres://hr@db.example/interviews",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "from", Value: archive.DefaultPath, Usage: "the archive to copy: a SQLite file `PATH` or a postgres:// URL", TakesFile: true},
		&cli.StringFlag{Name: "to", Usage: "the archive to copy into: a postgres:// `URL` or a SQLite file", EnvVars: []string{archiveEnv}},
	},
	Action: func(c *cli.Context) error {
		from, to := c.String("from"), c.String("to")
		if to == "" {
			return usagef("for example --to postgres://hr@db.example/interviews, or set "+archiveEnv, "--to is required")
		}
		if archive.Redact(from) == archive.Redact(to) {
			return usagef("name another archive with --to", "--from and --to are the same archive, %s", archive.Redact(from))
		}
		src, err := archive.OpenReadOnly(from)
		if errors.Is(err, archive.ErrNoArchive) {
			return &hintedError{err: err, hint: "name the archive to copy with --from PATH"}
		}
		if err != nil {
			return err
		}
		defer src.Close()
		dst, err := archive.Open(to)
		if err != nil {
			return err
		}
		defer dst.Close()
		n, err := dst.CopyFrom(c.Context, src)
		if errors.Is(err, archive.ErrCopyConflict) {
			return &hintedError{err: err, hint: "copy into an empty archive; kits already there are never merged"}
		}
		if err != nil {
			return err
		}
		what := fmt.Sprintf("%s, %s and %s", plural(n.Kits, "kit"), plural(n.Versions, "version"), plural(n.Scores, "score"))
		if n.Pages > 0 {
			what = fmt.Sprintf("%s, %s, %s and %s", plural(n.Kits, "kit"), plural(n.Versions, "version"),
				plural(n.Scores, "score"), plural(n.Pages, "scanned page"))
		}
		fmt.Fprintf(c.App.Writer, "copied %s from %s into %s; counts verified; %s was only read\n",
			what, src.Path(), dst.Path(), src.Path())
		return nil
	},
}
