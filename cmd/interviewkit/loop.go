package main

// The loop command writes a whole interview loop into one folder: a packet
// per round, the hiring manager's overview, one scoresheet for every round
// and the manifest that rebuilds the loop. Its rules: rounds come from the
// bank's default loop, a plan file, --round flags (after the plan's rounds
// when both are given), or a manifest (--from), never a mix with it; no
// question is asked in two rounds; the default seed derives from the
// candidate and the date, so running the command again gives the same loop.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
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
			"interviewkit loop --from MANIFEST [--out DIR] [--force]",
		Description: "Without --plan or --round the loop is the bank's default loop for the level.\n" +
			"A round on the command line reads\n" +
			"   --round \"Django core: stages=django-core; focus=orm,web; minutes=60; interviewer=Ana López\"\n" +
			"with keys " + kit.RoundFlagKeys + "; a title alone (\"Behavioural\")\n" +
			"takes the stages of the default round or stage it names. --round rounds follow the plan's rounds;\n" +
			"--focus replaces the plan's focus. --from MANIFEST rebuilds the loop a manifest.json records,\n" +
			"with the same questions and files, from the same bank.",
		Flags: loopFlags(rounds),
		Action: func(c *cli.Context) error {
			l, err := readLoop(c, *rounds)
			if err != nil {
				return err
			}
			rounds, err := kit.SelectLoop(l.bank, l.level, l.focus, l.specs, l.seed)
			if err != nil {
				return err
			}
			k := l.meta.kit(l.bank, l.seed, rounds)
			if l.manifest != nil && k.ID != l.manifest.KitID {
				return fmt.Errorf("the rebuilt loop has kit ID %s, the manifest records %s; the bank or interviewkit chose differently", k.ID, l.manifest.KitID)
			}
			focus, err := l.bank.ResolveAreas(l.focus)
			if err != nil {
				return err
			}
			files, err := renderFiles(loopFiles(k, focus, l.focus, l.meta.paper))
			if err != nil {
				return err
			}
			dir := filepath.Join(l.meta.out, kitDirName(k))
			paths, err := writeKitDir(dir, files, c.Bool("force"))
			if err != nil {
				return err
			}
			return reportLoop(c.App.Writer, k, kit.NewCoverage(k.Rounds, focus), paths)
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

// loopRequest is what the flags, a plan or a manifest ask for.
type loopRequest struct {
	bank     *kit.Bank
	meta     kitMeta
	level    string
	focus    []string
	specs    []kit.RoundSpec
	seed     uint64
	manifest *kit.Manifest // when rebuilding with --from
}

func readLoop(c *cli.Context, roundFlags []string) (loopRequest, error) {
	b, err := loadBank(c)
	if err != nil {
		return loopRequest{}, err
	}
	if c.IsSet("from") {
		return readManifestLoop(c, b, roundFlags)
	}
	l := loopRequest{bank: b}
	if l.meta, err = readKitMeta(c, b); err != nil {
		return l, err
	}
	l.level = strings.TrimSpace(c.String("level"))
	if l.level == "" {
		return l, usagef("valid levels: "+strings.Join(b.LevelIDs(), ", "), "--level is required")
	}
	if err := checkTerms(c, b); err != nil {
		return l, err
	}
	l.focus = c.StringSlice("focus")
	if path := c.String("plan"); path != "" {
		plan, err := readPlan(c, path, b)
		if err != nil {
			return l, err
		}
		l.specs = plan.Rounds
		if !c.IsSet("focus") {
			l.focus = plan.Focus
		}
	}
	if len(roundFlags) > 0 {
		specs, err := parseRounds(c.App.ErrWriter, roundFlags, b)
		if err != nil {
			return l, err
		}
		l.specs = append(l.specs, specs...)
	}
	if l.specs == nil {
		if l.specs, err = kit.DefaultLoop(b, l.level, l.focus); err != nil {
			return l, err
		}
	}
	l.seed = l.meta.seed
	if c.IsSet("seed") {
		l.seed = c.Uint64("seed")
	}
	return l, nil
}

// readPlan reads a plan file. Its problems are printed one a line, located
// as bank problems are, and summed up in the error.
func readPlan(c *cli.Context, path string, b *kit.Bank) (kit.Plan, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return kit.Plan{}, usagef("give the path of a plan file (YAML)", "no plan at %s", path)
	}
	if err != nil {
		return kit.Plan{}, err
	}
	plan, err := kit.ParsePlan(data, path, b)
	if err != nil {
		return plan, listProblems(c.App.ErrWriter, err, "the plan", false)
	}
	return plan, nil
}

