package archive

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// sr is a score row for report tests: value 1-4, 0 for N/A, -1 for blank.
func sr(kitID string, round int, who, q string, value int) scoreRow {
	r := scoreRow{kitID: kitID, candidate: "Candidate " + kitID, date: "2026-01-0" + kitID[len(kitID)-1:],
		round: round, sheet: fmt.Sprintf("Round %d", round), interviewer: who, recommendation: kit.Yes,
		question: q, area: "area-" + q[:2], weight: 1}
	switch {
	case value > 0:
		r.status, r.value = StatusScored, value
	case value == 0:
		r.status = StatusNA
	default:
		r.status = StatusBlank
	}
	return r
}

// reportRows: Bo is lenient, Chidi harsh, on the same questions and kits.
var reportRows = []scoreRow{
	sr("K1", 1, "Bo", "q1", 4), sr("K1", 1, "Bo", "q2", 4),
	sr("K1", 2, "Chidi", "q3", 2), sr("K1", 2, "Chidi", "q4", 2),
	sr("K2", 1, "Chidi", "q1", 2), sr("K2", 1, "Chidi", "q2", 3),
	sr("K2", 2, "bo", "q3", 3), sr("K2", 2, "bo", "q4", 0), sr("K2", 2, "bo", "q9", -1),
	sr("K3", 1, "Dana", "q5", 4), sr("K3", 1, "Dana", "q6", 1), sr("K3", 1, "Dana", "q7", 0),
	sr("K4", 1, "Dana", "q5", 4), sr("K4", 1, "Dana", "q6", 1), sr("K4", 1, "Dana", "q7", 0),
	sr("K5", 1, "Dana", "q5", 3), sr("K5", 1, "Dana", "q6", 2), sr("K5", 1, "Dana", "q7", 0),
	sr("K6", 1, "", "q8", 2), sr("K6", 2, "", "q12", 3),
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestReportCalibratesInterviewersAgainstThePanel(t *testing.T) {
	rep := &Report{}
	rep.interviewers(reportRows)
	by := map[string]InterviewerStats{}
	for _, i := range rep.Interviewers {
		by[i.Name] = i
	}
	bo, chidi := by["Bo"], by["Chidi"]
	// Bo scored 4, 4 (K1) and 3 (K2, typed "bo": the same person).
	if bo.N != 3 || bo.Kits != 2 || bo.Rounds != 2 || !near(bo.Mean, 11.0/3) || !near(bo.SD, math.Sqrt(1.0/3)) {
		t.Errorf("Bo: %+v", bo)
	}
	// Against Chidi on the same questions: q1 4-2, q2 4-3, q3 3-2.
	if bo.VsQuestionN != 3 || !near(bo.VsQuestion, 4.0/3) || chidi.VsQuestionN != 3 || !near(chidi.VsQuestion, -4.0/3) {
		t.Errorf("vs question: Bo %+.3f (%d), Chidi %+.3f (%d)", bo.VsQuestion, bo.VsQuestionN, chidi.VsQuestion, chidi.VsQuestionN)
	}
	// Same kits: K1 Bo 4 vs Chidi 2; K2 Bo 3 vs Chidi 2.5.
	if bo.VsPanelKits != 2 || !near(bo.VsPanel, 1.25) || !near(chidi.VsPanel, -1.25) {
		t.Errorf("vs panel: Bo %+.3f (%d), Chidi %+.3f", bo.VsPanel, bo.VsPanelKits, chidi.VsPanel)
	}
	if dana := by["Dana"]; dana.VsQuestionN != 0 || dana.VsPanelKits != 0 || dana.N != 6 {
		t.Errorf("Dana has nobody to compare with: %+v", dana)
	}
	// Two rounds that name nobody: listed together, never calibrated,
	// though they are two people on one kit.
	if nobody := by[""]; nobody.N != 2 || nobody.Rounds != 2 || nobody.VsPanelKits != 0 || nobody.VsQuestionN != 0 {
		t.Errorf("rounds naming nobody: %+v", nobody)
	}
}

func TestReportFlagsQuestions(t *testing.T) {
	rep := &Report{}
	rep.questions(reportRows)
	by := map[string]QuestionStats{}
	for _, q := range rep.Questions {
		by[q.ID] = q
	}
	if q := by["q1"]; q.N != 2 || q.Asked != 2 || !near(q.Mean, 3) || !near(q.SD, math.Sqrt2) || q.Flag != "" {
		t.Errorf("q1: %+v", q)
	}
	if q := by["q5"]; q.N != 3 || !near(q.Mean, 11.0/3) || q.Flag != FlagAced {
		t.Errorf("q5 (everyone aces it): %+v", q)
	}
	if q := by["q6"]; q.Flag != FlagFailed {
		t.Errorf("q6 (everyone fails it): %+v", q)
	}
	if q := by["q7"]; q.NA != 3 || q.N != 0 || q.Flag != FlagNeverRun {
		t.Errorf("q7 (always N/A): %+v", q)
	}
	if q := by["q9"]; q.Blank != 1 || q.N != 0 || q.Flag != "" {
		t.Errorf("q9 (blank): %+v", q)
	}
}

func TestReportListsIncompleteScoresheets(t *testing.T) {
	rows := slices.Clone(reportRows)
	rows[0].recommendation = ""
	rows[1].recommendation = ""
	rep := &Report{}
	if err := rep.candidates(rows); err != nil {
		t.Fatal(err)
	}
	if len(rep.Candidates) != 6 {
		t.Fatalf("%d candidates", len(rep.Candidates))
	}
	k1 := rep.Candidates[0]
	want := kit.Summarize(kit.DefaultPolicy(), []kit.Score{{Weight: 1, Value: 4}, {Weight: 1, Value: 4}, {Weight: 1, Value: 2}, {Weight: 1, Value: 2}})
	if k1.KitID != "K1" || k1.Overall != want.Overall || k1.Recommendation != want.Recommendation || k1.Scored != 4 {
		t.Errorf("K1: %+v, want %+v", k1, want)
	}
	if len(rep.Incomplete) != 2 {
		t.Fatalf("incomplete: %+v", rep.Incomplete)
	}
	if i := rep.Incomplete[0]; i.KitID != "K1" || len(i.Rounds) != 1 || !i.Rounds[0].NoRecommendation || len(i.Rounds[0].Unscored) != 0 {
		t.Errorf("K1 lacks round 1's recommendation: %+v", i)
	}
	if i := rep.Incomplete[1]; i.KitID != "K2" || len(i.Rounds) != 1 || !slices.Equal(i.Rounds[0].Unscored, []string{"q9"}) || i.Rounds[0].Questions != 3 {
		t.Errorf("K2 has q9 blank: %+v", i)
	}
}

// TestReportReadsTheArchive runs the report over collected files, current
// versions only.
func TestReportReadsTheArchive(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		a := archiveOf(t, b, [2]string{"Ana López", "2026-01-10"}, [2]string{"Bo Berg", "2026-01-11"}, [2]string{"Cy Dunn", "2026-01-12"})
		bank := testkit.Bank(t).Title
		asked := askedQuestion(t, a)
		rep, err := a.Report(context.Background(), []BankQuestions{{Title: bank, IDs: []string{asked, "never-asked-id"}},
			{Title: "Another role", IDs: []string{"other-q"}}})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Kits != 3 || rep.Rounds != 4 || len(rep.Candidates) != 3 || !slices.Equal(rep.NeverAsked, []string{"never-asked-id"}) {
			t.Errorf("report: %d kits, %d rounds, %d candidates, never asked %v", rep.Kits, rep.Rounds, len(rep.Candidates), rep.NeverAsked)
		}
		// The kits' bank only: a bank at hand that no kit came from is
		// not judged.
		if len(rep.Banks) != 1 || rep.Banks[0].Title != bank || rep.Banks[0].Kits != 3 || !rep.Banks[0].AtHand ||
			rep.Banks[0].Questions != 2 || !slices.Equal(rep.Banks[0].NeverAsked, []string{"never-asked-id"}) {
			t.Errorf("banks: %+v", rep.Banks)
		}
		// fullFill scores all but one question a round: 12 questions, 4 N/A.
		if rep.Scores != 8 || len(rep.Incomplete) != 0 {
			t.Errorf("%d scores, %d incomplete", rep.Scores, len(rep.Incomplete))
		}
	})
}

