package main

// The loop command writes a whole interview loop into one folder: a packet
// per round, the hiring manager's overview, one scoresheet for every round
// and the manifest that rebuilds the loop. Its rules: rounds come from the
// bank's default loop, a plan file, --round flags (after the plan's rounds
// when both are given), or a manifest (--from), never a mix with it; no
// question is asked in two rounds; the default seed derives from the
// candidate and the date, so running the command again gives the same loop.
// Reading the request is loop_request.go, printing the loop loop_report.go.

import (
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// newLoopCmd builds the loop command with its own --round list, so each app
// run collects its rounds afresh, with no state kept between runs.
func newLoopCmd() *cli.Command {
	rounds := &roundList{}
	return &cli.Command{
		Name:  "loop",
		Usage: "write a whole interview loop: a packet per round, the overview, one scoresheet and a manifest",
		UsageText: "interviewkit loop --candidate NAME --level L [--focus A,B] [--plan FILE] [--round SPEC ...]\n" +
			"   [--seed N] [--date YYYY-MM-DD] [--role TITLE] [--paper a4|letter] [--out DIR] [--force]\n" +
			"interviewkit loop --from MANIFEST [--out DIR] [--force]\n" +
			"interviewkit loop --level L [--focus A,B] [--candidate NAME] ... --dry-run",
		Description: loopDescription(genericWords),
		Flags:       loopFlags(rounds),
		Action: func(c *cli.Context) error {
			b, err := loadBank(c)
			if err != nil {
				return err
			}
			read := newLoop
			if c.IsSet("from") {
				read = manifestLoop
			}
			l, err := read(c, b, *rounds)
			if err != nil {
				return err
			}
			focus, err := b.ResolveAreas(l.focus)
			if err != nil {
				return err
			}
			cov := kit.NewCoverage(l.kit.Rounds, focus)
			if c.Bool("dry-run") {
				return previewLoop(c.App.Writer, l.kit, cov)
			}
			folder := kitfolder.Loop(c.String("out"), l.kit, focus, l.focus, documents{l.paper})
			paths, err := writeFolder(c.App.ErrWriter, folder, c.Bool("force"))
			if err != nil {
				return err
			}
			return reportLoop(c.App.Writer, l.kit, cov, paths)
		},
	}
}

func loopFlags(rounds *roundList) []cli.Flag {
	flags := []cli.Flag{
		levelFlag(), focusFlag(),
		&cli.StringFlag{Name: "plan", Usage: "read the rounds from the plan `FILE` (YAML; see the README)", TakesFile: true},
		&cli.GenericFlag{Name: "round", Value: rounds,
			Usage: "a round, `SPEC`: \"TITLE: stages=S; focus=A,B; minutes=M; interviewer=NAME\"; repeat for each round"},
		&cli.Uint64Flag{Name: "seed", Usage: "draw `N`; the same seed gives the same loop (default: from candidate and date)"},
		&cli.StringFlag{Name: "from", Usage: "rebuild the loop recorded in `MANIFEST` (a manifest.json)", TakesFile: true},
		&cli.BoolFlag{Name: "dry-run", Aliases: []string{"n"}, Usage: "show the loop, its schedule, coverage and questions, and write nothing; --candidate may be left out"},
	}
	for _, f := range kitFlags() {
		if !slices.Contains(f.Names(), "interviewer") { // each round names its own
			flags = append(flags, f)
		}
	}
	return flags
}

// roundList collects --round values whole: a round's lists hold commas,
// on which a StringSliceFlag would split it.
type roundList []string

func (r *roundList) Set(s string) error { *r = append(*r, s); return nil }
func (r *roundList) String() string     { return strings.Join(*r, " | ") }
