package kit

// This file records a loop as JSON, with everything needed to choose the
// same questions again. Its output is stable: fields in a fixed order, no
// maps, indented, nothing that depends on when it was written, so the same
// loop always gives the same bytes and manifests can be compared with diff.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// ManifestFormat is the version of the manifest's layout. It changes only
// when a field changes meaning; a reader refuses formats newer than its own.
const ManifestFormat = 1

// ErrBankChanged marks a manifest made from another version of the bank:
// regenerating its loop would not give the same questions.
var ErrBankChanged = errors.New("bank changed since the manifest was made")

// Manifest records a loop: who, when, from which bank, with which seed, and
// each round's spec and questions. Specs and the seed rebuild it with
// SelectLoop; the rebuilt kit has the same ID exactly when the questions are
// the same.
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
	Rounds    []ManifestRound `json:"rounds"`
}

// ManifestBank names the bank a loop was chosen from.
type ManifestBank struct {
	Title   string `json:"title"`
	Version string `json:"version"` // Bank.Version, a hash of the bank's files
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
	m := Manifest{
		Format:    ManifestFormat,
		Tool:      k.ToolVersion,
		Bank:      ManifestBank{Title: k.BankTitle, Version: k.BankVersion},
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

// Check says whether b is the bank the loop was chosen from. A different
// version is an error wrapping ErrBankChanged that names both versions and
// the recorded questions the bank no longer has; the loop can still be
// rebuilt, but not exactly.
func (m Manifest) Check(b *Bank) error {
	if m.Format > ManifestFormat {
		return fmt.Errorf("manifest format %d is newer than this interviewkit reads (%d); update interviewkit", m.Format, ManifestFormat)
	}
	if m.Bank.Version == b.Version {
		return nil
	}
	var gone []string
	for _, r := range m.Rounds {
		for _, id := range r.Questions {
			if _, ok := b.Question(id); !ok {
				gone = append(gone, id)
			}
		}
	}
	msg := fmt.Sprintf("the loop was chosen from bank %q version %s, this is %q version %s; the same seed may choose other questions",
		m.Bank.Title, m.Bank.Version, b.Title, b.Version)
	switch {
	case len(gone) == 1:
		msg += fmt.Sprintf("; question %s is no longer in the bank", gone[0])
	case len(gone) > 1:
		msg += fmt.Sprintf("; %d of its questions are no longer in the bank: %s", len(gone), strings.Join(gone, ", "))
	}
	return fmt.Errorf("%w: %s", ErrBankChanged, msg)
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
// format, or missing what SelectLoop needs, is an error. A manifest is a
// way in like any other: its names go through CleanName and CleanTitle, as
// the flags and plan files that made it did, and its date must be a date.
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
	if _, err := time.Parse(time.DateOnly, m.Date); err != nil {
		return Manifest{}, fmt.Errorf("manifest: date %q is not YYYY-MM-DD", m.Date)
	}
	if err := m.cleanNames(); err != nil {
		return Manifest{}, fmt.Errorf("manifest: %w", err)
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

// Interview is who and when the recorded loop is for.
func (m Manifest) Interview() (Interview, error) {
	date, err := time.Parse(time.DateOnly, m.Date)
	if err != nil {
		return Interview{}, fmt.Errorf("manifest: date %q is not YYYY-MM-DD", m.Date)
	}
	return Interview{Candidate: m.Candidate, Role: m.Role, Date: date}, nil
}

// Rebuild chooses the recorded loop again from b, with the recorded level,
// focus, rounds and seed, and assembles its kit with New. The rebuilt kit
// has the recorded ID exactly when it has the recorded questions; when it
// does not, that is an error (Check says beforehand whether b is the bank
// the loop was chosen from).
func (m Manifest) Rebuild(b *Bank, tool string) (*Kit, error) {
	iv, err := m.Interview()
	if err != nil {
		return nil, err
	}
	rounds, err := SelectLoop(b, m.Level, m.Focus, m.Specs(), m.Seed)
	if err != nil {
		return nil, err
	}
	if err := m.sameQuestions(rounds); err != nil {
		return nil, err
	}
	k := New(b, iv, m.Seed, rounds, tool)
	if k.ID != m.KitID {
		return nil, fmt.Errorf("the rebuilt loop has kit ID %s, the manifest records %s; the bank or interviewkit chose differently", k.ID, m.KitID)
	}
	return k, nil
}
