package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/xuri/excelize/v2"
)

func TestProgressShowsOnATerminalOnly(t *testing.T) {
	for _, terminal := range []bool{false, true} {
		var buf bytes.Buffer
		p := newProgressOn(&buf, terminal, 3, 0)
		for range 3 {
			p.add()
		}
		p.finish()
		switch got := buf.String(); {
		case !terminal && got != "":
			t.Errorf("not a terminal, yet the bar wrote %q", got)
		case terminal && (!strings.Contains(got, "\r") || !strings.Contains(got, "(2/3)")):
			t.Errorf("on a terminal the bar wrote %q, want counts redrawn in place", got)
		}
	}
}

// TestBatchReadsAWorkbook reads the timetable from a workbook's first
// sheet as a spreadsheet program saves it: dates and times stored as
// numbers, a bad row reported at its spreadsheet row.
func TestBatchReadsAWorkbook(t *testing.T) {
	f := excelize.NewFile()
	sheet := f.GetSheetName(0)
	rows := [][]any{
		{"Candidate", "Level", "Focus", "Date", "Start", "Interviewers"},
		{"Zoë O'Brien", "junior", "orm", 46097.0, 0.375, "Ana López;Bo Chen"},
		{},
		{"Kim Park", "lead-ish", "", 46097.0, 0.375, ""},
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "day.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	stdout, stderr := runCmd(t, 1, "batch", path, "--out", filepath.Join(dir, "out"))
	if want := path + `:4: unknown level "lead-ish"`; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks %q", stderr, want)
	}
	if want := "line 2  Zoë O'Brien  junior  2026-03-16 09:00–"; !strings.Contains(stdout, want) {
		t.Errorf("stdout %q lacks %q", stdout, want)
	}
}

// benchDay is a timetable of n candidates, ten a day at 09:00, each day's
// ten interviewers taking the rounds in turn, so nobody clashes.
func benchDay(n int) string {
	var b strings.Builder
	b.WriteString("candidate,level,focus,date,start,interviewers\n")
	levels := []string{"senior", "mid", "junior", "lead", "senior"}
	for i := range n {
		day := time.Date(2026, 3, 16+i/10, 0, 0, 0, 0, time.UTC)
		rounds := 5
		if levels[i/10] == "junior" {
			rounds = 4
		}
		var names []string
		for j := range rounds {
			names = append(names, fmt.Sprintf("Interviewer %d", (i+j)%10+1))
		}
		fmt.Fprintf(&b, "Candidate %d,%s,,%s,09:00,%s\n", i+1, levels[i/10], day.Format(time.DateOnly), strings.Join(names, ";"))
	}
	return b.String()
}

// BenchmarkBatch50 writes fifty candidates' loop folders and their days'
// print packs and overviews to disk, replacing the last run's, as `batch
// --force` does: the whole command but for loading the program.
func BenchmarkBatch50(b *testing.B) {
	testkit.Bank(b) // loaded once, as a process loads it once
	dir := b.TempDir()
	path := filepath.Join(dir, "day.csv")
	if err := os.WriteFile(path, []byte(benchDay(50)), 0o644); err != nil {
		b.Fatal(err)
	}
	args := []string{"interviewkit", "batch", path, "--out", filepath.Join(dir, "out"), "--force"}
	b.ReportAllocs()
	for b.Loop() {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			b.Fatalf("exit %d\n%s", code, stderr.String())
		}
	}
}
