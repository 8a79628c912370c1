package kit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

// DefaultMinutes is the slot a round gets when neither a count nor minutes
// are asked for.
const DefaultMinutes = 60

// Criteria says which questions a round needs. Level is required; empty
// Areas or Stages mean all of them.
type Criteria struct {
	Level  string
	Areas  []string
	Stages []string
	// Count asks for exactly this many questions. Otherwise Minutes is the
	// whole slot (intro, questions, candidate's questions and close) and
	// questions fill what the slot leaves.
	Count   int
	Minutes int
	Include []string // question ids that must be in the round, whatever the filters
	Exclude []string // question ids that must not be
	Seed    uint64
	// Round names the round in messages when selecting for a loop.
	Round string
	// Taken holds ids already used by other rounds of the same loop; they
	// are never picked again.
	Taken map[string]bool
}

// Errors of Criteria.Check, which callers branch on to word them in their
// own terms (a command line names its flags).
var (
	// ErrNoLevel: criteria need a level.
	ErrNoLevel = errors.New("a level is required")
	// ErrNegative: a count or minutes below zero.
	ErrNegative = errors.New("count and minutes cannot be negative")
	// ErrCountAndMinutes: a count and minutes both given.
	ErrCountAndMinutes = errors.New("ask for a count or a minutes budget, not both")
	// ErrRoundMinutes: a round's minutes outside MinRoundMinutes to
	// MaxRoundMinutes.
	ErrRoundMinutes = fmt.Errorf("a round runs %d to %d minutes", MinRoundMinutes, MaxRoundMinutes)
)

// Check says whether the criteria can select at all, before any bank is
// consulted: a level is named; the count and minutes are not negative and
// not both given; minutes, when given, are a round's (RoundMinutesOK).
// Select checks the same.
func (c Criteria) Check() error {
	switch {
	case strings.TrimSpace(c.Level) == "":
		return ErrNoLevel
	case c.Count < 0 || c.Minutes < 0:
		return ErrNegative
	case c.Count > 0 && c.Minutes > 0:
		return ErrCountAndMinutes
	case c.Minutes > 0 && !RoundMinutesOK(c.Minutes):
		return fmt.Errorf("%w; %d asked for", ErrRoundMinutes, c.Minutes)
	}
	return nil
}

// RoundMinutesOK reports whether a round may last m minutes: from
// MinRoundMinutes to MaxRoundMinutes, whichever way the round is asked for
// (a count-free kit, a loop round, a plan file, a manifest).
func RoundMinutesOK(m int) bool { return m >= MinRoundMinutes && m <= MaxRoundMinutes }

// Selection is the outcome of Select: the questions in interview order and
// the time plan for the slot.
type Selection struct {
	Level     Level
	Areas     []Area  // the focus areas asked for, or every area when none were
	Stages    []Stage // the stages asked for, or the stages the questions come from
	Questions []*Question
	Plan      TimePlan
	Seed      uint64

	// bankAreas are all the bank's areas, so AreaOf can title a question
	// included by id from outside the focus.
	bankAreas []Area
	// Focused is true when focus areas were asked for; false when Areas
	// lists every area of the bank because none were.
	Focused bool
	// Forced lists the questions included by id that the filters would
	// have left out, and which filters.
	Forced []Forced
}

// Forced is a question included by id although it does not match every
// filter: Misses names the filters it fails (FilterLevel, FilterFocus,
// FilterStage), in that order.
type Forced struct {
	Question *Question
	Misses   []string
}

// StagesUsed are the stages the selection's questions come from, in
// interview order: what the round is about, whatever stages were asked.
func (s *Selection) StagesUsed() []Stage {
	var out []Stage
	for _, st := range s.Stages {
		if slices.ContainsFunc(s.Questions, func(q *Question) bool { return q.Stage == st.ID }) {
			out = append(out, st)
		}
	}
	return out
}