// TestReportOneInterviewerWhateverTheSpelling is the interviewer rule in
// the report, from a collected loop scoresheet: rounds by "Ana López",
// "ana lopez" and "Ana  Lopez" are one interviewer with three rounds, as
// kit.SummarizeLoop and the loop Summary say.
func TestReportOneInterviewerWhateverTheSpelling(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		k := newKit(t, "Kim Park", "2026-03-03", 4, 31)
		fill := fullFill(k, 0)
		names := scoresheet.RoundSheetNames(k)
		for i, who := range []string{"Ana López", "ana lopez", "Ana  Lopez", "Bo Svensson"} {
			s := fill[names[i]]
			s.Interviewer = ptr(who)
			fill[names[i]] = s
		}
		a := openTest(t, b)
		res := collectAll(t, a, writeFile(t, t.TempDir(), "loop.xlsx", fillWithExcelize(t, blankSheet(t, k), fill)))
		if res[0].Err != nil {
			t.Fatalf("collect: %v %v", res[0].Err, res[0].Problems)
		}
		rep, err := a.Report(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, iv := range rep.Interviewers {
			got = append(got, fmt.Sprintf("%s: %d rounds", iv.Name, iv.Rounds))
		}
		if want := []string{"Ana López: 3 rounds", "Bo Svensson: 1 rounds"}; !slices.Equal(got, want) {
			t.Errorf("interviewers %q, want %q", got, want)
		}
		var rounds []kit.RoundScores
		for i := range k.Rounds {
			rounds = append(rounds, kit.RoundScores{Interviewer: *fill[names[i]].Interviewer})
		}
		if n := len(kit.SummarizeLoop(kit.DefaultPolicy(), rounds).Interviewers); n != len(rep.Interviewers) {
			t.Errorf("kit.SummarizeLoop sees %d interviewers, the report %d", n, len(rep.Interviewers))
		}
	})
}

