package kit

// This file records a loop as JSON, with everything needed to build it
// again: who, when, the policy, each round and its questions, and the
// bank's content as fingerprints, so a later bank can say what changed
// since. Its output is stable: fields in a fixed order, maps in key order,
// indented, nothing that depends on when it was written, so the same loop
// always gives the same bytes and manifests can be compared with diff.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// ManifestFormat is the version of the manifest's layout. It changes only
// when a field changes meaning; a reader refuses formats newer than its own.
// Format 2 records the policy and the bank's print, and its bank version
// is a hash of the bank's content (format 1's hashed its files).
const ManifestFormat = 2

// ErrBankChanged marks a manifest whose loop's own questions the bank no
// longer has as they were: rebuilding it would print other questions.
var ErrBankChanged = errors.New("bank changed since the manifest was made")

// Manifest records a loop: who, when, under which policy, from which bank,
// with which seed, and each round's spec and questions. Rebuild makes the
// same kit from them, with the same ID, as long as the bank still has the
// loop's questions as they were.
type Manifest struct {
	Format    int             `json:"format"`
	Tool      string          `json:"tool_version"`
	Bank      ManifestBank    `json:"bank"`
	KitID     string          `json:"kit_id"`
	Candidate string          `json:"candidate"`
	Role      string          `json:"role"`
	Level     string          `json:"level"`
	Date      string          `json:"date"` // YYYY-MM-DD
	Seed      uint64          `json:"seed"`
	Paper     string          `json:"paper"`
	Focus     []string        `json:"focus"` // the loop's focus; empty: every area
	Policy    *Policy         `json:"policy,omitempty"`
	Rounds    []ManifestRound `json:"rounds"`
}

// ManifestBank names the bank a loop was chosen from and records its
// content as fingerprints (empty in a format 1 manifest).
type ManifestBank struct {
	Title   string `json:"title"`
	Version string `json:"version"` // Bank.Version, a hash of the bank's content
	BankPrint
}

// ManifestRound is one round of a recorded loop.
type ManifestRound struct {
	Title       string   `json:"title"`
	Stages      []string `json:"stages"`
	Focus       []string `json:"focus"` // the round's areas, or [AllAreas]
	Minutes     int      `json:"minutes"`
	Interviewer string   `json:"interviewer"`
	Questions   []string `json:"questions"` // ids, in interview order
}

// NewManifest records a finished kit whose rounds SelectLoop chose. focus is
// the loop's focus as given to SelectLoop, paper the paper size the packets
// were printed on.
func NewManifest(k *Kit, focus []string, paper string) Manifest {
	policy := k.Policy.WithDefaults()
	m := Manifest{
		Format:    ManifestFormat,
		Tool:      k.ToolVersion,
		Bank:      ManifestBank{Title: k.BankTitle, Version: k.BankVersion, BankPrint: k.BankPrint},
		Policy:    &policy,
		KitID:     k.ID,
		Candidate: k.Candidate,
		Role:      k.Role,
		Level:     k.Level.ID,
		Date:      k.Date.Format(time.DateOnly),
		Seed:      k.Seed,
		Paper:     paper,
		Focus:     cleanList(focus),
		Rounds:    make([]ManifestRound, len(k.Rounds)),
	}
	if m.Focus == nil {
		m.Focus = []string{}
	}
	for i, r := range k.Rounds {
		mr := ManifestRound{
			Title:       r.Title,
			Stages:      stageIDs(r.Stages),
			Focus:       []string{AllAreas},
			Minutes:     r.Minutes(),
			Interviewer: r.Interviewer,
			Questions:   make([]string, len(r.Questions)),
		}
		if r.Focused {
			mr.Focus = termIDs(r.Areas)
		}
		for j, q := range r.Questions {
			mr.Questions[j] = q.ID
		}
		m.Rounds[i] = mr
	}
	return m
}