// Select picks questions for one round, reproducibly from c.Seed: the same
// bank, criteria and seed give the same questions in the same order.
//
// Picks are spread across the focus areas in turn rather than drawn from one,
// and ordered as an interview flows: by stage, then easier (more junior)
// questions first as a warm-up. Each question's place in the draw depends
// only on the seed and its id, so adding questions to a bank moves few picks.
func Select(b *Bank, c Criteria) (*Selection, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	level, err := b.ResolveLevel(c.Level)
	if err != nil {
		return nil, err
	}
	areas, err := b.ResolveAreas(c.Areas)
	if err != nil {
		return nil, err
	}
	stages, err := b.ResolveStages(c.Stages)
	if err != nil {
		return nil, err
	}
	include, err := b.resolveIDs(c.Include)
	if err != nil {
		return nil, err
	}
	exclude, err := b.resolveIDs(c.Exclude)
	if err != nil {
		return nil, err
	}
	if err := checkIncluded(include, exclude, c.Taken); err != nil {
		return nil, err
	}
	f := filter{level: level.ID, areas: termIDs(areas), stages: stageIDs(stages), exclude: exclude, include: include, taken: c.Taken}
	pool := f.pool(b)

	sel := &Selection{Level: level, Areas: areas, Stages: stages, Seed: c.Seed, Focused: len(areas) > 0, bankAreas: b.Areas,
		Forced: f.forced()}
	if len(areas) == 0 {
		sel.Areas = b.Areas
	}
	var picked []*Question
	switch {
	case c.Count > 0:
		if len(include) > c.Count {
			return nil, fmt.Errorf("%d questions are included by id but only %d asked for", len(include), c.Count)
		}
		if len(pool)+len(include) < c.Count {
			return nil, tooFew(b, c, f, len(pool)+len(include), countOf(c.Count),
				countOf(len(pool)+len(include)))
		}
		picked = spread(pool, sel.Areas, c.Seed, c.Count-len(include), -1)
		picked = append(slices.Clone(include), picked...)
		sel.Questions = b.interviewOrder(picked, sel.Areas)
		sel.Plan = NewPlan(b.Timing, sel.Questions, 0)
	default:
		slot := c.Minutes
		if slot == 0 {
			slot = DefaultMinutes
		}
		overhead := b.Timing.For(slot).Overhead()
		budget := slot - overhead - minutes(include)
		if budget < 0 {
			return nil, fmt.Errorf("a %d-minute slot leaves no time for questions: intro, candidate's questions and close take %d and included questions %d", slot, overhead, minutes(include))
		}
		if have := minutes(pool); have < budget {
			return nil, tooFew(b, c, f, len(pool)+len(include), fmt.Sprintf("%d minutes of questions", budget),
				fmt.Sprintf("%s (%d minutes)", countOf(len(pool)+len(include)), have+minutes(include)))
		}
		picked = spread(pool, sel.Areas, c.Seed, -1, budget)
		picked = append(slices.Clone(include), picked...)
		if len(picked) == 0 {
			return nil, noneFits(b, c, f, slot, budget)
		}
		sel.Questions = b.interviewOrder(picked, sel.Areas)
		sel.Plan = NewPlan(b.Timing, sel.Questions, slot)
	}
	if len(stages) == 0 {
		sel.Stages = b.stagesOf(sel.Questions)
	}
	return sel, nil
}

// checkIncluded refuses a question included by id that is also excluded,
// or that another round of the loop already holds.
func checkIncluded(include, exclude []*Question, taken map[string]bool) error {
	for _, q := range include {
		if slices.Contains(exclude, q) {
			return fmt.Errorf("question %q is both included and excluded", q.ID)
		}
		if taken[q.ID] {
			return fmt.Errorf("question %q is already used by another round", q.ID)
		}
	}
	return nil
}

// Filter lists the questions of a level (any level when empty) in any of
// the areas and stages (all when empty), in bank order. Unknown values give
// an *UnknownError, as Select's do.
func (b *Bank) Filter(level string, areas, stages []string) ([]*Question, error) {
	var f filter
	if strings.TrimSpace(level) != "" {
		l, err := b.ResolveLevel(level)
		if err != nil {
			return nil, err
		}
		f.level = l.ID
	}
	a, err := b.ResolveAreas(areas)
	if err != nil {
		return nil, err
	}
	st, err := b.ResolveStages(stages)
	if err != nil {
		return nil, err
	}
	f.areas, f.stages = termIDs(a), stageIDs(st)
	return f.pool(b), nil
}

func (b *Bank) resolveIDs(list []string) ([]*Question, error) {
	var out []*Question
	for _, id := range cleanList(list) {
		q, ok := b.byID[id]
		if !ok {
			ids := make([]string, len(b.Questions))
			for i, q := range b.Questions {
				ids[i] = q.ID
			}
			return nil, unknown("question id", id, ids)
		}
		out = append(out, q)
	}
	return out, nil
}

// filter is the set of conditions a question must meet to be drawn.
type filter struct {
	level   string
	areas   []string
	stages  []string
	include []*Question
	exclude []*Question
	taken   map[string]bool
}

// pool lists the bank's questions that pass the filter, in bank order. An
// empty level matches every level.
func (f filter) pool(b *Bank) []*Question {
	var out []*Question
	for _, q := range b.Questions {
		if (f.level != "" && !q.HasLevel(f.level)) || !q.HasAnyArea(f.areas) || f.taken[q.ID] ||
			(len(f.stages) > 0 && !slices.Contains(f.stages, q.Stage)) ||
			slices.Contains(f.include, q) || slices.Contains(f.exclude, q) {
			continue
		}
		out = append(out, q)
	}
	return out
}

func (f filter) String() string {
	parts := []string{FilterLevel + "=" + f.level}
	if len(f.areas) > 0 {
		parts = append(parts, FilterFocus+"="+strings.Join(f.areas, ","))
	}
	if len(f.stages) > 0 {
		parts = append(parts, FilterStage+"="+strings.Join(f.stages, ","))
	}
	if len(f.exclude) > 0 {
		parts = append(parts, fmt.Sprintf("%d excluded", len(f.exclude)))
	}
	if len(f.taken) > 0 {
		parts = append(parts, "not used by earlier rounds")
	}
	return strings.Join(parts, " ")
}

