package main

import (
	"errors"
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

var validateCmd = &cli.Command{
	Name:      "validate",
	Usage:     "check a bank and report every problem with file:line",
	UsageText: "interviewkit validate [--bank PATH]",
	Flags:     []cli.Flag{bankFlag()},
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
		_, err = fmt.Fprintf(c.App.Writer, "ok: %s bank, version %s: %s, %d levels, %d focus areas, %d stages\n",
			b.Title, b.Version, plural(len(b.Questions), "question"), len(b.Levels), len(b.Areas), len(b.Stages))
		return err
	},
}