// Specs returns the loop's rounds as specs for SelectLoop, which, given the
// manifest's level, focus and seed and the same bank, chooses the same
// questions.
func (m Manifest) Specs() []RoundSpec {
	out := make([]RoundSpec, len(m.Rounds))
	for i, r := range m.Rounds {
		out[i] = RoundSpec{
			Title:       r.Title,
			Stages:      slices.Clone(r.Stages),
			Areas:       slices.Clone(r.Focus),
			Minutes:     r.Minutes,
			Interviewer: r.Interviewer,
		}
	}
	return out
}

// BankChange is how a bank differs from the one a loop was chosen from:
// questions added, removed and edited since (ids in order), whether its
// frame (title, ratings, taxonomy, timing or default loop) changed, and
// which of the loop's own questions are among the removed and edited.
type BankChange struct {
	From, To               string // the recorded version and the bank's
	Added, Removed, Edited []string
	FrameChanged           bool
	// Unknown is true for a manifest that recorded no fingerprints
	// (format 1): only removed questions can be told.
	Unknown bool
	// Loop lists the loop's own questions that were removed or edited.
	Loop []string
}

// Same reports whether the bank says exactly what it said.
func (c BankChange) Same() bool {
	return !c.Unknown && !c.FrameChanged && len(c.Added)+len(c.Removed)+len(c.Edited) == 0
}

// String says what changed, in a line: "2 questions added (a, b), 1 edited
// (c); the bank's taxonomy, timing or default loop changed".
func (c BankChange) String() string {
	var parts []string
	list := func(n int, verb string, ids []string) {
		if n == 0 {
			return
		}
		what := fmt.Sprintf("%d %s", n, verb)
		if len(parts) == 0 {
			what = countOf(n) + " " + verb
		}
		if len(ids) <= 5 {
			what += " (" + strings.Join(ids, ", ") + ")"
		}
		parts = append(parts, what)
	}
	list(len(c.Added), "added", c.Added)
	list(len(c.Removed), "removed", c.Removed)
	list(len(c.Edited), "edited", c.Edited)
	s := strings.Join(parts, ", ")
	if c.FrameChanged {
		if s != "" {
			s += "; "
		}
		s += "the bank's title, ratings, taxonomy, timing or default loop changed"
	}
	if c.Unknown {
		if s != "" {
			s += "; "
		}
		s += "the manifest was made by an earlier interviewkit, which recorded no fingerprints, so edits cannot be told"
	}
	if s == "" {
		s = "nothing changed"
	}
	return s
}

