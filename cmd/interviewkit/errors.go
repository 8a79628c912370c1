package main

// This file reports errors. The packages below cmd say what went wrong in
// their own terms (kit names a filter, "stage"); this file words it for a
// command line (the flag, "--stage") and picks the exit code: 2 for bad
// usage, 1 for a failure.

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// usageError is bad usage: a wrong flag, a missing value, an unknown name.
// It exits 2.
type usageError struct {
	err  error
	hint string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(hint, format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...), hint: hint}
}

func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	hint := "run `interviewkit --help` for usage"
	if c != nil && c.Command != nil && c.Command.Name != "" {
		hint = fmt.Sprintf("run `interviewkit %s --help` for usage", c.Command.Name)
	}
	return &usageError{err: err, hint: hint}
}

// hintedError is a failure with a likely fix.
type hintedError struct {
	err  error
	hint string
}

func (e *hintedError) Error() string { return e.err.Error() }
func (e *hintedError) Unwrap() error { return e.err }
func (e *hintedError) Hint() string  { return e.hint }

// hinter is an error that knows a likely fix.
type hinter interface{ Hint() string }

// report prints err and returns the exit code it deserves. Every line goes
// through shown, since an error may quote a path or a name from a file;
// an error of several lines (several problems joined) prints each with
// the prefix, so no line of it can pass for another message.
func report(stderr io.Writer, err error) int {
	var se *settingsError
	if errors.As(err, &se) {
		printProblems(stderr, se.BankError, "the settings file", "`interviewkit config` shows every setting and where it comes from")
		return 2
	}
	var bankErr *kit.BankError
	if errors.As(err, &bankErr) {
		printProblems(stderr, bankErr, "the bank", "`interviewkit validate --bank PATH` checks again")
		return 1
	}
	for _, line := range strings.Split(strings.TrimSpace(err.Error()), "\n") {
		fmt.Fprintf(stderr, "interviewkit: error: %s\n", shown(line))
	}
	var ue *usageError
	if errors.As(err, &ue) {
		if ue.hint != "" {
			fmt.Fprintf(stderr, "interviewkit: hint: %s\n", shown(ue.hint))
		}
		if h := hintOf(ue.err); h != "" {
			fmt.Fprintf(stderr, "interviewkit: hint: %s\n", shown(h))
		}
		return 2
	}
	if h := hintOf(err); h != "" {
		fmt.Fprintf(stderr, "interviewkit: hint: %s\n", shown(h))
	}
	if errors.Is(err, kit.ErrUnknown) {
		return 2
	}
	var exit cli.ExitCoder
	if errors.As(err, &exit) && exit.ExitCode() != 0 {
		return exit.ExitCode()
	}
	return 1
}

// printProblems prints the problems of a file, one a line, and sums them
// up: what has them, and how to check again.
func printProblems(stderr io.Writer, e *kit.BankError, what, again string) {
	for _, p := range e.Problems {
		fmt.Fprintln(stderr, shown(p.String()))
	}
	fmt.Fprintf(stderr, "interviewkit: error: %s has %s\n", what, plural(len(e.Problems), "problem"))
	fmt.Fprintf(stderr, "interviewkit: hint: fix the lines above; %s\n", again)
}

// hintOf is the likely fix for err, worded for the command line.
func hintOf(err error) string {
	var tf *kit.TooFewError
	if errors.As(err, &tf) {
		return tf.HintWith(relaxFlag)
	}
	var ue *kit.UnknownError
	if errors.As(err, &ue) {
		if ue.Lists() {
			return ue.Hint()
		}
		list := "areas"
		if ue.Kind == "question id" {
			list = "questions"
		}
		return fmt.Sprintf("%s; run `interviewkit %s` to list them", ue.Hint(), list)
	}
	var h hinter
	if errors.As(err, &h) {
		return h.Hint()
	}
	return ""
}

// relaxFlag words a way out of too few questions with the flag it changes:
// "drop --stage", "use --level mid". A loop's ways out name no flag.
func relaxFlag(r kit.Relaxation) string {
	switch r.Kind {
	case kit.DropFilter:
		return "drop --" + r.Filter
	case kit.ChangeFilter:
		return "use --" + r.Filter + " " + r.Value
	case kit.LongerSlot:
		return fmt.Sprintf("use --minutes %d", r.Minutes)
	}
	return r.String()
}
