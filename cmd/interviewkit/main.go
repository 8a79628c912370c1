// Command interviewkit turns a question bank into printable interview kits:
// a PDF packet for the interviewer and an Excel scoresheet for HR.
//
// The command is flags, calls and printing: each subcommand's file reads
// its flags, calls kit (the domain), internal/kitfolder (kit folders on
// disk), layouts (the documents) or archive, and prints what happened.
// Output rules: results go to stdout; errors go to stderr as
// "interviewkit: error: ..." with an optional "interviewkit: hint: ..."
// (errors.go); exit 0 on success, 1 on failure, 2 on bad usage. No Go
// panic or stack trace ever reaches a user.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"

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
	app := newApp(stdout, stderr, &unknownCommand, helpWords(args[1:]))
	err := app.Run(args)
	if unknownCommand != "" {
		err = usagef("run `interviewkit --help` for the list of commands", "unknown command %q", unknownCommand)
	}
	if err == nil {
		return 0
	}
	return report(stderr, err)
}

// newApp builds the app, its help in the words w of the active bank; an
// unknown command's name lands in *unknownCommand, since cli reports it
// only by callback.
func newApp(stdout, stderr io.Writer, unknownCommand *string, w bankWords) *cli.App {
	app := &cli.App{
		Name:    "interviewkit",
		Usage:   "turn a question bank into printable interview kits",
		Version: version,
		Description: "The bank, the archive and the team's policy are chosen once, in a settings file\n" +
			"(interviewkit.yaml in the working folder, --config or $INTERVIEWKIT_CONFIG) or with\n" +
			"$INTERVIEWKIT_BANK and $INTERVIEWKIT_ARCHIVE; `interviewkit config` shows every setting\n" +
			"and where it comes from.",
		Writer:    stdout,
		ErrWriter: stderr,
		Suggest:   true,
		Flags:     []cli.Flag{configFlag()},
		Commands: withWords([]*cli.Command{
			questionsCmd,
			areasCmd,
			planCmd,
			generateCmd,
			newLoopCmd(),
			newBatchCmd(),
			validateCmd,
			collectCmd,
			scanCmd,
			exportCmd,
			reportCmd,
			purgeCmd,
			copyArchiveCmd,
			configCmd,
			completionCmd,
			manCmd,
			completeCmd,
		}, w),
		// Errors are reported once, by run; never by os.Exit inside cli.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			*unknownCommand = name
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = onUsageError
		if !slices.ContainsFunc(c.Flags, func(f cli.Flag) bool { return slices.Contains(f.Names(), "config") }) && !c.SkipFlagParsing {
			c.Flags = append(c.Flags, configFlag())
		}
	}
	return app
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
