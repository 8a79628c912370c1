package kit

// The kit ID is a hash of everything a kit's packets print that a person
// must not change afterwards: the candidate, role, level, date and seed,
// and each round's title, planned interviewer, minutes and questions in
// order. The bank's version is left out on purpose: a bank edited elsewhere
// (a comment, a question added) rebuilds a loop with the same ID, while the
// manifest's fingerprints (Manifest.Check) refuse a loop whose own
// questions changed. It is computed in one place, IDFacts.ID, from the
// facts as plain values, so a reader of a completed scoresheet can compute
// it again from the cells that hold them and see whether any was changed.
//
// What a matching ID proves: the cells it covers hold what the kit was
// made with, or someone recomputed the ID after changing them, in which
// case it no longer matches the ID printed on the packets or archived
// before. What it does not prove: who filled the sheet in, or that the
// file came from interviewkit; the hash has no key, and anyone with the
// source can compute it. Scores, notes, the interviewer typed in on the
// day, areas and weights are not covered.

import (
	"crypto/sha256"
	"fmt"
	"time"
)

// IDFacts are the facts a kit ID is computed from.
type IDFacts struct {
	Candidate string
	Role      string
	LevelID   string
	Date      string // YYYY-MM-DD
	Seed      uint64
	Rounds    []IDRound
}

// IDRound is one round's part of IDFacts.
type IDRound struct {
	Title       string
	Interviewer string // the interviewer the kit was made for
	Minutes     int
	Questions   []string // question ids, in packet order
}

// ID is the kit ID of the facts, like "K7QF-3M2A".
func (f IDFacts) ID() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%d\x00", f.Candidate, f.Role, f.LevelID, f.Date, f.Seed)
	for _, r := range f.Rounds {
		fmt.Fprintf(h, "round\x00%s\x00%s\x00%d\x00", r.Title, r.Interviewer, r.Minutes)
		for _, id := range r.Questions {
			fmt.Fprintf(h, "%s\x00", id)
		}
	}
	s := crockford.EncodeToString(h.Sum(nil))[:8]
	return s[:4] + "-" + s[4:]
}

// IDFacts returns the facts the kit's ID is computed from.
func (k *Kit) IDFacts() IDFacts {
	f := IDFacts{Candidate: k.Candidate, Role: k.Role, LevelID: k.Level.ID, Date: k.Date.Format(time.DateOnly),
		Seed: k.Seed, Rounds: make([]IDRound, len(k.Rounds))}
	for i, r := range k.Rounds {
		ids := make([]string, len(r.Questions))
		for j, q := range r.Questions {
			ids[j] = q.ID
		}
		f.Rounds[i] = IDRound{Title: r.Title, Interviewer: r.Interviewer, Minutes: r.Plan.Total, Questions: ids}
	}
	return f
}
