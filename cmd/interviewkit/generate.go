package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/urfave/cli/v2"
)

var generateCmd = &cli.Command{
	Name:  "generate",
	Usage: "write an interview kit: the interviewer's PDF packet and the Excel scoresheet",
	UsageText: "interviewkit generate --candidate NAME --level L --focus A,B [--stage S] [--count N | --minutes M]\n" +
		"   [--seed N] [--date YYYY-MM-DD] [--interviewer NAME] [--role TITLE] [--paper a4|letter] [--out DIR] [--force]",
	Flags: append(selectionFlags(), kitFlags()...),
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
			crit.Seed = meta.seed
		}
		sel, err := kit.Select(b, crit)
		if err != nil {
			return err
		}
		k := meta.kit(b, crit.Seed, []kit.Round{{Title: kit.RoundTitle(sel.Stages), Interviewer: meta.interviewer, Selection: *sel}})
		slug := kit.Slug(k.Candidate, "candidate")
		files := []kitFile{
			{slug + "-packet.pdf", func(w io.Writer) error {
				return layouts.WritePacket(w, k, 0, layouts.PacketOptions{Paper: meta.paper})
			}},
			{slug + "-scoresheet.xlsx", func(w io.Writer) error { return scoresheet.Write(w, k) }},
		}
		dir := filepath.Join(meta.out, kitDirName(k))
		paths, err := writeKitDir(dir, files, c.Bool("force"))
		if err != nil {
			return err
		}
		r := k.Rounds[0]
		fmt.Fprintf(c.App.Writer, "Kit %s for %s: %s, %s, %d minutes, %s, seed %d\n", k.ID, k.Candidate,
			k.Level.Title, r.Title, r.Minutes(), plural(len(r.Questions), "question"), k.Seed)
		for _, p := range paths {
			fmt.Fprintf(c.App.Writer, "  wrote %s\n", p)
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
		&cli.StringFlag{Name: "paper", Value: "a4", Usage: "`PAPER` size: a4 or letter"},
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Usage: "write the kit folder under `DIR`"},
		&cli.BoolFlag{Name: "force", Usage: "replace a kit folder that already exists"},
		bankFlag(),
	}
}

// kitMeta is what the kit flags say.
type kitMeta struct {
	candidate, interviewer, role string
	date                         time.Time
	paper                        layouts.Paper
	out                          string
	seed                         uint64 // default seed: from candidate and date
}

func readKitMeta(c *cli.Context, b *kit.Bank) (kitMeta, error) {
	var m kitMeta
	var err error
	if m.candidate, err = personName(c.String("candidate"), "--candidate"); err != nil {
		return m, err
	}
	if m.candidate == "" {
		return m, usagef("for example --candidate \"Ana López\"", "--candidate is required")
	}
	if m.interviewer, err = personName(c.String("interviewer"), "--interviewer"); err != nil {
		return m, err
	}
	if m.role, err = personName(c.String("role"), "--role"); err != nil {
		return m, err
	}
	if m.role == "" {
		m.role = b.Role
	}
	m.date = time.Now().UTC().Truncate(24 * time.Hour)
	if d := strings.TrimSpace(c.String("date")); d != "" {
		m.date, err = time.Parse(time.DateOnly, d)
		if err != nil {
			return m, usagef("write the date as YYYY-MM-DD, e.g. 2026-03-14", "--date %q is not a date", d)
		}
	}
	if m.paper, err = layouts.PaperNamed(c.String("paper")); err != nil {
		return m, &usageError{err: err}
	}
	m.out = c.String("out")
	m.seed = kit.DefaultSeed(m.candidate, m.date)
	return m, nil
}

// personName is kit.CleanName with the flag named in its error.
func personName(s, flag string) (string, error) {
	name, err := kit.CleanName(s)
	if err != nil {
		var ne *kit.NameError
		if errors.As(err, &ne) {
			ne.Field = flag
		}
		return "", &usageError{err: err}
	}
	return name, nil
}

func (m kitMeta) kit(b *kit.Bank, seed uint64, rounds []kit.Round) *kit.Kit {
	k := &kit.Kit{
		Candidate:   m.candidate,
		Role:        m.role,
		Level:       rounds[0].Level,
		Date:        m.date,
		Seed:        seed,
		Rounds:      rounds,
		BankTitle:   b.Title,
		BankVersion: b.Version,
		ToolVersion: version,
	}
	k.Finish()
	return k
}

// kitDirName names a kit's folder: candidate, date and kit ID, so folders
// sort by person and never collide between kits.
func kitDirName(k *kit.Kit) string {
	return fmt.Sprintf("%s-%s-%s", kit.Slug(k.Candidate, "candidate"), k.Date.Format(time.DateOnly), k.ID)
}
