package kit

// This file plans an interview loop: the rounds a candidate goes through and
// the choice of questions for all of them at once. It keeps three rules: no
// question appears in two rounds of a loop; the whole loop follows from one
// seed; rounds come back in the order they were planned, whatever order they
// were filled in.

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Limits on a loop, so that every round fits a day and its title fits a page
// header, a file name and a spreadsheet tab.
const (
	MinRoundMinutes = 10
	MaxRoundMinutes = 240
	MaxRounds       = 12
	MaxTitleLen     = 60  // runes in a round title
	MaxNameLen      = 100 // runes in a person's name: candidate or interviewer
)

// AllAreas, as a round's only area, opts the round out of the loop's focus:
// it draws from every area its stages hold. A behavioural round in a loop
// focused on the ORM is one. In a plan file it is written "focus: all".
const AllAreas = "all"

// RoundSpec describes one round of a loop before its questions are chosen:
// what it covers, how long it runs and who runs it. Specs come from the
// bank's default loop (DefaultLoop), a plan file (ParsePlan), one-line rounds
// (ParseRound) or a manifest (Manifest.Specs).
type RoundSpec struct {
	Title  string   // "Django core"; unique within a loop
	Stages []string // stage ids the round draws from; at least one
	// Areas narrows the round to these focus areas; [AllAreas] means every
	// area whatever the loop's focus. Empty means the loop's focus when the
	// round's stages hold enough minutes of it to fill the slot, and every
	// area otherwise (or when the loop has no focus): a behavioural round
	// in a loop focused on the ORM asks about behaviour.
	Areas []string
	// Minutes is the round's slot. 0 takes the minutes the bank's default
	// loop gives a round of the same stages at the level, else
	// DefaultMinutes.
	Minutes     int
	Interviewer string
	// File and Line locate the round where a person wrote it, for
	// messages; empty for rounds from flags.
	File string
	Line int
}

// DefaultLoop is the bank's default loop for a level: its rounds in order,
// each with the minutes the bank gives it at that level. A round with no
// minutes for the level is left out, as a junior loop leaves out the
// advanced round. An unknown level or focus area is an *UnknownError.
//
// The focus narrows each round to the focus areas it has room for: the
// round's own areas (all, when the bank names none) that are in focus. A
// round whose stages hold too few minutes of focus questions at the level to
// fill its slot keeps to its own remit instead (its own areas, else
// AllAreas): a Python screen stays about Python and a behavioural round
// about behaviour when the focus is the ORM.
func DefaultLoop(b *Bank, level string, focus []string) ([]RoundSpec, error) {
	lv, err := b.ResolveLevel(level)
	if err != nil {
		return nil, err
	}
	areas, err := b.ResolveAreas(focus)
	if err != nil {
		return nil, err
	}
	var out []RoundSpec
	for _, r := range b.Loop {
		mins := r.Minutes[lv.ID]
		if mins <= 0 {
			continue
		}
		out = append(out, RoundSpec{
			Title:   r.Title,
			Stages:  slices.Clone(r.Stages),
			Areas:   b.roundFocus(r, lv.ID, termIDs(areas), mins),
			Minutes: mins,
			File:    r.File,
			Line:    r.Line,
		})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the bank's default loop has no round for level %s; give the rounds in a plan", lv.ID)
	}
	return out, nil
}

// roundFocus applies the loop's focus to a default round, as DefaultLoop
// documents.
func (b *Bank) roundFocus(r LoopRound, level string, focus []string, mins int) []string {
	if len(focus) == 0 {
		return slices.Clone(r.Areas)
	}
	want := focus
	if len(r.Areas) > 0 {
		want = nil
		for _, a := range focus {
			if slices.Contains(r.Areas, a) {
				want = append(want, a)
			}
		}
	}
	if len(want) > 0 && b.fills(level, r.Stages, want, mins) {
		return slices.Clone(want)
	}
	if len(r.Areas) > 0 {
		return slices.Clone(r.Areas)
	}
	return []string{AllAreas}
}

// fills reports whether the questions of the stages at the level that assess
// one of the areas hold enough minutes to fill a slot of mins.
func (b *Bank) fills(level string, stages, areas []string, mins int) bool {
	need := mins - b.Timing.For(mins).Overhead()
	return minutes(filter{level: level, areas: areas, stages: stages}.pool(b)) >= need
}

