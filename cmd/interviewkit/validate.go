package main

import (
	"errors"
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

var validateCmd = &cli.Command{
	Name:  "validate",
	Usage: "check a bank, and that its default loop fills at every level, reporting every problem with file:line",
	UsageText: "interviewkit validate [--bank PATH]\n\n" +
		fmt.Sprintf("   Besides the files, validate draws the bank's default loop at every level it has rounds for,\n"+
			"   %d times each, under the limits `loop` applies, so a round that cannot be filled is found\n"+
			"   before interview day.", kit.LoopDraws),
	Flags: []cli.Flag{bankFlag()},
	Action: func(c *cli.Context) error {
		b, err := parseBank(c)
		var bankErr *kit.BankError
		if err == nil {
			// What the packets cannot print is a problem too, found by
			// the documents' own rule, so validate and generate agree.
			var ps []kit.Problem
			if ps, err = layouts.CheckBank(b); err == nil && len(ps) > 0 {
				err = &kit.BankError{Problems: ps}
			}
		}
		if errors.As(err, &bankErr) {
			for _, p := range bankErr.Problems {
				fmt.Fprintln(c.App.Writer, shown(p.String()))
			}
			return fmt.Errorf("%s in the bank", plural(len(bankErr.Problems), "problem"))
		}
		if err != nil {
			return err
		}
		if ps := b.LoopProblems(); len(ps) > 0 {
			for _, p := range ps {
				fmt.Fprintln(c.App.Writer, p.String())
			}
			return &hintedError{err: fmt.Errorf("%s in the bank's default loop", plural(len(ps), "problem")),
				hint: "add questions to the round's stages at that level, shorten the round, or give it no minutes at that level"}
		}
		fmt.Fprintf(c.App.Writer, "ok: %s bank, version %s: %s, %d levels, %d focus areas, %d stages\n",
			b.Title, b.Version, plural(len(b.Questions), "question"), len(b.Levels), len(b.Areas), len(b.Stages))
		if len(b.Loop) > 0 {
			fmt.Fprintf(c.App.Writer, "ok: the default loop fills at every level it has rounds for, in %d draws each\n", kit.LoopDraws)
		}
		return nil
	},
}
