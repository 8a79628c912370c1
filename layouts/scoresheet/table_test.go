package scoresheet_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

func TestWriteTableKeepsTextAsText(t *testing.T) {
	var buf bytes.Buffer
	err := scoresheet.WriteTable(&buf, scoresheet.Table{Name: "Scores", Columns: []string{"Name", "Score", "Weight"},
		Widths: map[string]float64{"Name": 30},
		Rows:   [][]any{{"=HYPERLINK(\"http://x\")", 3, 1.5}, {"+1 555", "N/A", 2.0}}})
	if err != nil {
		t.Fatal(err)
	}
	f := openScoresheet(t, buf.Bytes())
	for cell, want := range map[string]string{"A1": "Name", "A2": "=HYPERLINK(\"http://x\")", "B2": "3", "C2": "1.5", "A3": "+1 555", "B3": "N/A"} {
		if formula, _ := f.GetCellFormula("Scores", cell); formula != "" {
			t.Errorf("%s holds formula %q", cell, formula)
		}
		if got, _ := f.GetCellValue("Scores", cell, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if w, _ := f.GetColWidth("Scores", "A"); w != 30 {
		t.Errorf("column A is %v wide, want 30", w)
	}
	if w, _ := f.GetColWidth("Scores", "B"); w != scoresheet.DefaultColumnWidth {
		t.Errorf("column B is %v wide, want %v", w, scoresheet.DefaultColumnWidth)
	}
	if tables, err := f.GetTables("Scores"); err != nil || len(tables) != 1 || tables[0].Range != "A1:C3" {
		t.Errorf("tables %+v, %v; want one over A1:C3", tables, err)
	}
}

func TestWriteTableRefusesWhatCouldBeAFormula(t *testing.T) {
	tests := []struct {
		name  string
		table scoresheet.Table
		want  string
	}{
		{"a formula cell", scoresheet.Table{Name: "Scores", Columns: []string{"A"},
			Rows: [][]any{{excelize.Cell{Formula: "1+1"}}}}, "holds a excelize.Cell"},
		{"a name with a space", scoresheet.Table{Name: "My scores"}, "is not a letter followed by"},
		{"an empty name", scoresheet.Table{}, "is not a letter followed by"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := scoresheet.WriteTable(&buf, tt.table); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("WriteTable: %v, want an error with %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes of a refused table", buf.Len())
			}
		})
	}
}
