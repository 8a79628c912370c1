// Command interviewkit turns a question bank into printable interview kits:
// a PDF packet for the interviewer and an Excel scoresheet for HR.
//
// This file holds the app and its output rules: results go to stdout;
// errors go to stderr as "interviewkit: error: ..." with an optional
// "interviewkit: hint: ..."; exit 0 on success, 1 on failure, 2 on bad usage.
// No Go panic or stack trace ever reaches a user.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// version is the tool's version, recorded on every kit; set at build time
// with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "interviewkit: error: internal error: %v\n", r)
			fmt.Fprintln(stderr, "interviewkit: hint: this is a bug; please report it with the command you ran")
			code = 70
		}
	}()
	var unknownCommand string
	app := newApp(stdout, stderr, &unknownCommand)
	err := app.Run(args)
	if unknownCommand != "" {
		err = usagef("run `interviewkit --help` for the list of commands", "unknown command %q", unknownCommand)
	}
	if err == nil {
		return 0
	}
	return report(stderr, err)
}

// newApp builds the app; an unknown command's name lands in *unknownCommand,
// since cli reports it only by callback.
func newApp(stdout, stderr io.Writer, unknownCommand *string) *cli.App {
	app := &cli.App{
		Name:            "interviewkit",
		Usage:           "turn a question bank into printable interview kits",
		Version:         version,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Suggest:         true,
		Commands: []*cli.Command{
			questionsCmd,
			areasCmd,
			planCmd,
			generateCmd,
			newLoopCmd(),
			validateCmd,
			collectCmd,
			exportCmd,
			reportCmd,
			purgeCmd,
		},
		// Errors are reported once, by run; never by os.Exit inside cli.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			*unknownCommand = name
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = onUsageError
	}
	return app
}

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

// hinter is an error that knows a likely fix.
type hinter interface{ Hint() string }

// report prints err and returns the exit code it deserves.
func report(stderr io.Writer, err error) int {
	var bankErr *kit.BankError
	if errors.As(err, &bankErr) {
		for _, p := range bankErr.Problems {
			fmt.Fprintln(stderr, p.String())
		}
		fmt.Fprintf(stderr, "interviewkit: error: the bank has %s\n", plural(len(bankErr.Problems), "problem"))
		fmt.Fprintln(stderr, "interviewkit: hint: fix the lines above; `interviewkit validate --bank PATH` checks again")
		return 1
	}
	msg := err.Error()
	fmt.Fprintf(stderr, "interviewkit: error: %s\n", strings.TrimSpace(msg))
	var h hinter
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		if ue.hint != "" {
			fmt.Fprintf(stderr, "interviewkit: hint: %s\n", ue.hint)
		}
		var inner hinter
		if errors.As(ue.err, &inner) && inner.Hint() != "" {
			fmt.Fprintf(stderr, "interviewkit: hint: %s\n", inner.Hint())
		}
		return 2
	case errors.As(err, &h):
		if h.Hint() != "" {
			fmt.Fprintf(stderr, "interviewkit: hint: %s\n", h.Hint())
		}
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

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
