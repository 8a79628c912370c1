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
