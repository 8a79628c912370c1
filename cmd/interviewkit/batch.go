package main

// The batch command writes a hiring day from a timetable: every
// candidate's loop folder, one print pack per interviewer and day, and the
// coordinator's day overview. Its rules:
//
//   - Rows are read and checked one by one (kit.ReadTimetable); a row with
//     a problem is reported at its line with the reason, and the other rows
//     are still built. Exit 1 when any row failed.
//   - Each loop is chosen as `loop` chooses one (kit.Booking.Loop: the
//     default seed from candidate and date, no question twice in a loop)
//     and its folder written as `loop` writes it (kitfolder.Loop), the
//     overview's times from the row's start. A folder already there is
//     kept as it is unless --force: its name holds the kit ID, which
//     derives from the loop's content, so it holds this loop.
//   - Nobody is in two rooms at once: both rows of a clash fail.
//   - A day's packs and overview are one folder (kitfolder.Day), written
//     after the loops from the rows that were built. Running the same
//     timetable again reprints nothing; a day that changed is refused
//     without --force.
//   - Work runs on a pool as wide as the machine; a progress bar shows on
//     a terminal only, never as carriage returns in a file or pipe.
//
// Reading the timetable is batch_read.go, choosing and writing the loops
// and days batch_build.go, printing the outcome batch_report.go.

import (
	"cmp"
	"flag"
	"io"
	"runtime"
	"slices"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

func newBatchCmd() *cli.Command {
	return &cli.Command{
		Name:        "batch",
		Usage:       "write a hiring day from a timetable: every candidate's loop, a print pack per interviewer, the day overview",
		UsageText:   "interviewkit batch SCHEDULE [--out DIR] [--force] [--paper a4|letter] [--bank PATH]",
		Description: batchDescription(genericWords),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Usage: "write the folders under `DIR`"},
			&cli.BoolFlag{Name: "force", Usage: "replace loop folders and print packs that already exist"},
			&cli.StringFlag{Name: "paper", Usage: "`PAPER` size: a4 or letter", DefaultText: "the settings' paper, else a4"},
			bankFlag(),
		},
		Action: runBatch,
	}
}

// batchDescription is the batch command's description, its example row
// in w's words.
func batchDescription(w bankWords) string {
	return "SCHEDULE is a CSV file, or a workbook whose first sheet holds the same table. Its first row names the\n" +
		"columns: candidate,level,focus,date,start,interviewers, and optionally role and plan. One row per candidate:\n" +
		"   " + w.row + "\n" +
		"focus is comma-separated (empty: the bank's default loop's); start is the first round's clock time;\n" +
		"interviewers run the rounds in order, separated by \";\" (an empty name, or fewer names than rounds,\n" +
		"leaves a line to write the name on); plan is a plan file for that candidate's loop, relative to SCHEDULE.\n" +
		"The bank, the paper and the team's policy (retention, recommendation rule, ratings, breaks) come from\n" +
		"the settings as for loop; each row's start replaces the settings' start time."
}

func runBatch(c *cli.Context) error {
	args, err := flagsAfterArgs(c)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("give one timetable: interviewkit batch day.csv", "batch takes one SCHEDULE, got %d", len(args))
	}
	path := args[0]
	b, err := loadBank(c)
	if err != nil {
		return err
	}
	pp, err := paper(c)
	if err != nil {
		return err
	}
	pol, err := policy(c, b)
	if err != nil {
		return err
	}
	tt, err := readTimetable(c.App.ErrWriter, path, b)
	if err != nil {
		return err
	}
	for i := range tt.Bookings {
		tt.Bookings[i].Policy = pol
	}
	run := &batch{bank: b, file: path, paper: pp, out: c.String("out"), force: c.Bool("force"),
		workers: runtime.GOMAXPROCS(0)}
	for _, p := range tt.Problems {
		run.fail(p.Line, p.String())
	}
	for _, bk := range tt.Unbooked {
		if bk.Candidate != "" {
			run.named(bk.Line, bk.Candidate, bk.Date)
		}
	}
	run.chooseLoops(tt.Bookings)
	run.findClashes()
	prog := newProgress(c.App.ErrWriter, run.pending()+len(run.days()))
	run.writeLoops(prog)
	run.writeDays(prog)
	prog.finish()
	return run.report(c.App.Writer, c.App.ErrWriter, len(tt.Bookings)+len(tt.Problems))
}

// batch is one run of the command: the rows, what became of each, and
// the days written.
type batch struct {
	bank           *kit.Bank
	file           string // the timetable, as given
	paper          layouts.Paper
	out            string
	force          bool
	workers        int
	rows           []*batchRow
	problems       []batchProblem
	failed         map[int]bool // lines of rows that failed
	dayResults     []dayResult
	dayErrors      []error
	plans          map[string]planRead // plan files read, by path
	unbookedByLine map[int]unbookedRow // failed rows, as the day overview names them
}

// batchProblem is a line of the error report, sorted by the timetable
// line it concerns.
type batchProblem struct {
	line int
	text string
}

// fail records a problem of the row at line; the row is not built.
func (r *batch) fail(line int, text string) {
	r.problems = append(r.problems, batchProblem{line, text})
	if r.failed == nil {
		r.failed = map[int]bool{}
	}
	r.failed[line] = true
}

// flagsAfterArgs reads flags that follow SCHEDULE, as the usage line
// writes them: cli stops reading flags at the first argument, so the
// arguments are read again here with the command's own flags, and any
// flag found is set on c under all its names.
func flagsAfterArgs(c *cli.Context) ([]string, error) {
	rest := c.Args().Slice()
	if len(rest) <= 1 {
		return rest, nil
	}
	set := flag.NewFlagSet(c.Command.Name, flag.ContinueOnError)
	set.SetOutput(io.Discard)
	for _, f := range c.Command.Flags {
		if err := f.Apply(set); err != nil {
			return nil, err
		}
	}
	var args []string
	for len(rest) > 0 {
		if err := set.Parse(rest); err != nil {
			return nil, onUsageError(c, err, true)
		}
		rest = set.Args()
		if len(rest) > 0 {
			args, rest = append(args, rest[0]), rest[1:]
		}
	}
	var err error
	set.Visit(func(v *flag.Flag) {
		for _, f := range c.Command.Flags {
			if slices.Contains(f.Names(), v.Name) {
				for _, name := range f.Names() {
					err = cmp.Or(err, c.Set(name, v.Value.String()))
				}
			}
		}
	})
	return args, err
}