// parseRounds reads every --round flag, reporting the problems of all of
// them at once.
func parseRounds(w io.Writer, flags []string, b *kit.Bank) ([]kit.RoundSpec, error) {
	var specs []kit.RoundSpec
	all := &kit.BankError{}
	for _, f := range flags {
		s, err := kit.ParseRoundFlag(f, b)
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
		return nil, listProblems(w, all, "--round", true)
	}
	return specs, nil
}

// listProblems prints the problems of a plan or of --round flags, one a
// line as the bank's are, and returns the error that sums them up: a
// usage error (exit 2) for flags, a failure (exit 1) for a file.
func listProblems(w io.Writer, err error, what string, usage bool) error {
	var be *kit.BankError
	if !errors.As(err, &be) {
		return err
	}
	for _, p := range be.Problems {
		fmt.Fprintln(w, p.String())
	}
	sum := fmt.Errorf("%s has %s", what, plural(len(be.Problems), "problem"))
	if usage {
		return &usageError{err: sum, hint: "fix the flags above; a round reads \"Django core: stages=django-core; focus=orm,web; minutes=60; interviewer=Ana López\""}
	}
	return &hintedError{err: sum, hint: "fix the lines above"}
}

// loopOnlyFlags are the flags that describe a new loop; --from takes all of
// that from the manifest.
var loopOnlyFlags = []string{"candidate", "level", "focus", "plan", "round", "seed", "date", "role", "paper"}

// readManifestLoop reads --from: the loop a manifest records, to be chosen
// again from the same bank.
func readManifestLoop(c *cli.Context, b *kit.Bank, roundFlags []string) (loopRequest, error) {
	for _, name := range loopOnlyFlags {
		if c.IsSet(name) || (name == "round" && len(roundFlags) > 0) {
			return loopRequest{}, usagef("--from rebuilds the loop exactly as recorded; give only --from, --bank, --out and --force",
				"--%s cannot be used with --from", name)
		}
	}
	path := c.String("from")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return loopRequest{}, usagef("give the manifest.json of a loop folder", "no manifest at %s", path)
	}
	if err != nil {
		return loopRequest{}, err
	}
	defer f.Close()
	m, err := kit.DecodeManifest(f)
	if err != nil {
		return loopRequest{}, fmt.Errorf("%s: %w", path, err)
	}
	if err := m.Check(b); err != nil {
		return loopRequest{}, &hintedError{err: err,
			hint: "rebuild it with the bank it was made from (--bank), or make a new loop without --from"}
	}
	date, err := time.Parse(time.DateOnly, m.Date)
	if err != nil {
		return loopRequest{}, fmt.Errorf("%s: date %q is not YYYY-MM-DD", path, m.Date)
	}
	paper, err := layouts.PaperNamed(m.Paper)
	if err != nil {
		return loopRequest{}, fmt.Errorf("%s: %w", path, err)
	}
	return loopRequest{
		bank:     b,
		meta:     kitMeta{candidate: m.Candidate, role: m.Role, date: date, paper: paper, out: c.String("out")},
		level:    m.Level,
		focus:    m.Focus,
		specs:    m.Specs(),
		seed:     m.Seed,
		manifest: &m,
	}, nil
}

// Names of a loop's files. Rounds are numbered so the files sort in loop
// order, after the overview.
func loopOverviewName(k *kit.Kit) string {
	return kit.Slug(k.Candidate, "candidate") + "-00-loop-overview.pdf"
}

