package scoresheet_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// entriesOf turns a filling into entries, each value into the Score cell
// Read finds for its question; check lists question IDs to leave for a
// person, and why.
func entriesOf(t testing.TB, sheet []byte, fl filling, check map[string]string) []scoresheet.Entry {
	t.Helper()
	s, err := readBack(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var out []scoresheet.Entry
	for i, r := range s.Rounds {
		for j, row := range r.Rows {
			e := scoresheet.Entry{Sheet: r.Sheet, Cell: row.Score.Ref, Check: check[row.QuestionID]}
			if v := fl[i][j]; v != nil && e.Check == "" {
				e.Value = fmt.Sprint(v)
			}
			out = append(out, e)
		}
	}
	return out
}

func writeFilled(t testing.TB, sheet []byte, entries []scoresheet.Entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := scoresheet.WriteFilled(&buf, bytes.NewReader(sheet), int64(len(sheet)), entries); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteFilledTypesWhatWasReadAndMarksWhatToCheck(t *testing.T) {
	k := readKit("Ana López", "Developer")
	blank := readSheet(t, k)
	fl := filling{{3, kit.ScoreNA, nil, 1}, {nil, nil}}
	check := map[string]string{"sec-a": "two marks: 2 and 3"}
	entries := entriesOf(t, blank, fl, check)
	s, _ := readBack(blank)
	entries = append(entries, scoresheet.Entry{Sheet: s.Rounds[0].Sheet, Cell: s.Rounds[0].Recommendation.Ref, Value: kit.Yes},
		scoresheet.Entry{Sheet: s.Rounds[1].Sheet, Cell: s.Rounds[1].Recommendation.Ref, Check: "written in the Changed box"})
	out := writeFilled(t, blank, entries)
	if again := writeFilled(t, blank, entries); !bytes.Equal(out, again) {
		t.Error("the same entries give different bytes")
	}
	got, err := readBack(out)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Rounds[0]
	for i, want := range []struct {
		kind scoresheet.CellKind
		text string
	}{{scoresheet.CellNumber, "3"}, {scoresheet.CellText, kit.ScoreNA}, {scoresheet.CellEmpty, ""}, {scoresheet.CellNumber, "1"}} {
		if c := r.Rows[i].Score; c.Kind != want.kind || c.Text != want.text {
			t.Errorf("%s: %v %q, want %v %q", c.Ref, c.Kind, c.Text, want.kind, want.text)
		}
	}
	if r.Recommendation.Text != kit.Yes || got.Rounds[1].Recommendation.Text != "" {
		t.Errorf("recommendations %q and %q", r.Recommendation.Text, got.Rounds[1].Recommendation.Text)
	}
	f := openScoresheet(t, out)
	for _, c := range []struct{ sheet, cell, reason, keeps string }{
		{r.Sheet, r.Rows[2].Score.Ref, "two marks: 2 and 3", "deep"}, // the rubric note stays under it
		{got.Rounds[1].Sheet, got.Rounds[1].Recommendation.Ref, "written in the Changed box", ""},
	} {
		id, err := f.GetCellStyle(c.sheet, c.cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "F4C7C3" {
			t.Errorf("%s!%s is not highlighted: %+v %v", c.sheet, c.cell, st.Fill, err)
		}
		comments, err := f.GetComments(c.sheet)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, cm := range comments {
			text := cm.Text
			for _, p := range cm.Paragraph {
				text += p.Text
			}
			if cm.Cell == c.cell {
				found = strings.HasPrefix(text, "Check this on the paper: "+c.reason+".") && strings.Contains(text, c.keeps)
				if !found {
					t.Errorf("%s!%s note: %q", c.sheet, c.cell, text)
				}
			}
		}
		if !found {
			t.Errorf("%s!%s has no note", c.sheet, c.cell)
		}
	}
}

func TestWriteFilledRefusesWhatItCannotFill(t *testing.T) {
	blank := readSheet(t, readKit("Ana", "Developer"))
	var buf bytes.Buffer
	err := scoresheet.WriteFilled(&buf, bytes.NewReader(blank), int64(len(blank)), []scoresheet.Entry{{Sheet: "Nope", Cell: "H7", Value: "3"}})
	if err == nil || !strings.Contains(err.Error(), `no sheet "Nope"`) {
		t.Errorf("an unknown sheet: %v", err)
	}
	junk := []byte("not a workbook at all")
	err = scoresheet.WriteFilled(&buf, bytes.NewReader(junk), int64(len(junk)), nil)
	if !errors.Is(err, scoresheet.ErrUnreadable) {
		t.Errorf("junk: %v, want ErrUnreadable", err)
	}
}

// TestWriteFilledComputesAsTypedInLibreOffice: a scoresheet filled from
// paper recalculates in LibreOffice exactly as one a person typed the same
// scores into.
func TestWriteFilledComputesAsTypedInLibreOffice(t *testing.T) {
	t.Parallel()
	testkit.NeedLibreOffice(t)
	k := loopKit()
	sheet := writeScoresheet(t, k)
	var books [][]byte
	for _, tt := range fillings {
		books = append(books, writeFilled(t, sheet, entriesOf(t, sheet, tt.fill, nil)))
	}
	values := testkit.Recalc(t, xlsxValues, books...)
	for i, tt := range fillings {
		t.Run(tt.name, func(t *testing.T) {
			checkSummary(t, grid(values[i][scoresheet.SummarySheet]), k, tt.fill)
		})
	}
}
