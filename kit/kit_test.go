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
