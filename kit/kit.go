package kit

import (
	"encoding/base32"
	"hash/fnv"
	"strings"
	"time"
)

// Kit is everything printed for one candidate: who, when, and the rounds with
// their questions. A kit from `generate` has one round; a loop has several.
// Layouts receive a finished Kit and decide nothing about its content.
type Kit struct {
	// ID is a short identifier printed on every packet page and stored in
	// the scoresheet, e.g. "K7QF-3M2A". It derives from the kit's content:
	// who, when, the seed, the rounds and what their questions say (not the
	// bank's version), so regenerating the same kit gives the same ID, and
	// a loop rebuilt from an edited bank whose edits spare its questions
	// keeps it.
	ID          string
	Candidate   string
	Role        string
	Level       Level
	Date        time.Time // the interview day; midnight UTC
	Seed        uint64
	Rounds      []Round
	BankTitle   string
	BankVersion string
	// BankPrint is the bank's content as fingerprints, which a loop's
	// manifest records to tell later what changed in the bank.
	BankPrint   BankPrint
	ToolVersion string
	// Retention is how long the records of this kit are kept, as printed on
	// the cover and stored in the scoresheet: Policy.RetentionText unless
	// the caller sets another.
	Retention string
	// Policy is the team's rules the kit is printed and scored by: the
	// recommendation rule and its labels, the rating scale's names, the
	// loop's start and breaks, retention and language. Finish fills what
	// is left zero from DefaultPolicy.
	Policy Policy
}

// Round is one interview of a kit, run by one interviewer.
type Round struct {
	Title       string // "Django core"
	Interviewer string
	Selection
}

// Minutes is the round's slot, the sum of its time plan.
func (r *Round) Minutes() int { return r.Plan.Total }

// Minutes is the whole kit's interviewing time.
func (k *Kit) Minutes() int {
	n := 0
	for i := range k.Rounds {
		n += k.Rounds[i].Minutes()
	}
	return n
}

// Questions lists every question of the kit in round order.
func (k *Kit) Questions() []*Question {
	var out []*Question
	for _, r := range k.Rounds {
		out = append(out, r.Questions...)
	}
	return out
}

// DefaultRetention is printed on a kit of the default policy.
var DefaultRetention = DefaultPolicy().RetentionText()

// Finish sets the kit's ID from its content and fills defaults. Call it once
// the rounds are complete.
func (k *Kit) Finish() {
	k.Policy = k.Policy.WithDefaults()
	if k.Retention == "" {
		k.Retention = k.Policy.RetentionText()
	}
	if k.Role == "" {
		k.Role = k.BankTitle
	}
	k.ID = makeID(k)
}

// Interview is who a kit is for and when: the candidate, the role and the
// day, as every page prints them.
type Interview struct {
	Candidate string
	Role      string    // "" takes the bank's role
	Date      time.Time // the interview day, midnight UTC
	// Policy is the team's rules the interview is held by; its zero parts
	// are DefaultPolicy's.
	Policy Policy
}

// DefaultSeed is the interview's draw when none is asked for: DefaultSeed
// of its candidate and date.
func (iv Interview) DefaultSeed() uint64 { return DefaultSeed(iv.Candidate, iv.Date) }

// New assembles and finishes the kit of an interview: rounds chosen from b
// with seed (Select or SelectLoop), tool the version of the program that
// made it. Its level is the first round's.
func New(b *Bank, iv Interview, seed uint64, rounds []Round, tool string) *Kit {
	role := iv.Role
	if role == "" {
		role = b.Role
	}
	k := &Kit{
		Candidate:   iv.Candidate,
		Role:        role,
		Date:        iv.Date,
		Seed:        seed,
		Rounds:      rounds,
		BankTitle:   b.Title,
		BankVersion: b.Version,
		BankPrint:   b.Print(),
		ToolVersion: tool,
		Policy:      iv.Policy,
	}
	if len(rounds) > 0 {
		k.Level = rounds[0].Level
	}
	k.Finish()
	return k
}

// RoundTitle names a round after its stages, as a person would.
func RoundTitle(stages []Stage) string {
	switch len(stages) {
	case 0:
		return "Interview"
	case 1:
		return stages[0].Title
	}
	titles := make([]string, len(stages))
	for i, s := range stages {
		titles[i] = s.Title
	}
	return strings.Join(titles, " + ")
}

// crockford is Crockford's base32 alphabet: no I, L, O or U, so an ID read
// off paper is never ambiguous.
var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

func makeID(k *Kit) string { return k.IDFacts().ID() }

// DefaultSeed is the draw for a kit when none is asked for. It derives from
// the candidate (ignoring case) and the interview date, so two candidates
// interviewed the same week do not compare notes on the same questions,
// while running the same command again reproduces the kit. It is short
// enough to read off a page and type back.
func DefaultSeed(candidate string, date time.Time) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(candidate) + "|" + date.Format(time.DateOnly)))
	return h.Sum64() % 1_000_000
}

// ValidID reports whether s looks like a kit ID (four and four characters of
// Crockford base32 with a dash).
func ValidID(s string) bool {
	if len(s) != 9 || s[4] != '-' {
		return false
	}
	for i, r := range s {
		if i == 4 {
			continue
		}
		if !strings.ContainsRune("0123456789ABCDEFGHJKMNPQRSTVWXYZ", r) {
			return false
		}
	}
	return true
}
