package kit

// A manifest is read back from a folder a person can edit, so what it
// records is checked, not trusted: every list it holds has a limit, and
// Rebuild refuses a manifest whose recorded questions or kit ID were
// changed; it is never silently rebuilt into another loop.

import (
	"fmt"
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

// clipValue shortens a value from outside (a file, a flag) for a message.
func clipValue(id string) string {
	if r := []rune(id); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return id
}
