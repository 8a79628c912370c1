package testkit

import (
	"sync"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

// Date is the interview day of every test kit.
var Date = time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)

var loadBank = sync.OnceValues(func() (*kit.Bank, error) { return kit.Load(data.FS, "data") })

// Bank is the embedded bank, loaded once for the whole test binary.
func Bank(t testing.TB) *kit.Bank {
	t.Helper()
	b, err := loadBank()
	if err != nil {
		t.Fatalf("loading the embedded bank: %v", err)
	}
	return b
}

// BankKit selects a one-round kit of count questions from the embedded
// bank, as generate does, with seed 42 on Date.
func BankKit(t testing.TB, level string, count int, candidate string) *kit.Kit {
	t.Helper()
	b := Bank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: level, Count: count, Seed: 42})
	if err != nil {
		t.Fatalf("the embedded bank cannot give %d %s questions: %v", count, level, err)
	}
	k := &kit.Kit{
		Candidate:   candidate,
		Role:        b.Role,
		Level:       sel.Level,
		Date:        Date,
		Seed:        42,
		Rounds:      []kit.Round{{Title: kit.RoundTitle(sel.Stages), Interviewer: "Çağrı Öztürk", Selection: *sel}},
		BankTitle:   b.Title,
		BankVersion: b.Version,
		ToolVersion: "test",
	}
	k.Finish()
	return k
}

// BankLoop chooses a loop from the embedded bank as the loop command does:
// the default loop for the level, its rounds run by interviewers in turn
// ("" leaves a round's interviewer to be written in). It returns the kit
// and the loop's focus areas.
func BankLoop(t testing.TB, level string, focus []string, seed uint64, candidate string, interviewers ...string) (*kit.Kit, []kit.Area) {
	t.Helper()
	b := Bank(t)
	specs, err := kit.DefaultLoop(b, level, focus)
	if err != nil {
		t.Fatal(err)
	}
	for i := range specs {
		if len(interviewers) > 0 {
			specs[i].Interviewer = interviewers[i%len(interviewers)]
		}
	}
	rounds, err := kit.SelectLoop(b, level, focus, specs, seed)
	if err != nil {
		t.Fatal(err)
	}
	areas, err := b.ResolveAreas(focus)
	if err != nil {
		t.Fatal(err)
	}
	k := &kit.Kit{Candidate: candidate, Role: b.Role, Level: rounds[0].Level, Date: Date, Seed: seed,
		Rounds: rounds, BankTitle: b.Title, BankVersion: b.Version, ToolVersion: "test"}
	k.Finish()
	return k, areas
}
