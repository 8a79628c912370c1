package scan

import "testing"

func TestDecideFollowsTheRule(t *testing.T) {
	// ink builds a row from (fill, trace, ring) per option 1-4, N/A.
	ink := func(v ...[3]float64) []OptionInk {
		names := []string{"1", "2", "3", "4", "N/A"}
		out := make([]OptionInk, len(v))
		for i, x := range v {
			out[i] = OptionInk{Value: names[i], Fill: x[0], Trace: x[1], Ring: x[2]}
		}
		return out
	}
	type m = [3]float64
	clean := m{0, 0, 0}
	for _, tc := range []struct {
		name   string
		row    []OptionInk
		state  RowState
		value  string
		reason string
	}{
		{"nothing marked", ink(clean, clean, clean, clean, clean), Blank, "", ""},
		{"a filled box", ink(clean, m{0.9, 0.95, 0.4}, clean, clean, clean), Scored, "2", ""},
		{"a tick", ink(clean, clean, m{0.12, 0.15, 0.06}, clean, clean), Scored, "3", ""},
		{"a ring", ink(clean, clean, clean, clean, m{0, 0, 0.9}), Scored, "N/A", ""},
		{"two marks", ink(m{0.2, 0.2, 0}, clean, clean, m{0, 0, 1}, clean), Review, "", "two marks: 1 and 4"},
		{"every box filled", ink(m{0.9, 1, 0}, m{0.9, 1, 0}, m{0.9, 1, 0}, m{0.9, 1, 0}, m{0.9, 1, 0}), Review, "", "five marks: 1, 2, 3, 4 and N/A"},
		{"a faint stroke", ink(clean, m{0.04, 0.1, 0}, clean, clean, clean), Review, "", "faint mark at 2"},
		{"a trace only", ink(clean, clean, clean, m{0.01, 0.08, 0}, clean), Review, "", "faint mark at 4"},
		{"a partial ring", ink(clean, clean, m{0, 0, 0.5}, clean, clean), Review, "", "faint mark at 3"},
		{"a mark and a faint one", ink(m{0.3, 0.3, 0}, clean, m{0.03, 0.05, 0}, clean, clean), Review, "", "mark at 1, and a faint mark at 3"},
		{"a weak winner", ink(clean, m{0.065, 0.1, 0}, m{0.02, 0.015, 0}, clean, clean), Review, "", "weak mark at 2"},
		{"a hesitant stroke", ink(clean, clean, clean, m{0.006, 0.027, 0}, clean), Review, "", "faint mark at 4"},
		{"grime across the row", ink(m{0.015, 0.02, 0}, m{0.015, 0.02, 0}, m{0.2, 0.3, 0}, m{0.015, 0.02, 0}, m{0.015, 0.02, 0}), Scored, "3", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			state, value, reason := decide(tc.row, nil)
			if state != tc.state || value != tc.value || reason != tc.reason {
				t.Errorf("decide = %v %q %q, want %v %q %q", state, value, reason, tc.state, tc.value, tc.reason)
			}
		})
	}
}

func TestDecideSendsACorrectionToReview(t *testing.T) {
	row := func(marked int) []OptionInk {
		out := make([]OptionInk, 5)
		for i, v := range []string{"1", "2", "3", "4", "N/A"} {
			out[i] = OptionInk{Value: v}
		}
		if marked >= 0 {
			out[marked] = OptionInk{Value: out[marked].Value, Fill: 0.5, Trace: 0.6}
		}
		return out
	}
	written := &OptionInk{Fill: 0.07, Trace: 0.09}
	for _, tc := range []struct {
		name   string
		row    []OptionInk
		corr   *OptionInk
		state  RowState
		reason string
	}{
		{"a clean correction box", row(2), &OptionInk{}, Scored, ""},
		{"a score written in it", row(2), written, Review, "written in the Changed box; marked 3"},
		{"written in it and no mark", row(-1), written, Review, "written in the Changed box"},
		{"a speck in it", row(1), &OptionInk{Fill: 0.01, Trace: 0.05}, Review, "a faint mark in the Changed box; marked 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			state, value, reason := decide(tc.row, tc.corr)
			if state != tc.state || reason != tc.reason || (state == Review && value != "") {
				t.Errorf("decide = %v %q %q, want %v %q", state, value, reason, tc.state, tc.reason)
			}
		})
	}
}