// allAreas reports whether a round's areas are [AllAreas]. A bank that
// defines an area with that id keeps it as an area.
func (b *Bank) allAreas(areas []string) bool {
	return len(areas) == 1 && normalizeID(areas[0]) == AllAreas && b.reservesAll()
}

// reservesAll reports whether AllAreas means every area in this bank: it
// does unless the bank defines an area with that id.
func (b *Bank) reservesAll() bool {
	_, defined := b.Area(AllAreas)
	return !defined
}

// SelectLoop chooses the questions of every round of a loop, reproducibly
// from one seed, and never puts a question in two rounds. Rounds come back in
// the order given, titled and assigned as their specs say; focus is the
// loop's focus, for rounds that have none of their own (see RoundSpec.Areas).
//
// Each round is drawn with its own seed, derived from seed and its position,
// so rounds differ from each other yet the whole loop follows from seed.
// Rounds are filled most constrained first (fewest minutes of matching
// questions for the minutes they need), so a broad round does not use up what
// a narrow one needs. A round the bank cannot fill without repeats is a
// *TooFewError naming the round, with what to relax in the loop's terms.
func SelectLoop(b *Bank, level string, focus []string, rounds []RoundSpec, seed uint64) ([]Round, error) {
	lv, err := b.ResolveLevel(level)
	if err != nil {
		return nil, err
	}
	loopAreas, err := b.ResolveAreas(focus)
	if err != nil {
		return nil, err
	}
	if err := checkLoop(rounds); err != nil {
		return nil, err
	}
	crits := make([]Criteria, len(rounds))
	for i, r := range rounds {
		stages, err := b.ResolveStages(r.Stages)
		if err != nil {
			return nil, fmt.Errorf("round %q: %w", r.Title, err)
		}
		mins := r.Minutes
		if mins == 0 {
			mins = b.loopMinutes(stageIDs(stages), lv.ID)
		}
		var areas []Area // none: every area
		switch {
		case b.allAreas(r.Areas):
		case len(r.Areas) > 0:
			areas, err = b.ResolveAreas(r.Areas)
			if err != nil {
				return nil, fmt.Errorf("round %q: %w", r.Title, err)
			}
		case b.fills(lv.ID, stageIDs(stages), termIDs(loopAreas), mins):
			areas = loopAreas
		}
		crits[i] = Criteria{
			Level:   lv.ID,
			Areas:   termIDs(areas),
			Stages:  stageIDs(stages),
			Minutes: mins,
			Seed:    roundSeed(seed, i),
			Round:   r.Title,
		}
	}
	taken := map[string]bool{}
	takenBy := map[string]string{} // question id -> title of the round holding it
	out := make([]Round, len(rounds))
	for _, i := range b.fillOrder(crits) {
		c := crits[i]
		c.Taken = taken
		sel, err := Select(b, c)
		if err != nil {
			var tf *TooFewError
			if errors.As(err, &tf) {
				if tf.Reason == "" { // else: no question fits; a longer round helps
					tf.Relax = b.loopRelax(c, takenBy)
				} else {
					tf.Relax = slices.DeleteFunc(tf.Relax, func(r Relaxation) bool { return r.Kind != LengthenRound })
				}
				return nil, tf
			}
			return nil, fmt.Errorf("round %q: %w", c.Round, err)
		}
		for _, q := range sel.Questions {
			taken[q.ID] = true
			takenBy[q.ID] = c.Round
		}
		out[i] = Round{Title: rounds[i].Title, Interviewer: rounds[i].Interviewer, Selection: *sel}
	}
	return out, nil
}

// roundSeed derives the seed of the i-th round of a loop.
func roundSeed(seed uint64, i int) uint64 {
	return drawKey(seed, "\x00round "+strconv.Itoa(i+1))
}

