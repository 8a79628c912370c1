package scan

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestSectorOfMatchesTheArctangent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		dx, dy := r.NormFloat64(), r.NormFloat64()
		want := int((math.Atan2(dy, dx)+math.Pi)/(2*math.Pi)*sectors) % sectors
		if got := sectorOf(dx, dy); got != want {
			// Points within rounding of a boundary may go either way.
			a := (math.Atan2(dy, dx) + math.Pi) / (2 * math.Pi) * sectors
			if math.Abs(a-math.Round(a)) > 1e-9 {
				t.Fatalf("sectorOf(%g, %g) = %d, want %d", dx, dy, got, want)
			}
		}
	}
}