// drawKey places a question in the draw for a seed. It hashes only the seed
// and the id, so it is stable across Go releases and bank edits.
func drawKey(seed uint64, id string) uint64 {
	h := fnv.New64a()
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], seed)
	h.Write(buf[:])
	h.Write([]byte(id))
	// splitmix64 finalizer: spreads FNV's weak low bits.
	z := h.Sum64()
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// spread draws from pool, visiting the areas in turn so picks are spread
// across them. It stops after count questions (count >= 0) or when no
// remaining question fits the minutes budget (budget >= 0).
func spread(pool []*Question, areas []Area, seed uint64, count, budget int) []*Question {
	drawn := slices.Clone(pool)
	keys := make(map[*Question]uint64, len(drawn))
	for _, q := range drawn {
		keys[q] = drawKey(seed, q.ID)
	}
	slices.SortFunc(drawn, func(a, b *Question) int {
		if keys[a] != keys[b] {
			if keys[a] < keys[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	// Queues per area, in draw order. A question in several areas queues
	// under the first of them the round focuses on, the area it is scored
	// under (Selection.AreaOf), so the spread holds on the scoresheet too.
	queues := make([][]*Question, len(areas))
	for _, q := range drawn {
		if i := slices.IndexFunc(areas, func(a Area) bool { return a.ID == scoredArea(q, areas) }); i >= 0 {
			queues[i] = append(queues[i], q)
		}
	}
	taken := map[*Question]bool{}
	var out []*Question
	// Start the rotation at a seed-dependent area, so the first area listed
	// is not always favoured when the budget runs short.
	start := 0
	if len(areas) > 0 {
		start = int(drawKey(seed, "\x00start") % uint64(len(areas)))
	}
	for {
		progress := false
		for k := range areas {
			i := (start + k) % len(areas)
			if count >= 0 && len(out) == count {
				return out
			}
			for j, q := range queues[i] {
				if taken[q] || (budget >= 0 && q.Minutes > budget) {
					continue
				}
				taken[q] = true
				out = append(out, q)
				if budget >= 0 {
					budget -= q.Minutes
				}
				queues[i] = queues[i][j+1:]
				progress = true
				break
			}
		}
		if !progress || (count >= 0 && len(out) == count) {
			return out
		}
	}
}

// interviewOrder sorts picks as a round runs: by stage, then warm-up first
// (questions open to more junior levels earlier), then by focus area, then
// as drawn.
func (b *Bank) interviewOrder(qs []*Question, areas []Area) []*Question {
	rank := make(map[*Question]int, len(qs))
	for i, q := range qs {
		rank[q] = i
	}
	areaPos := func(q *Question) int {
		best := len(areas)
		for i, a := range areas {
			if q.HasArea(a.ID) {
				return i
			}
		}
		return best
	}
	out := slices.Clone(qs)
	slices.SortStableFunc(out, func(x, y *Question) int {
		if d := b.StageIndex(x.Stage) - b.StageIndex(y.Stage); d != 0 {
			return d
		}
		if d := b.minLevel(x) - b.minLevel(y); d != 0 {
			return d
		}
		if d := areaPos(x) - areaPos(y); d != 0 {
			return d
		}
		return rank[x] - rank[y]
	})
	return out
}

func (b *Bank) minLevel(q *Question) int {
	m := len(b.Levels)
	for _, l := range q.Levels {
		if i := b.LevelIndex(l); i >= 0 && i < m {
			m = i
		}
	}
	return m
}

func (b *Bank) stagesOf(qs []*Question) []Stage {
	var out []Stage
	for _, s := range b.Stages {
		if slices.ContainsFunc(qs, func(q *Question) bool { return q.Stage == s.ID }) {
			out = append(out, s)
		}
	}
	return out
}

func termIDs(areas []Area) []string {
	out := make([]string, len(areas))
	for i, a := range areas {
		out[i] = a.ID
	}
	return out
}

func stageIDs(stages []Stage) []string {
	out := make([]string, len(stages))
	for i, s := range stages {
		out[i] = s.ID
	}
	return out
}

func minutes(qs []*Question) int {
	n := 0
	for _, q := range qs {
		n += q.Minutes
	}
	return n
}

// AreaOf is the focus area a question is scored under in this selection: the
// first of its areas that the round focuses on, else its first area. Packet
// tags, scoresheet rows and per-area averages all use it, so they agree.
func (s *Selection) AreaOf(q *Question) Area {
	id := scoredArea(q, s.Areas)
	for _, areas := range [][]Area{s.Areas, s.bankAreas} {
		for _, a := range areas {
			if a.ID == id {
				return a
			}
		}
	}
	return Area{ID: id, Title: id}
}

// scoredArea is the id behind Selection.AreaOf.
func scoredArea(q *Question, areas []Area) string {
	for _, id := range q.Areas {
		for _, a := range areas {
			if a.ID == id {
				return id
			}
		}
	}
	if len(q.Areas) > 0 {
		return q.Areas[0]
	}
	return ""
}

func countOf(n int) string {
	if n == 1 {
		return "1 question"
	}
	return fmt.Sprintf("%d questions", n)
}