// askedQuestion is a question some archived kit asked.
func askedQuestion(t *testing.T, a *Archive) string {
	t.Helper()
	rep, err := a.Report(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Questions) == 0 {
		t.Fatal("no question asked")
	}
	return rep.Questions[0].ID
}

// TestReportRecommendsByEachKitsRule collects a kit whose team set its own
// rule and labels: the interviewer's call in the team's words is taken,
// and the report recommends by that kit's rule.
func TestReportRecommendsByEachKitsRule(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		k := newKit(t, "Ana López", "2026-01-10", 1, 5)
		k.Policy, k.Retention = testkit.TeamPolicy(), ""
		k.Finish()
		sheet := scoresheet.RoundSheetNames(k)[0]
		fill := fullFill(k, 0) // every question 1-4 but one N/A, the call from the kit's labels
		a := openTest(t, b)
		res := collectAll(t, a, writeFile(t, t.TempDir(), "team.xlsx", fillWithExcelize(t, blankSheet(t, k), fill)))
		if res[0].Err != nil {
			t.Fatalf("collect: %v %v", res[0].Err, res[0].Problems)
		}
		rep, err := a.Report(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		var scores []kit.Score
		for _, r := range k.Rounds {
			for _, q := range r.Questions {
				v, _ := fill[sheet].Scores[q.ID].(int)
				scores = append(scores, kit.Score{QuestionID: q.ID, Area: r.AreaOf(q).ID, Weight: q.ScoreWeight(), Value: v})
			}
		}
		want := kit.Summarize(k.Policy, scores)
		if c := rep.Candidates[0]; c.Recommendation != want.Recommendation || !slices.Contains(k.Policy.Rule.Labels.List(), c.Recommendation) {
			t.Errorf("recommendation %q, want %q by the team's rule", c.Recommendation, want.Recommendation)
		}
		// The charts count the round's call under the team's label, and
		// name the team's labels.
		d, err := a.Distributions(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		labels := k.Policy.Rule.Labels.List()
		wantCounts := make([]int, len(labels))
		wantCounts[slices.Index(labels, *fill[sheet].Recommendation)]++
		if !slices.Equal(d.Labels, labels) || len(d.Rounds) != 1 || !slices.Equal(d.Rounds[0].Counts, wantCounts) || d.Rounds[0].None != 0 {
			t.Errorf("charts: labels %q, rounds %+v; want %q, counts %v", d.Labels, d.Rounds, labels, wantCounts)
		}
		// A call outside the kit's labels is refused, naming them.
		fill[sheet] = sheetFill{Recommendation: ptr("Strong yes"), Scores: fill[sheet].Scores}
		res = collectAll(t, a, writeFile(t, t.TempDir(), "team2.xlsx", fillWithExcelize(t, blankSheet(t, k), fill)))
		if res[0].Status != Rejected || len(res[0].Problems) != 1 ||
			!strings.Contains(res[0].Problems[0].Message, `"Strong yes" is not one of Strong no hire, No hire, Hire, Strong hire or Undecided`) {
			t.Errorf("a default label in a team's kit: %+v %v", res[0].Problems, res[0].Err)
		}
	})
}