func loopPacketName(k *kit.Kit, i int) string {
	return fmt.Sprintf("%s-%02d-%s-packet.pdf", kit.Slug(k.Candidate, "candidate"), i+1, kit.Slug(k.Rounds[i].Title, "round"))
}

// loopManifestName is the manifest's name in a loop folder.
const loopManifestName = "manifest.json"

// loopFiles are the files of a loop's folder: the overview, a packet per
// round, the scoresheet and the manifest. focusIDs is the loop's focus as
// asked for, recorded in the manifest.
func loopFiles(k *kit.Kit, focus []kit.Area, focusIDs []string, paper layouts.Paper) []kitFile {
	slug := kit.Slug(k.Candidate, "candidate")
	files := []kitFile{{loopOverviewName(k), func(w io.Writer) error {
		return layouts.WriteOverview(w, k, focus, layouts.OverviewOptions{Paper: paper})
	}}}
	for i := range k.Rounds {
		files = append(files, kitFile{loopPacketName(k, i), func(w io.Writer) error {
			return layouts.WritePacket(w, k, i, layouts.PacketOptions{Paper: paper})
		}})
	}
	return append(files,
		kitFile{slug + "-scoresheet.xlsx", func(w io.Writer) error { return scoresheet.Write(w, k) }},
		kitFile{loopManifestName, func(w io.Writer) error { return kit.NewManifest(k, focusIDs, paper.Name).Encode(w) }},
	)
}

// renderFiles writes every file in memory at once, one goroutine each, and
// returns files that copy the results: a loop is a handful of documents,
// each mostly font work on one core. The first error in file order wins.
func renderFiles(files []kitFile) ([]kitFile, error) {
	bufs := make([]bytes.Buffer, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = f.write(&bufs[i])
		}()
	}
	wg.Wait()
	out := make([]kitFile, len(files))
	for i, f := range files {
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: %w", f.name, errs[i])
		}
		data := bufs[i].Bytes()
		out[i] = kitFile{f.name, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		}}
	}
	return out, nil
}

// reportLoop prints the loop: its schedule, the coverage warnings and the
// files written.
func reportLoop(w io.Writer, k *kit.Kit, cov kit.Coverage, paths []string) error {
	fmt.Fprintf(w, "Loop %s for %s: %s, %s, %d minutes, %s, seed %d\n", k.ID, k.Candidate, k.Level.Title,
		plural(len(k.Rounds), "round"), k.Minutes(), plural(len(k.Questions()), "question"), k.Seed)
	fmt.Fprintf(w, "\nSchedule (assuming a %s start, rounds back to back):\n", kit.Clock(kit.DefaultStart))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, slot := range k.Schedule(kit.DefaultStart) {
		r := &k.Rounds[i]
		who := r.Interviewer
		if who == "" {
			who = "(interviewer to be named)"
		}
		fmt.Fprintf(tw, "  %d\t%s–%s\t%d min\t%s\t%s\t%s\n", i+1, kit.Clock(slot.Start), kit.Clock(slot.End), r.Minutes(), r.Title,
			plural(len(r.Questions), "question"), who)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(cov.Flags) == 0 {
		fmt.Fprintf(w, "\nCoverage (%s): %s\n", plural(len(cov.Areas), "area"), cov.Summary())
	} else {
		fmt.Fprintf(w, "\nCoverage: %d of %s short of two rounds or more by different interviewers:\n", len(cov.Flags), plural(len(cov.Areas), "area"))
		for _, n := range cov.Notes() {
			fmt.Fprintf(w, "  warning: %s\n", n)
		}
	}
	unnamed := 0
	for _, r := range k.Rounds {
		if r.Interviewer == "" {
			unnamed++
		}
	}
	switch {
	case unnamed == 1:
		fmt.Fprintln(w, "  note: 1 round names no interviewer yet, so whether one person assesses an area twice is not known")
	case unnamed > 1:
		fmt.Fprintf(w, "  note: %d rounds name no interviewer yet, so whether one person assesses an area twice is not known\n", unnamed)
	}
	fmt.Fprintln(w)
	for _, p := range paths {
		fmt.Fprintf(w, "  wrote %s\n", p)
	}
	return nil
}
