package layouts_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// reportContent is a report of a small archive: a lenient interviewer, one
// with three scores, rounds naming nobody, questions aced, failed and
// spread, and gaps.
func reportContent(questions int) layouts.ReportContent {
	c := layouts.ReportContent{
		Bank: "Django developer bank", AsOf: time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC),
		Kits: 10, Rounds: 46, Scores: 151, PanelMean: 2.71, NeverAsked: 120,
		Interviewers: []layouts.CalibrationLine{
			{Name: "Ana López", Scores: 48, Mean: 3.21, SD: 0.71, Vs: 0.52, VsScores: 31, Lean: "more lenient than colleagues"},
			{Name: "Bo Chen", Scores: 40, Mean: 2.45, SD: 0.93, Vs: -0.08, VsScores: 22, Lean: "in line with colleagues"},
			{Name: "Cy Diaz", Scores: 3, Mean: 3.67, SD: 0.58, Vs: 1.1, VsScores: 3, Lean: "too few scores to tell", TooFew: true},
			{Name: "", Scores: 12, Mean: 2.1, SD: 1.2, Lean: "no colleague scored the same questions"},
		},
		Calls: append(append([]string(nil), kit.DefaultRule().Labels.List()...), "Not given"),
		ByRound: []layouts.RoundCalls{
			{Title: "Python screen", Counts: []int{1, 2, 5, 1, 0, 1}},
			{Title: "Django core", Counts: []int{0, 3, 4, 2, 1, 0}},
			{Title: "Behavioural", Counts: []int{0, 0, 1, 0, 0, 0}},
		},
		Incomplete: []layouts.GapLine{
			{Date: "2026-03-16", Candidate: "Zoë O'Brien", KitID: "8YA3-217Z", Round: "Advanced Django", Interviewer: "", Missing: "2 of 5 unscored; no recommendation"},
		},
	}
	notes := []string{"everyone aces it", "everyone fails it", "tells candidates apart", "scores bunch together"}
	counts := [][4]int{{0, 0, 2, 9}, {7, 3, 0, 0}, {3, 2, 3, 4}, {0, 3, 4, 0}}
	c.FewScores, c.FewBelow = []string{"py-gil (2 scores)", "orm-n-plus-one (1 score)"}, 3
	for i := range questions {
		c.Questions = append(c.Questions, layouts.SpreadLine{ID: fmt.Sprintf("orm-question-%02d", i+1), Area: "Models and ORM",
			Counts: counts[i%4], Mean: 2.5, SD: 1, Note: notes[i%4]})
	}
	return c
}

func TestReportIsReproducible(t *testing.T) {
	var a, b bytes.Buffer
	if err := layouts.WriteReport(&a, reportContent(12), layouts.ReportOptions{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	if err := layouts.WriteReport(&b, reportContent(12), layouts.ReportOptions{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same report twice gave different bytes")
	}
	if out := os.Getenv("REPORT_OUT"); out != "" {
		if err := os.WriteFile(out, a.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReportRefusesWhatItCannotPrintOrHasNothingToShow(t *testing.T) {
	c := reportContent(2)
	c.Interviewers[0].Name = "Ana 🙂"
	if err := layouts.WriteReport(&bytes.Buffer{}, c, layouts.ReportOptions{}); !errors.Is(err, layouts.ErrUnprintable) {
		t.Errorf("got %v, want the name refused", err)
	}
	if err := layouts.WriteReport(&bytes.Buffer{}, layouts.ReportContent{}, layouts.ReportOptions{}); err == nil {
		t.Error("an empty archive's report was drawn")
	}
}

// TestReportReadsBack reads the report as a person's tools do: every
// interviewer with their numbers and lean in words, every question with
// its counts, the calls per round, the gaps; a long list runs on pages
// with its header repeated, and nothing leaves the margins.
func TestReportReadsBack(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "qpdf", "pdffonts")
	for _, paper := range []layouts.Paper{layouts.A4, layouts.Letter} {
		var buf bytes.Buffer
		if err := layouts.WriteReport(&buf, reportContent(60), layouts.ReportOptions{Paper: paper}); err != nil {
			t.Fatal(err)
		}
		path := pdfFile(t, buf.Bytes())
		checkQPDF(t, path)
		checkFonts(t, path)
		checkMargins(t, path, paper)
		pages := pageTexts(t, path)
		text := flatText(strings.Join(pages, " "))
		for _, want := range []string{
			"10 kits, 46 rounds, 151 scores · interviews to Tuesday 17 March 2026",
			"PANEL MEAN 2.71 of 4 INTERVIEWERS 4 QUESTIONS ASKED 62 NEVER ASKED 120 of the bank INCOMPLETE 1 round",
			"the panel's mean (2.71 of 4)",
			"Ana López 48 scores, mean 3.21, SD 0.71",
			"+0.52 over 31 scores: more lenient than colleagues",
			"+1.10 over 3 scores: too few scores to tell",
			"Rounds naming nobody",
			"orm-question-01 Models and ORM 0 0 2 9 11 2.50 everyone aces it",
			"orm-question-60",
			"How each question's scores spread (continued)",
			"Too few scores to tell 2 questions Scored fewer than 3 times each, so their spread says nothing yet: py-gil (2 scores) · orm-n-plus-one (1 score)",
			"Python screen 1 2 5 1 1 10",
			"Zoë O'Brien 8YA3-217Z Advanced Django not named 2 of 5 unscored; no recommendation",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the report lacks %q", paper.Name, want)
			}
		}
		checkPageNumbers(t, path, pages)
	}
}
