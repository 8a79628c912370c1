package kit_test

import (
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

func TestDefaultSeedFollowsCandidateAndDate(t *testing.T) {
	day := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	a := kit.DefaultSeed("Ana López", day)
	if a != kit.DefaultSeed("ANA LÓPEZ", day) {
		t.Error("the seed depends on the case of the name")
	}
	if a == kit.DefaultSeed("Ben Ode", day) {
		t.Error("two candidates share a seed")
	}
	if a == kit.DefaultSeed("Ana López", day.AddDate(0, 0, 1)) {
		t.Error("the next day gives the same seed")
	}
	if a >= 1_000_000 {
		t.Errorf("seed %d is too long to read off a page", a)
	}
}

func TestScheduleRunsRoundsBackToBack(t *testing.T) {
	k := &kit.Kit{Rounds: []kit.Round{{Selection: kit.Selection{Plan: kit.TimePlan{Total: 45}}}, {Selection: kit.Selection{Plan: kit.TimePlan{Total: 60}}}}}
	got := k.Schedule(kit.DefaultStart)
	if len(got) != 2 || kit.Clock(got[0].Start) != "09:00" || kit.Clock(got[0].End) != "09:45" ||
		kit.Clock(got[1].Start) != "09:45" || kit.Clock(got[1].End) != "10:45" {
		t.Fatalf("Schedule = %+v", got)
	}
	if kit.Clock(25*time.Hour+10*time.Minute) != "25:10" {
		t.Errorf("Clock past midnight = %q", kit.Clock(25*time.Hour+10*time.Minute))
	}
}

// TestNewAssemblesAFinishedKit checks what New fills in: the bank's role
// when none is given, the first round's level, the bank's title and
// version, and an ID that follows the content.
func TestNewAssemblesAFinishedKit(t *testing.T) {
	b := testBank(t)
	sel, err := kit.Select(b, kit.Criteria{Level: "mid", Count: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	iv := kit.Interview{Candidate: "Ana", Date: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)}
	rounds := []kit.Round{{Title: "Core", Selection: *sel}}
	k := kit.New(b, iv, 1, rounds, "v1")
	if k.Role != b.Role || k.Level.ID != "mid" || k.BankVersion != b.Version || k.ToolVersion != "v1" || !kit.ValidID(k.ID) {
		t.Errorf("kit: role %q level %q bank %q tool %q id %q", k.Role, k.Level.ID, k.BankVersion, k.ToolVersion, k.ID)
	}
	iv.Role = "Platform engineer"
	if other := kit.New(b, iv, 1, rounds, "v1"); other.Role != iv.Role || other.ID == k.ID {
		t.Errorf("another role: role %q, id %s (was %s)", other.Role, other.ID, k.ID)
	}
	if iv.DefaultSeed() != kit.DefaultSeed("Ana", iv.Date) {
		t.Error("Interview.DefaultSeed is not DefaultSeed of its candidate and date")
	}
}
