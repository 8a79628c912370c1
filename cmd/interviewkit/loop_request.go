package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

// loop is a chosen loop: its kit, the focus asked for (recorded in the
// manifest) and the paper its documents are printed on.
type loop struct {
	kit   *kit.Kit
	focus []string
	paper layouts.Paper
}

// newLoop chooses the loop the flags ask for: the bank's default loop for
// the level, or the rounds of --plan and --round.
func newLoop(c *cli.Context, b *kit.Bank, roundFlags []string) (loop, error) {
	meta, err := readKitMeta(c, b)
	if err != nil {
		return loop{}, err
	}
	level := strings.TrimSpace(c.String("level"))
	if level == "" {
		return loop{}, levelRequired(b)
	}
	if err := checkTerms(c, b); err != nil {
		return loop{}, err
	}
	focus, specs, err := loopRounds(c, b, roundFlags)
	if err != nil {
		return loop{}, err
	}
	if specs == nil {
		if specs, err = kit.DefaultLoop(b, level, focus); err != nil {
			return loop{}, err
		}
	}
	seed := meta.DefaultSeed()
	if c.IsSet("seed") {
		seed = c.Uint64("seed")
	}
	rounds, err := kit.SelectLoop(b, level, focus, specs, seed)
	if err != nil {
		return loop{}, err
	}
	return loop{kit: kit.New(b, meta.Interview, seed, rounds, version), focus: focus, paper: meta.paper}, nil
}

// loopRounds reads the loop's focus and the rounds of --plan and --round,
// in that order; no rounds when neither is given.
func loopRounds(c *cli.Context, b *kit.Bank, roundFlags []string) (focus []string, specs []kit.RoundSpec, err error) {
	focus = c.StringSlice("focus")
	if path := c.String("plan"); path != "" {
		plan, err := readPlan(c.App.ErrWriter, path, b)
		if err != nil {
			return nil, nil, err
		}
		specs = plan.Rounds
		if !c.IsSet("focus") {
			focus = plan.Focus
		}
	}
	if len(roundFlags) > 0 {
		more, err := parseRounds(c.App.ErrWriter, roundFlags, b)
		if err != nil {
			return nil, nil, err
		}
		specs = append(specs, more...)
	}
	return focus, specs, nil
}

// readPlan reads a plan file. Its problems are printed one a line, located
// as bank problems are, and summed up in the error.
func readPlan(w io.Writer, path string, b *kit.Bank) (kit.Plan, error) {
	data, err := readSmallFile(path, kit.MaxPlanBytes, "give the path of a plan file (YAML)")
	if errors.Is(err, fs.ErrNotExist) {
		return kit.Plan{}, usagef("give the path of a plan file (YAML)", "no plan at %s", path)
	}
	if err != nil {
		return kit.Plan{}, err
	}
	plan, err := kit.ParsePlan(data, path, b)
	if err != nil {
		return plan, listProblems(w, err, "the plan", nil)
	}
	return plan, nil
}

// parseRounds reads every --round flag, reporting the problems of all of
// them at once.
func parseRounds(w io.Writer, flags []string, b *kit.Bank) ([]kit.RoundSpec, error) {
	var specs []kit.RoundSpec
	all := &kit.BankError{}
	for _, f := range flags {
		s, err := kit.ParseRound(f, "--round", b)
		var be *kit.BankError
		switch {
		case errors.As(err, &be):
			all.Problems = append(all.Problems, be.Problems...)
		case err != nil:
			return nil, err
		default:
			specs = append(specs, s)
		}
	}
	if len(all.Problems) > 0 {
		return nil, listProblems(w, all, "--round", b)
	}
	return specs, nil
}

// listProblems prints the problems of a plan or of --round flags, one a
// line as the bank's are, and returns the error that sums them up: a
// usage error (exit 2) for flags, with an example round of bank b, a
// failure (exit 1) for a file (b nil).
func listProblems(w io.Writer, err error, what string, b *kit.Bank) error {
	var be *kit.BankError
	if !errors.As(err, &be) {
		return err
	}
	for _, p := range be.Problems {
		fmt.Fprintln(w, shown(p.String()))
	}
	sum := fmt.Errorf("%s has %s", what, plural(len(be.Problems), "problem"))
	if b != nil {
		return &usageError{err: sum, hint: fmt.Sprintf("fix the flags above; a round reads %q", b.ExampleRound())}
	}
	return &hintedError{err: sum, hint: "fix the lines above"}
}
