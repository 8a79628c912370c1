package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/internal/testkit"
)

// benchScanStack generates three loops under dir, prints their packets,
// marks every row and scans every page at 200 dpi into one PDF. It returns
// the kits folder, the PDF and its number of pages.
func benchScanStack(b *testing.B, dir string) (string, string, int) {
	testkit.NeedTools(b, "apt-get install poppler-utils", "pdftoppm")
	out := filepath.Join(dir, "out")
	var sheets []synth.Sheet
	for i, who := range []string{"Ada Bench", "Ben Bench", "Cal Bench"} {
		code, so, se := runScanCmd("loop", "--candidate", who, "--level", "senior", "--date", "2026-03-03", "--out", filepath.Join(out, who))
		if code != 0 {
			b.Fatalf("loop: %s%s", so, se)
		}
		pk := printKit(b, onlyDir(b, filepath.Join(out, who)), 200)
		for r := range pk.templates {
			pages, _ := pk.markRound(r+1, nil, form4, uint64(100*i+r))
			sheets = append(sheets, scanSheets(b, pk.templates[r], pages, 200, -1, uint64(100*i+r))...)
		}
	}
	stack := filepath.Join(dir, "stack.pdf")
	packStack(b, stack, sheets)
	return out, stack, len(sheets)
}

// BenchmarkScanCommand times `interviewkit scan` end to end on a 200 dpi
// scanned PDF of real packets: intake, reading every page on every core,
// each kit's folder and scoresheet, and archiving every round into a new
// SQLite archive with its pages. It reports pages a minute.
func BenchmarkScanCommand(b *testing.B) {
	// The stack is made once, in the parent's folder, which the testing
	// package removes when the sub-benchmark, run as often as it needs, is
	// done.
	out, stack, pages := benchScanStack(b, b.TempDir())
	b.Run("200dpi", func(b *testing.B) {
		start := time.Now()
		for i := 0; i < b.N; i++ {
			db := filepath.Join(b.TempDir(), "archive.db")
			if code, so, se := runScanCmd("scan", "--kits", out, "--archive", db, stack); code != 0 {
				b.Fatalf("scan exited %d:\n%s%s", code, so, se)
			}
		}
		elapsed := time.Since(start)
		b.ReportMetric(float64(pages*b.N)/elapsed.Minutes(), "pages/min")
		b.ReportMetric(float64(pages), "pages/op")
	})
}
