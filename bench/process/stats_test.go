package main

import (
	"testing"
	"time"
)

func TestSummarizeReadsQuantilesOfUnsortedRuns(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	tests := []struct {
		name                  string
		runs                  []time.Duration
		min, p10, median, p90 time.Duration
	}{
		{"one run", ms(7), 7 * time.Millisecond, 7 * time.Millisecond, 7 * time.Millisecond, 7 * time.Millisecond},
		{"odd count", ms(5, 1, 3), time.Millisecond, 1400 * time.Microsecond, 3 * time.Millisecond, 4600 * time.Microsecond},
		{"even count interpolates the median", ms(4, 1, 3, 2), time.Millisecond, 1300 * time.Microsecond, 2500 * time.Microsecond, 3700 * time.Microsecond},
		{"an outlier moves max, not the median", ms(10, 10, 10, 10, 10, 10, 10, 10, 10, 900), 10 * time.Millisecond, 10 * time.Millisecond, 10 * time.Millisecond, 99 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize(tt.runs)
			if s.min != tt.min || s.p10 != tt.p10 || s.median != tt.median || s.p90 != tt.p90 {
				t.Errorf("summarize = min %v p10 %v median %v p90 %v; want %v %v %v %v",
					s.min, s.p10, s.median, s.p90, tt.min, tt.p10, tt.median, tt.p90)
			}
		})
	}
}

func TestRatiosPairRunsOfTheSameRound(t *testing.T) {
	ours := []time.Duration{10, 20, 40}
	peer := []time.Duration{300, 400, 400}
	got := ratios(ours, peer)
	want := []float64{10, 20, 30} // sorted
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ratios = %v, want %v", got, want)
		}
	}
	if m := quantileFloat(got, 0.5); m != 20 {
		t.Errorf("median ratio %v, want 20", m)
	}
}