// Changes compares b with the bank the loop was chosen from.
func (m Manifest) Changes(b *Bank) BankChange {
	c := BankChange{From: m.Bank.Version, To: b.Version}
	now := b.Print()
	inLoop := map[string]bool{}
	for _, r := range m.Rounds {
		for _, id := range r.Questions {
			inLoop[id] = true
		}
	}
	if m.Bank.Questions == nil {
		c.Unknown = true
		for _, r := range m.Rounds {
			for _, id := range r.Questions {
				if _, ok := now.Questions[id]; !ok {
					c.Removed = append(c.Removed, id)
					c.Loop = append(c.Loop, id)
				}
			}
		}
		return c
	}
	c.FrameChanged = m.Bank.Frame != now.Frame
	for _, id := range slices.Sorted(maps.Keys(now.Questions)) {
		switch was, ok := m.Bank.Questions[id]; {
		case !ok:
			c.Added = append(c.Added, id)
		case was != now.Questions[id]:
			c.Edited = append(c.Edited, id)
			if inLoop[id] {
				c.Loop = append(c.Loop, id)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(m.Bank.Questions)) {
		if _, ok := now.Questions[id]; !ok {
			c.Removed = append(c.Removed, id)
			if inLoop[id] {
				c.Loop = append(c.Loop, id)
			}
		}
	}
	slices.Sort(c.Loop)
	return c
}

// Check says whether the loop can be rebuilt from b: the manifest's format
// is one this interviewkit reads, and b still has every question of the
// loop as it was. A bank that lost or edited one of them is an error
// wrapping ErrBankChanged that names them; other changes to the bank
// (Changes says which) leave the loop as it was.
func (m Manifest) Check(b *Bank) error {
	if m.Format > ManifestFormat {
		return fmt.Errorf("manifest format %d is newer than this interviewkit reads (%d); update interviewkit", m.Format, ManifestFormat)
	}
	c := m.Changes(b)
	if len(c.Loop) == 0 {
		return nil
	}
	var what []string
	for _, id := range c.Loop {
		verb := "edited"
		if slices.Contains(c.Removed, id) {
			verb = "removed"
		}
		what = append(what, id+" "+verb)
	}
	return fmt.Errorf("%w: the loop was chosen from bank %q version %s, this is %q version %s, and the loop's own questions changed: %s",
		ErrBankChanged, m.Bank.Title, m.Bank.Version, b.Title, b.Version, strings.Join(what, ", "))
}

// Encode writes the manifest as indented JSON, the same bytes for the same
// loop.
func (m Manifest) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // "R&D" stays readable
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

// MaxManifestBytes bounds a manifest read back; a real one is a few
// kilobytes.
const MaxManifestBytes = 1 << 20

// DecodeManifest reads a manifest written by Encode. A manifest from a newer
// format, or missing what a rebuild needs, is an error. A manifest is a
// way in like any other: its names go through CleanName and CleanTitle, as
// the flags and plan files that made it did, its date must be a date and
// its policy pass Policy.Check, as a team's settings do.
func DecodeManifest(r io.Reader) (Manifest, error) {
	var m Manifest
	data, err := io.ReadAll(intake.LimitReader(r, MaxManifestBytes))
	if err != nil {
		return Manifest{}, fmt.Errorf("manifest: %w", err)
	}
	if !utf8.Valid(data) {
		// JSON would read a bad byte as U+FFFD without a word.
		return Manifest{}, errors.New("manifest: not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, fmt.Errorf("manifest: %w", err)
	}
	switch {
	case m.Format < 1:
		return Manifest{}, errors.New("manifest: no format version; not an interviewkit manifest")
	case m.Format > ManifestFormat:
		return Manifest{}, fmt.Errorf("manifest: format %d is newer than this interviewkit reads (%d); update interviewkit", m.Format, ManifestFormat)
	case m.Level == "":
		return Manifest{}, errors.New("manifest: no level")
	case len(m.Rounds) == 0:
		return Manifest{}, errors.New("manifest: no rounds")
	case len(m.Rounds) > MaxRounds:
		return Manifest{}, fmt.Errorf("manifest: %d rounds; a loop has at most %d", len(m.Rounds), MaxRounds)
	}
	if err := m.checkCounts(); err != nil {
		return Manifest{}, fmt.Errorf("manifest: %w", err)
	}
	if _, err := ParseDate(m.Date); err != nil {
		return Manifest{}, fmt.Errorf("manifest: date %w", err)
	}
	if err := m.cleanNames(); err != nil {
		return Manifest{}, fmt.Errorf("manifest: %w", err)
	}
	if m.Policy != nil {
		if ps := m.Policy.WithDefaults().Check(); len(ps) > 0 {
			return Manifest{}, fmt.Errorf("manifest: policy %s", ps[0])
		}
	}
	return m, nil
}

// cleanNames puts the manifest's names through CleanName and CleanTitle:
// the candidate (required), the role, and each round's title (required)
// and interviewer. The first refused is the error.
func (m *Manifest) cleanNames() error {
	clean := func(s *string, field string, check func(string) (string, error), required bool) error {
		v, err := check(*s)
		var ne *NameError
		if errors.As(err, &ne) {
			ne.Field = field
			return err
		}
		if err == nil && v == "" && required {
			return fmt.Errorf("no %s", field)
		}
		*s = v
		return err
	}
	if err := clean(&m.Candidate, "candidate", CleanName, true); err != nil {
		return err
	}
	if err := clean(&m.Role, "role", CleanTitle, false); err != nil {
		return err
	}
	for i := range m.Rounds {
		r := &m.Rounds[i]
		if err := clean(&r.Title, fmt.Sprintf("round %d title", i+1), CleanTitle, true); err != nil {
			return err
		}
		if err := clean(&r.Interviewer, fmt.Sprintf("round %q interviewer", r.Title), CleanName, false); err != nil {
			return err
		}
	}
	return nil
}

// Interview is who and when the recorded loop is for, and the policy it
// was made under (the default policy for a format 1 manifest).
func (m Manifest) Interview() (Interview, error) {
	date, err := ParseDate(m.Date)
	if err != nil {
		return Interview{}, fmt.Errorf("manifest: date %w", err)
	}
	iv := Interview{Candidate: m.Candidate, Role: m.Role, Date: date}
	if m.Policy != nil {
		iv.Policy = *m.Policy
	}
	return iv, nil
}

// Rebuild builds the recorded loop again from b: the recorded rounds with
// their recorded questions, in their order, under the recorded policy, and
// assembles its kit with New. It never draws again, so a bank that gained,
// lost or changed other questions gives the same loop; Check says
// beforehand whether b still has the loop's questions as they were. The
// rebuilt kit has the recorded ID; a format 1 manifest, whose ID was made
// another way, gets a new one.
func (m Manifest) Rebuild(b *Bank, tool string) (*Kit, error) {
	if err := m.Check(b); err != nil {
		return nil, err
	}
	iv, err := m.Interview()
	if err != nil {
		return nil, err
	}
	lv, err := b.ResolveLevel(m.Level)
	if err != nil {
		return nil, err
	}
	if err := checkLoop(m.Specs()); err != nil {
		return nil, err
	}
	rounds := make([]Round, len(m.Rounds))
	for i, r := range m.Rounds {
		sel, err := b.recorded(lv, r, roundSeed(m.Seed, i))
		if err != nil {
			return nil, fmt.Errorf("round %q: %w", r.Title, err)
		}
		rounds[i] = Round{Title: r.Title, Interviewer: r.Interviewer, Selection: *sel}
	}
	k := New(b, iv, m.Seed, rounds, tool)
	if m.Format >= 2 && k.ID != m.KitID {
		return nil, fmt.Errorf("the rebuilt loop has kit ID %s, the manifest records %s; the manifest was edited, or made by another interviewkit", k.ID, m.KitID)
	}
	return k, nil
}

// recorded is the selection a manifest's round records, as SelectLoop
// made it: its stages, its focus (or every area), its questions in their
// order and the time plan of its minutes.
func (b *Bank) recorded(lv Level, r ManifestRound, seed uint64) (*Selection, error) {
	stages, err := b.ResolveStages(r.Stages)
	if err != nil {
		return nil, err
	}
	sel := &Selection{Level: lv, Stages: stages, Seed: seed, Areas: b.Areas, bankAreas: b.Areas}
	if !b.allAreas(r.Focus) {
		if sel.Areas, err = b.ResolveAreas(r.Focus); err != nil {
			return nil, err
		}
		sel.Focused = true
	}
	for _, id := range r.Questions {
		q, ok := b.Question(id)
		if !ok {
			return nil, fmt.Errorf("question %s is no longer in the bank", id)
		}
		sel.Questions = append(sel.Questions, q)
	}
	if !RoundMinutesOK(r.Minutes) {
		return nil, fmt.Errorf("%d minutes is out of range; a round runs %d to %d minutes", r.Minutes, MinRoundMinutes, MaxRoundMinutes)
	}
	sel.Plan = NewPlan(b.Timing, sel.Questions, r.Minutes)
	if sel.Plan.Total != r.Minutes {
		return nil, fmt.Errorf("its questions no longer fit its %d minutes with the bank's timing", r.Minutes)
	}
	return sel, nil
}
