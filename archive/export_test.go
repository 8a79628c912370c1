package archive

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

func TestCSVSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{`=HYPERLINK("http://evil.example","click")`, `'=HYPERLINK("http://evil.example","click")`},
		{"+44 20 7946 0958", "'+44 20 7946 0958"},
		{"-fine answer", "'-fine answer"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a = b", "a = b"},
		{"3", "3"},
		{"", ""},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := CSVSafe(tt.in); got != tt.want {
			t.Errorf("CSVSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleCSVSafe() {
	fmt.Println(CSVSafe("=cmd|' /C calc'!A0"))
	fmt.Println(CSVSafe("solid answer"))
	// Output:
	// '=cmd|' /C calc'!A0
	// solid answer
}

// archiveOf collects a completed scoresheet per candidate (name, date)
// with notes chosen to look like formulas.
func archiveOf(t *testing.T, b backend, people ...[2]string) *Archive {
	t.Helper()
	dir := t.TempDir()
	a := openTest(t, b)
	for i, p := range people {
		k := newKit(t, p[0], p[1], 1+i%2, uint64(400+i))
		fill := fullFill(k, i)
		names := scoresheet.RoundSheetNames(k)
		qs := k.Rounds[0].Questions
		fill[names[0]].Notes[qs[0].ID] = "=HYPERLINK(\"http://evil.example\")"
		fill[names[0]].Notes[qs[1].ID] = "+1 strong"
		fill[names[0]].Notes[qs[2].ID] = "-weak on transactions"
		path := writeFile(t, dir, fmt.Sprintf("k%d.xlsx", i), fillWithExcelize(t, blankSheet(t, k), fill))
		if r := a.CollectFile(context.Background(), path); r.Err != nil {
			t.Fatalf("%s: %v %v", p[0], r.Err, r.Problems)
		}
	}
	return a
}

func TestExportCSVNeutralisesFormulas(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		a := archiveOf(t, b, [2]string{"=HYPERLINK(\"http://evil.example\",\"Ana\")", "2026-03-14"}, [2]string{"@Bo Svensson", "2026-03-15"})
		rows, err := a.Rows(context.Background(), Filter{History: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, rows, true); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(rows)+1 || !slices.Equal(recs[0], columns(true)) {
			t.Fatalf("%d records, header %v", len(recs), recs[0])
		}
		var neutralised int
		for _, rec := range recs[1:] {
			for _, cell := range rec {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("cell %q would be read as a formula", cell)
				}
				if strings.HasPrefix(cell, "'") {
					neutralised++
				}
			}
		}
		if neutralised == 0 {
			t.Error("no cell was neutralised; the test data has formulas")
		}
	})
}

func TestExportFindsCandidatesIgnoringCaseAndAccents(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		a := archiveOf(t, b,
			[2]string{"Ana López", "2026-01-10"},
			[2]string{"Joana Silva", "2026-02-10"},
			[2]string{"Łukasz Nowak", "2026-03-10"},
			[2]string{"ANDRÉ Müller", "2026-04-10"},
		)
		tests := []struct {
			filter Filter
			want   []string
		}{
			{Filter{Candidate: "lopez"}, []string{"Ana López"}},
			{Filter{Candidate: "LÓPEZ"}, []string{"Ana López"}},
			{Filter{Candidate: "ana"}, []string{"Ana López", "Joana Silva"}},
			{Filter{Candidate: "lukasz"}, []string{"Łukasz Nowak"}},
			{Filter{Candidate: "andre  muller"}, []string{"ANDRÉ Müller"}},
			{Filter{Candidate: "nobody"}, nil},
			{Filter{Since: "2026-03-10"}, []string{"Łukasz Nowak", "ANDRÉ Müller"}},
			{Filter{}, []string{"Ana López", "Joana Silva", "Łukasz Nowak", "ANDRÉ Müller"}},
		}
		all := tests[len(tests)-1].want
		for _, tt := range tests {
			rows, err := a.Rows(context.Background(), tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got := Candidates(rows); !slices.Equal(got, tt.want) {
				t.Errorf("%+v: %q, want %q", tt.filter, got, tt.want)
			}
			// The archive's search is kit.MatchesPerson, in SQL.
			if tt.filter.Candidate != "" {
				var matches []string
				for _, name := range all {
					if kit.MatchesPerson(name, tt.filter.Candidate) {
						matches = append(matches, name)
					}
				}
				if !slices.Equal(matches, tt.want) {
					t.Errorf("kit.MatchesPerson finds %q for %q; the archive %q", matches, tt.filter.Candidate, tt.want)
				}
			}
		}
	})
}

func TestExportXLSXKeepsTextAsText(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		a := archiveOf(t, b, [2]string{"=1+1", "2026-03-14"})
		rows, err := a.Rows(context.Background(), Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, rows, false); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		got, err := f.GetRows("Scores")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(rows)+1 || !slices.Equal(got[0], exportColumns) {
			t.Fatalf("%d rows, header %v", len(got), got[0])
		}
		for i, r := range rows {
			row := got[i+1]
			if row[2] != r.Candidate || row[9] != r.QuestionID || row[12] != r.Score || row[13] != r.Notes {
				t.Errorf("row %d: %v, want %+v", i+1, row, r)
			}
			for col := 1; col <= len(row); col++ {
				ref, _ := excelize.CoordinatesToCellName(col, i+2)
				if formula, _ := f.GetCellFormula("Scores", ref); formula != "" {
					t.Errorf("%s holds a formula: %s", ref, formula)
				}
			}
		}
		path := filepath.Join(t.TempDir(), "scores.xlsx")
		writeFile(t, filepath.Dir(path), "scores.xlsx", buf.Bytes())
	})
}
