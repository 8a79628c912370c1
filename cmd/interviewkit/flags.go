package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// Flags shared by the commands that select questions.
func levelFlag() cli.Flag { return levelFlagWith(genericWords) }

func focusFlag() cli.Flag {
	return &cli.StringSliceFlag{Name: "focus", Aliases: []string{"f"}, Usage: "focus `AREAS`, comma-separated (see `interviewkit areas`); default all"}
}

func stageFlag() cli.Flag {
	return &cli.StringSliceFlag{Name: "stage", Aliases: []string{"s"}, Usage: "interview `STAGE`(s), comma-separated; default all"}
}

func jsonFlag() cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table"}
}

// selectionFlags are the flags of plan and generate; seed says what the
// seed is when --seed is not given.
func selectionFlags(seed string) []cli.Flag {
	return []cli.Flag{
		levelFlag(), focusFlag(), stageFlag(),
		&cli.IntFlag{Name: "count", Aliases: []string{"n"}, Usage: "number of questions `N`", DefaultText: "as many as --minutes holds"},
		&cli.IntFlag{Name: "minutes", Aliases: []string{"m"}, Usage: "length of the slot in `MINUTES`, intro and close included",
			DefaultText: fmt.Sprint(kit.DefaultMinutes)},
		&cli.StringSliceFlag{Name: "include", Usage: "question `IDS` that must be asked, comma-separated"},
		&cli.StringSliceFlag{Name: "exclude", Usage: "question `IDS` never to ask, comma-separated"},
		&cli.Uint64Flag{Name: "seed", Usage: "draw `N`; the same seed gives the same questions", DefaultText: seed},
	}
}

// criteria reads the selection flags and checks them by kit's rule
// (Criteria.Check), worded here as usage errors naming the flags; a level,
// area or stage the bank does not define is a usage error naming the valid
// ones.
func criteria(c *cli.Context, b *kit.Bank) (kit.Criteria, error) {
	crit := kit.Criteria{
		Level:   c.String("level"),
		Areas:   c.StringSlice("focus"),
		Stages:  c.StringSlice("stage"),
		Count:   c.Int("count"),
		Minutes: c.Int("minutes"),
		Include: c.StringSlice("include"),
		Exclude: c.StringSlice("exclude"),
		Seed:    c.Uint64("seed"),
	}
	// Zero is how kit says "not asked for"; given on the command line it
	// means nothing, like a negative number.
	for _, f := range []string{"count", "minutes"} {
		if c.IsSet(f) && c.Int(f) == 0 {
			return crit, usagef("leave --"+f+" out for the default, or give a number above 0", "--%s 0 asks for nothing; --count and --minutes must be positive", f)
		}
	}
	switch err := crit.Check(); {
	case errors.Is(err, kit.ErrNoLevel):
		return crit, levelRequired(b)
	case errors.Is(err, kit.ErrNegative):
		return crit, usagef("", "--count and --minutes must be positive")
	case errors.Is(err, kit.ErrCountAndMinutes):
		return crit, usagef("--count picks a number of questions; --minutes fills a slot", "give --count or --minutes, not both")
	case errors.Is(err, kit.ErrRoundMinutes):
		hint := ""
		if crit.Minutes > kit.MaxRoundMinutes {
			hint = "for a longer interview, make a loop of several rounds: `interviewkit loop`"
		}
		return crit, usagef(hint, "--minutes %d is out of range; a round runs %d to %d minutes", crit.Minutes, kit.MinRoundMinutes, kit.MaxRoundMinutes)
	case err != nil:
		return crit, &usageError{err: err}
	}
	return crit, checkTerms(c, b)
}

// noteForced says which questions --include forced in that the level,
// focus or stage flags would have left out, so nobody is surprised by a
// junior question in a senior kit.
func noteForced(w io.Writer, sel *kit.Selection) {
	for _, f := range sel.Forced {
		q := f.Question
		var why []string
		for _, m := range f.Misses {
			switch m {
			case kit.FilterLevel:
				why = append(why, fmt.Sprintf("its levels are %s, not %s", strings.Join(q.Levels, ", "), sel.Level.ID))
			case kit.FilterFocus:
				why = append(why, fmt.Sprintf("its areas %s are outside --focus", strings.Join(q.Areas, ", ")))
			case kit.FilterStage:
				why = append(why, fmt.Sprintf("its stage %s is outside --stage", q.Stage))
			}
		}
		fmt.Fprintf(w, "interviewkit: note: --include %s is in the kit although %s\n", q.ID, strings.Join(why, "; "))
	}
}

// levelRequired is the error for a missing --level.
func levelRequired(b *kit.Bank) error {
	return usagef("valid levels: "+strings.Join(b.LevelIDs(), ", "), "--level is required")
}

// checkTerms resolves the level, focus and stage flags early, so a typo is
// a usage error (exit 2) naming the valid values.
func checkTerms(c *cli.Context, b *kit.Bank) error {
	if l := c.String("level"); l != "" {
		if _, err := b.ResolveLevel(l); err != nil {
			return &usageError{err: err}
		}
	}
	if _, err := b.ResolveAreas(c.StringSlice("focus")); err != nil {
		return &usageError{err: err}
	}
	if _, err := b.ResolveStages(c.StringSlice("stage")); err != nil {
		return &usageError{err: err}
	}
	return nil
}

// dateUsage words a date flag that kit.ParseDate refused.
func dateUsage(flag, text string, err error) error {
	var de *kit.DateError
	if errors.As(err, &de) && de.Early {
		return usagef("write the interview's date, e.g. 2026-03-14", "%s %s", flag, err)
	}
	return usagef("write the date as YYYY-MM-DD, e.g. 2026-03-14", "%s %q is not a date", flag, text)
}
