package kit

// A manifest is read back from a folder a person can edit, so what it
// records is checked, not trusted: every list it holds has a limit, and
// the questions it records must be the ones its seed chooses again. A
// manifest whose recorded questions were changed is refused with what
// differs; it is never silently rebuilt into another loop.

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Limits on the lists of a manifest, each far above what a loop holds.
const (
	// maxManifestList bounds the focus, stages and areas of a manifest.
	maxManifestList = 100
	// MaxRoundQuestions is the most questions a round can hold: a round
	// of MaxRoundMinutes with one-minute questions.
	MaxRoundQuestions = MaxRoundMinutes
)

// checkCounts refuses a manifest whose lists are longer than any loop's.
func (m *Manifest) checkCounts() error {
	if len(m.Focus) > maxManifestList {
		return fmt.Errorf("focus lists %d areas; at most %d", len(m.Focus), maxManifestList)
	}
	for i, r := range m.Rounds {
		switch {
		case len(r.Stages) > maxManifestList:
			return fmt.Errorf("round %d lists %d stages; at most %d", i+1, len(r.Stages), maxManifestList)
		case len(r.Focus) > maxManifestList:
			return fmt.Errorf("round %d lists %d focus areas; at most %d", i+1, len(r.Focus), maxManifestList)
		case len(r.Questions) > MaxRoundQuestions:
			return fmt.Errorf("round %d lists %d questions; a round holds at most %d", i+1, len(r.Questions), MaxRoundQuestions)
		}
	}
	return nil
}

// ErrManifestQuestions marks a manifest whose recorded questions are not
// the ones its bank and seed choose: it was edited, or comes from another
// bank or version of interviewkit.
var ErrManifestQuestions = errors.New("the manifest's questions are not the ones its seed chooses")

// sameQuestions compares the rounds chosen again with the questions the
// manifest records, naming each round that differs and how.
func (m Manifest) sameQuestions(rounds []Round) error {
	var diffs []string
	for i, r := range rounds {
		if i >= len(m.Rounds) {
			break
		}
		got := make([]string, len(r.Questions))
		for j, q := range r.Questions {
			got[j] = q.ID
		}
		want := m.Rounds[i].Questions
		if slices.Equal(got, want) {
			continue
		}
		var recorded, chosen []string // in one list and not the other
		for _, id := range want {
			if !slices.Contains(got, id) {
				recorded = append(recorded, id)
			}
		}
		for _, id := range got {
			if !slices.Contains(want, id) {
				chosen = append(chosen, id)
			}
		}
		d := fmt.Sprintf("round %d %q records %s where the seed chooses %s", i+1, m.Rounds[i].Title, idList(recorded), idList(chosen))
		switch {
		case len(recorded) > 0 || len(chosen) > 0:
		case len(want) != len(got):
			d = fmt.Sprintf("round %d %q records %d questions where the seed chooses %d", i+1, m.Rounds[i].Title, len(want), len(got))
		default:
			d = fmt.Sprintf("round %d %q records its questions in another order", i+1, m.Rounds[i].Title)
		}
		diffs = append(diffs, d)
	}
	if len(diffs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrManifestQuestions, strings.Join(diffs, "; "))
}

// idList is a short list of question ids for a message.
func idList(ids []string) string {
	const most = 12
	if len(ids) == 0 {
		return "no questions"
	}
	quoted := make([]string, 0, min(len(ids), most))
	for _, id := range ids[:min(len(ids), most)] {
		quoted = append(quoted, fmt.Sprintf("%q", clipValue(id)))
	}
	s := strings.Join(quoted, ", ")
	if len(ids) > most {
		s += fmt.Sprintf(" and %d more", len(ids)-most)
	}
	return s
}

// clipValue shortens a value from outside (a file, a flag) for a message.
func clipValue(id string) string {
	if r := []rune(id); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return id
}
