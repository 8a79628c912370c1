package main

import (
	"math"
	"slices"
	"time"
)

// summary is what the benchmark reports of one scenario's runs.
type summary struct {
	n                     int
	min, p10, median, p90 time.Duration
	max                   time.Duration
}

// summarize sorts a copy of runs and reads its quantiles, interpolating
// between neighbours as a spreadsheet's PERCENTILE does.
func summarize(runs []time.Duration) summary {
	if len(runs) == 0 {
		return summary{}
	}
	s := slices.Clone(runs)
	slices.Sort(s)
	return summary{
		n:      len(s),
		min:    s[0],
		p10:    quantile(s, 0.10),
		median: quantile(s, 0.50),
		p90:    quantile(s, 0.90),
		max:    s[len(s)-1],
	}
}

// quantile reads the q-quantile of sorted values.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 1 {
		return sorted[0]
	}
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	frac := pos - float64(i)
	return sorted[i] + time.Duration(math.Round(frac*float64(sorted[i+1]-sorted[i])))
}

// ratios divides each of a's runs by the b run of the same round, so both
// sides of a comparison see the same machine load.
func ratios(a, b []time.Duration) []float64 {
	n := min(len(a), len(b))
	out := make([]float64, n)
	for i := range n {
		out[i] = float64(b[i]) / float64(a[i])
	}
	slices.Sort(out)
	return out
}

func quantileFloat(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}
