package archive

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// retype returns b with the first cell of sheet whose value is old set to
// now, as a person who unprotected the sheet would type it.
func retype(t *testing.T, b []byte, sheet, old string, now any) []byte {
	t.Helper()
	return retypeNth(t, b, sheet, old, now, 1)
}

// retypeNth is retype of the nth cell holding old.
func retypeNth(t *testing.T, b []byte, sheet, old string, now any, nth int) []byte {
	t.Helper()
	f := openExcelize(t, b)
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			if v == old {
				if nth--; nth > 0 {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(sheet, ref, now); err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if err := f.Write(&buf); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
		}
	}
	t.Fatalf("%s: no cell holds %q", sheet, old)
	return nil
}

// TestCollectRefusesAScoresheetWhoseFixedCellsWereEdited: the kit ID is
// computed again from the cells a person must not edit, so a question the
// kit never held, a retyped title or seed is never archived; what a person
// is meant to type (scores, notes, the interviewer, their recommendation)
// is archived.
func TestCollectRefusesAScoresheetWhoseFixedCellsWereEdited(t *testing.T) {
	k := newKit(t, "Ana López", "2026-03-14", 2, 61)
	names := scoresheet.RoundSheetNames(k)
	blank := blankSheet(t, k)
	q0 := k.Rounds[0].Questions[0].ID
	other := k.Rounds[1].Questions[0].ID
	ks := scoresheet.KitSheet
	mismatch := "Kit: kit ID " + k.ID + " does not match the kit's facts and questions"
	tests := []struct {
		name  string
		edit  func() []byte
		wants []string // problems, each a prefix; none: archived
	}{
		{"a question ID changed to one the kit never held", func() []byte {
			return retype(t, blank, names[0], q0, "orm-n-plus-one-x")
		}, []string{mismatch}},
		{"a question ID swapped for another round's", func() []byte {
			b := retype(t, blank, names[0], q0, other)
			return b
		}, []string{names[1] + "!H7: question " + other + " is also at " + names[0], mismatch}},
		{"a question ID with an escape sequence", func() []byte {
			return retype(t, blank, names[0], q0, "\x1b[31mred")
		}, []string{names[0] + "!H", mismatch}},
		{"a round title retyped on the Kit sheet", func() []byte {
			// The title's first cell is the sheet's name; the second, the title.
			return retypeNth(t, blank, ks, k.Rounds[0].Title, "Easy round", 2)
		}, []string{mismatch}},
		{"the seed edited", func() []byte { return retype(t, blank, ks, "61", "62") }, []string{mismatch}},
		{"the seed turned into a number", func() []byte { return retype(t, blank, ks, "61", 61) }, nil},
		{"the planned interviewer changed", func() []byte {
			return retype(t, blank, ks, k.Rounds[0].Interviewer, "Mallory")
		}, []string{mismatch}},
		{"the round's minutes changed", func() []byte {
			return retype(t, blank, ks, "Minutes", "Mins")
		}, []string{"Kit: round 1's minutes", "Kit: round 2's minutes"}},
		{"scores, notes, interviewer and recommendation typed in", func() []byte {
			return fillWithExcelize(t, blank, map[string]sheetFill{names[0]: {
				Interviewer: ptr("Somebody Else"), Recommendation: ptr("Yes"),
				Scores: map[string]any{q0: 3}, Notes: map[string]any{q0: "line one\nline two\twith a tab"},
			}})
		}, nil},
		// XML cannot hold C0 controls but for line breaks and tabs; it can
		// hold C1, and U+009B is an escape sequence's start to a terminal.
		{"notes holding an escape sequence", func() []byte {
			return fillWithExcelize(t, blank, map[string]sheetFill{names[0]: {Notes: map[string]any{q0: "ok\u009b2J"}}})
		}, []string{names[0] + "!I"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := openTest(t, backends[0]) // the check runs before any backend is asked
			res := a.Collect(context.Background(), "edited.xlsx", bytes.NewReader(tt.edit()))
			if len(tt.wants) == 0 {
				if res.Status == Rejected {
					t.Fatalf("rejected: %v %v", res.Err, res.Problems)
				}
				return
			}
			if res.Status != Rejected || !errors.Is(res.Err, ErrInvalid) || len(res.Problems) != len(tt.wants) {
				t.Fatalf("got %v %v %v; want %d problems %q", res.Status, res.Err, res.Problems, len(tt.wants), tt.wants)
			}
			for i, w := range tt.wants {
				if got := res.Problems[i].String(); !strings.HasPrefix(got, w) {
					t.Errorf("problem %d = %q; want it to start %q", i+1, got, w)
				}
			}
			if d := dump(t, a); strings.Contains(d, k.ID) {
				t.Errorf("a refused file left records:\n%s", d)
			}
		})
	}
}