// loopMinutes is the slot the bank's default loop gives a round of exactly
// these stages at the level, else DefaultMinutes.
func (b *Bank) loopMinutes(stages []string, level string) int {
	for _, r := range b.Loop {
		if r.Minutes[level] > 0 && sameSet(r.Stages, stages) {
			return r.Minutes[level]
		}
	}
	return DefaultMinutes
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// fillOrder lists round indexes most constrained first: by the ratio of the
// minutes of matching questions to the minutes the round needs, ties in plan
// order.
func (b *Bank) fillOrder(crits []Criteria) []int {
	type load struct{ have, need int }
	loads := make([]load, len(crits))
	for i, c := range crits {
		have := minutes(filter{level: c.Level, areas: c.Areas, stages: c.Stages}.pool(b))
		need := max(1, c.Minutes-b.Timing.For(c.Minutes).Overhead())
		loads[i] = load{have, need}
	}
	order := make([]int, len(crits))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		// have_i/need_i < have_j/need_j, without division
		x, y := loads[i].have*loads[j].need, loads[j].have*loads[i].need
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	return order
}

// loopRelax says what would let a round be filled, in the loop's terms:
// widen the round, free questions other rounds hold, or shorten it.
func (b *Bank) loopRelax(c Criteria, takenBy map[string]string) []Relaxation {
	f := filter{level: c.Level, areas: c.Areas, stages: c.Stages, taken: c.Taken}
	pool := f.pool(b)
	var out []Relaxation
	try := func(r Relaxation, g filter) {
		if r.Have = len(g.pool(b)); r.Have > len(pool) {
			out = append(out, r)
		}
	}
	if len(f.areas) > 0 {
		g := f
		g.areas = nil
		try(Relaxation{Kind: WidenRound}, g)
	}
	if len(b.Stages) > len(f.stages) {
		g := f
		g.stages = nil
		try(Relaxation{Kind: AllStages}, g)
	}
	g := f
	g.taken = nil
	var holders []string
	for _, q := range g.pool(b) {
		if t := takenBy[q.ID]; t != "" && !slices.Contains(holders, t) {
			holders = append(holders, t)
		}
	}
	if len(holders) > 0 {
		try(Relaxation{Kind: FreeRounds, Rounds: holders}, g)
	}
	slices.SortStableFunc(out, func(x, y Relaxation) int { return y.Have - x.Have })
	if have := minutes(pool); have > 0 {
		for slot := c.Minutes - 1; slot >= MinRoundMinutes; slot-- {
			if need := slot - b.Timing.For(slot).Overhead(); need > 0 && need <= have {
				out = append(out, Relaxation{Kind: ShortenRound, Minutes: slot, Have: len(pool)})
				break
			}
		}
	}
	return out
}

// checkLoop reports what makes a list of rounds unusable as a loop before
// any question is drawn. Titles and interviewers go through CleanTitle and
// CleanName whichever way the rounds came, so a caller that builds specs
// itself gets the checks a plan file gets.
func checkLoop(rounds []RoundSpec) error {
	if len(rounds) == 0 {
		return errors.New("a loop needs at least one round")
	}
	if len(rounds) > MaxRounds {
		return fmt.Errorf("a loop has at most %d rounds, got %d", MaxRounds, len(rounds))
	}
	var errs []error
	seen := map[string]string{}
	for i, r := range rounds {
		if _, err := CleanTitle(r.Title); err != nil {
			errs = append(errs, fmt.Errorf("round %d title %s", i+1, nameReason(err)))
			continue
		}
		if strings.TrimSpace(r.Title) == "" {
			errs = append(errs, fmt.Errorf("round %d needs a title", i+1))
			continue
		}
		if _, err := CleanName(r.Interviewer); err != nil {
			errs = append(errs, fmt.Errorf("round %q interviewer %s", r.Title, nameReason(err)))
		}
		if prev, dup := seen[titleKey(r.Title)]; dup {
			errs = append(errs, fmt.Errorf("round %q: title clashes with round %q; titles name files and sheets, so make them differ", r.Title, prev))
		}
		seen[titleKey(r.Title)] = r.Title
		if len(r.Stages) == 0 {
			errs = append(errs, fmt.Errorf("round %q needs stages", r.Title))
		}
		if r.Minutes != 0 && !RoundMinutesOK(r.Minutes) {
			errs = append(errs, fmt.Errorf("round %q: %d minutes is out of range; a round runs %d to %d minutes", r.Title, r.Minutes, MinRoundMinutes, MaxRoundMinutes))
		}
	}
	return errors.Join(errs...)
}

// titleKey is what two round titles must not share: the file-name form of a
// title, or the title itself when nothing of it survives as a file name.
func titleKey(title string) string {
	if s := Slug(title, ""); s != "" {
		return s
	}
	return strings.ToLower(strings.Join(strings.Fields(title), " "))
}

// specProblem is one thing wrong with a round as a person wrote it: the
// field concerned ("title", "stages", "focus", "minutes", "interviewer"),
// the offending id for list fields, and the message.
type specProblem struct {
	field, value, msg string
}

// checkSpec reports what is wrong with one round as a person wrote it, and
// tidies what it can: ids are trimmed and lowercased, duplicates dropped, and
// a round without stages that is titled after a stage or a default round
// takes its stages. minutesGiven says the minutes were written, so that 0
// is a mistake rather than "the default".
func checkSpec(b *Bank, s *RoundSpec, minutesGiven bool) []specProblem {
	var out []specProblem
	bad := func(field, value, format string, args ...any) {
		out = append(out, specProblem{field, value, fmt.Sprintf(format, args...)})
	}
	s.Stages = cleanList(s.Stages)
	s.Areas = cleanList(s.Areas)
	if title, err := CleanTitle(s.Title); err != nil {
		bad("title", "", "title %s", nameReason(err))
	} else if title == "" {
		bad("title", "", "round needs a title, e.g. %s", b.exampleTitle())
	} else {
		s.Title = title
	}
	if len(s.Stages) == 0 && s.Title != "" {
		s.Stages = b.stagesNamed(s.Title)
	}
	if len(s.Stages) == 0 {
		bad("stages", "", "needs stages: one or more of %s", strings.Join(b.StageIDs(), ", "))
	}
	for _, id := range s.Stages {
		if _, ok := b.Stage(id); !ok {
			bad("stages", id, "unknown stage %q%s; valid stages: %s", id, didYouMean(id, b.StageIDs()), strings.Join(b.StageIDs(), ", "))
		}
	}
	for _, id := range s.Areas {
		if id == AllAreas && b.reservesAll() {
			if len(s.Areas) > 1 {
				bad("focus", id, "focus %q means every area, so it stands alone; list areas or write %s", AllAreas, AllAreas)
			}
			continue
		}
		if _, ok := b.Area(id); !ok {
			bad("focus", id, "unknown area %q%s; valid areas: %s, or %s", id, didYouMean(id, b.AreaIDs()), strings.Join(b.AreaIDs(), ", "), AllAreas)
		}
	}
	if (minutesGiven || s.Minutes != 0) && !RoundMinutesOK(s.Minutes) {
		bad("minutes", "", "minutes is %d; a round runs %d to %d minutes", s.Minutes, MinRoundMinutes, MaxRoundMinutes)
	}
	if name, err := CleanName(s.Interviewer); err != nil {
		bad("interviewer", "", "interviewer %s", nameReason(err))
	} else {
		s.Interviewer = name
	}
	return out
}

// ExampleRound is a round of this bank written on one line, as ParseRound
// reads it, for help texts and hints: its first default round at the
// first level that has it, else a round of its first stage, so an example
// never names another role's stages.
func (b *Bank) ExampleRound() string {
	focus := func(areas []string) string {
		if len(areas) == 0 {
			areas = b.AreaIDs()
		}
		return strings.Join(areas[:min(2, len(areas))], ",")
	}
	for _, r := range b.Loop {
		for _, lv := range b.Levels {
			if m := r.Minutes[lv.ID]; m > 0 {
				return fmt.Sprintf("%s: stages=%s; focus=%s; minutes=%d; interviewer=Ana López", r.Title, strings.Join(r.Stages, ","), focus(r.Areas), m)
			}
		}
	}
	if len(b.Stages) > 0 {
		return fmt.Sprintf("%s: stages=%s; focus=%s; minutes=%d; interviewer=Ana López", b.Stages[0].Title, b.Stages[0].ID, focus(nil), DefaultMinutes)
	}
	return "Interview: stages=STAGE; minutes=60; interviewer=Ana López"
}

// exampleTitle is a round title of this bank, for hints.
func (b *Bank) exampleTitle() string {
	title, _, _ := strings.Cut(b.ExampleRound(), ":")
	return title
}

// minutesExample is a loop round's minutes written for this bank's
// levels: "{junior: 45, lead: 60}".
func (b *Bank) minutesExample() string {
	if len(b.Levels) == 0 {
		return "{level-id: 45, other-level-id: 60}"
	}
	return fmt.Sprintf("{%s: 45, %s: 60}", b.Levels[0].ID, b.Levels[len(b.Levels)-1].ID)
}

// stagesNamed is the stages a title names: those of the default loop round
// with that title, else the stage with that title or id.
func (b *Bank) stagesNamed(title string) []string {
	for _, r := range b.Loop {
		if strings.EqualFold(r.Title, title) {
			return slices.Clone(r.Stages)
		}
	}
	for _, s := range b.Stages {
		if strings.EqualFold(s.Title, title) || strings.EqualFold(s.ID, title) {
			return []string{s.ID}
		}
	}
	return nil
}
