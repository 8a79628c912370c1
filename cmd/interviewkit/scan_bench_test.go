package main

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/internal/testkit"
)

// benchPaper is the benchmark's input, made once: kit folders and a
// 200 dpi scanned PDF of their packets, every row marked once.
var benchPaper struct {
	once       sync.Once
	out, stack string
	pages      int
}

// benchScanStack generates three loops, prints their packets, marks every
// row and scans every page at 200 dpi into one PDF.
func benchScanStack(b *testing.B) (string, string, int) {
	testkit.NeedTools(b, "apt-get install poppler-utils", "pdftoppm")
	benchPaper.once.Do(func() {
		dir, err := os.MkdirTemp("", "scan-bench")
		if err != nil {
			b.Fatal(err)
		}
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
		benchPaper.out, benchPaper.stack, benchPaper.pages = out, filepath.Join(dir, "stack.pdf"), len(sheets)
		packStack(b, benchPaper.stack, sheets)
	})
	return benchPaper.out, benchPaper.stack, benchPaper.pages
}

// BenchmarkScanCommand times `interviewkit scan` end to end on a 200 dpi
// scanned PDF of real packets: intake, reading every page on every core,
// each kit's folder and scoresheet, and archiving every round into a new
// SQLite archive with its pages. It reports pages a minute.
func BenchmarkScanCommand(b *testing.B) {
	out, stack, pages := benchScanStack(b)
	b.ResetTimer()
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
}
