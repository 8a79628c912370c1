package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

var generateCmd = &cli.Command{
	Name:  "generate",
	Usage: "write an interview kit: the interviewer's PDF packet and the Excel scoresheet",
	UsageText: "interviewkit generate --candidate NAME --level L [--focus A,B] [--stage S] [--count N | --minutes M]\n" +
		"   [--seed N] [--date YYYY-MM-DD] [--interviewer NAME] [--role TITLE] [--paper a4|letter] [--out DIR] [--force]",
	Flags: append(selectionFlags("from the candidate and the date"), kitFlags()...),
	Action: func(c *cli.Context) error {
		b, err := loadBank(c)
		if err != nil {
			return err
		}
		meta, err := readKitMeta(c, b)
		if err != nil {
			return err
		}
		crit, err := criteria(c, b)
		if err != nil {
			return err
		}
		if !c.IsSet("seed") {
			crit.Seed = meta.DefaultSeed()
		}
		sel, err := kit.Select(b, crit)
		if err != nil {
			return err
		}
		noteForced(c.App.ErrWriter, sel)
		k := kit.New(b, meta.Interview, crit.Seed, []kit.Round{{Title: kit.RoundTitle(sel.StagesUsed()), Interviewer: meta.interviewer, Selection: *sel}}, version)
		paths, err := writeFolder(c.App.ErrWriter, kitfolder.Kit(meta.out, k, documents{meta.paper}), c.Bool("force"))
		if err != nil {
			return err
		}
		r := k.Rounds[0]
		fmt.Fprintf(c.App.Writer, "Kit %s for %s: %s, %s, %d minutes, %s, seed %d (%s bank)\n", k.ID, k.Candidate,
			k.Level.Title, r.Title, r.Minutes(), plural(len(r.Questions), "question"), k.Seed, k.BankTitle)
		for _, p := range paths {
			fmt.Fprintf(c.App.Writer, "  wrote %s\n", shown(p))
		}
		return nil
	},
}

// kitFlags are the flags that describe a kit rather than select questions.
func kitFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "candidate", Aliases: []string{"c"}, Usage: "the candidate's full `NAME`, as printed on every page"},
		&cli.StringFlag{Name: "interviewer", Aliases: []string{"i"}, Usage: "the interviewer's `NAME`"},
		&cli.StringFlag{Name: "role", Usage: "the role `TITLE` (default: the bank's role)"},
		&cli.StringFlag{Name: "date", Aliases: []string{"d"}, Usage: "interview `DATE`, YYYY-MM-DD (default today)"},
		&cli.StringFlag{Name: "paper", Usage: "`PAPER` size: a4 or letter", DefaultText: "the settings' paper, else a4"},
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Usage: "write the kit folder under `DIR`"},
		&cli.BoolFlag{Name: "force", Usage: "replace a kit folder that already exists"},
		bankFlag(),
	}
}

// previewCandidate stands for the candidate of a loop previewed without
// one (loop --dry-run); the default seed derives from it and the date.
const previewCandidate = "Preview"

// kitMeta is what the kit flags say: the interview, who runs it, and where
// and on what paper its folder is written.
type kitMeta struct {
	kit.Interview
	interviewer string
	paper       layouts.Paper
	out         string
}

// readKitMeta reads the kit flags and the team's policy with bank b. Names
// go through kit's rules for names (--candidate, --interviewer) and titles
// (--role), with the flag named in the error.
func readKitMeta(c *cli.Context, b *kit.Bank) (kitMeta, error) {
	var m kitMeta
	var err error
	if m.Candidate, err = cleanFlag(c, "candidate", kit.CleanName); err != nil {
		return m, err
	}
	if m.Candidate == "" && c.Bool("dry-run") {
		m.Candidate = previewCandidate
	}
	if m.Candidate == "" {
		return m, usagef("for example --candidate \"Ana López\"", "--candidate is required")
	}
	if m.interviewer, err = cleanFlag(c, "interviewer", kit.CleanName); err != nil {
		return m, err
	}
	if m.Role, err = cleanFlag(c, "role", kit.CleanTitle); err != nil {
		return m, err
	}
	m.Date = time.Now().UTC().Truncate(24 * time.Hour)
	if d := strings.TrimSpace(c.String("date")); d != "" {
		if m.Date, err = kit.ParseDate(d); err != nil {
			return m, dateUsage("--date", d, err)
		}
	}
	if m.paper, err = paper(c); err != nil {
		return m, err
	}
	if m.Policy, err = policy(c, b); err != nil {
		return m, err
	}
	m.out = c.String("out")
	return m, nil
}

// cleanFlag is the flag's value through clean (kit.CleanName or
// kit.CleanTitle), with the flag named in its error.
func cleanFlag(c *cli.Context, flag string, clean func(string) (string, error)) (string, error) {
	v, err := clean(c.String(flag))
	if err != nil {
		var ne *kit.NameError
		if errors.As(err, &ne) {
			ne.Field = "--" + flag
		}
		return "", &usageError{err: err}
	}
	return v, nil
}
