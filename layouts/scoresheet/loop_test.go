package scoresheet_test

// Tests of a loop's Summary: results by interviewer and the spread between
// interviewers, computed by excelize and by LibreOffice, against
// kit.SummarizeLoop.

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// fourRoundKit is a loop of four rounds of three questions, each round over
// three of the four areas. Its interviewers are "+1 555 0100" (rounds 1 and
// 4), "-Bob & Co" and nobody (round 3).
func fourRoundKit() *kit.Kit {
	qs := twelveQuestions()
	var rounds [][]*kit.Question
	for i := range 4 {
		rounds = append(rounds, []*kit.Question{qs[i], qs[i+4], qs[i+8]})
	}
	return syntheticKit(rounds...)
}

// A loopFilling is scores per round and, where not nil, the name typed in
// a round's Interviewer cell.
type loopFilling struct {
	name   string
	scores filling
	names  []*string
}

func name(s string) *string { return &s }

var loopFillings = []loopFilling{
	{name: "as printed, far apart", scores: filling{
		{4, 4, 4},
		{1, 1, 2},
		{3, kit.ScoreNA, 2},
		{4, nil, 3},
	}},
	{name: "nothing scored", scores: filling{
		{nil, nil, nil}, {nil, nil, nil}, {kit.ScoreNA, nil, nil}, {nil, nil, nil},
	}},
	{name: "names typed in after printing", scores: filling{
		{4, 3, 4},
		{2, 2, 1},
		{1, 4, 2},
		{3, 3, 3},
	}, names: []*string{nil, nil, name("  -BOB & co "), name("Dana")}},
	{name: "one interviewer for all", scores: filling{
		{4, 3, 4}, {1, 1, 1}, {2, 4, 2}, {3, 3, 3},
	}, names: []*string{name("Ana"), name("ana"), name("ANA"), name("Ana")}},
	{name: "all agree", scores: filling{
		{3, 3, 3}, {3, "3", 3}, {3, 3, kit.ScoreNA}, {3, nil, 3},
	}},
	{name: "every round its own, some unscored", scores: filling{
		{4, nil, 4}, {"1", 2, kit.ScoreNA}, {nil, nil, 3}, {1, 1, "three"},
	}, names: []*string{name(""), name("Bo"), name("Cy"), name("Di")}},
}

// fillLoop types a loop filling into a scoresheet.
func fillLoop(t testing.TB, sheet []byte, k *kit.Kit, fl loopFilling) []byte {
	t.Helper()
	sheet = fill(t, sheet, k, fl.scores)
	if fl.names == nil {
		return sheet
	}
	f := openScoresheet(t, sheet)
	for i, sh := range scoresheet.RoundSheetNames(k) {
		if fl.names[i] == nil {
			continue
		}
		if err := f.SetCellStr(sh, findLabel(t, f, sh, scoresheet.LabelInterviewer), *fl.names[i]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// expectedLoop is what kit.SummarizeLoop makes of a loop filling.
func expectedLoop(k *kit.Kit, fl loopFilling) kit.LoopSummary {
	var rounds []kit.RoundScores
	for i := range k.Rounds {
		r := &k.Rounds[i]
		rs := kit.RoundScores{Interviewer: r.Interviewer}
		if fl.names != nil && fl.names[i] != nil {
			rs.Interviewer = *fl.names[i]
		}
		for j, q := range r.Questions {
			rs.Scores = append(rs.Scores, kit.Score{QuestionID: q.ID, Area: r.AreaOf(q).ID,
				Weight: q.ScoreWeight(), Value: scoreValue(fl.scores[i][j])})
		}
		rounds = append(rounds, rs)
	}
	return kit.SummarizeLoop(k.Policy, rounds)
}

// shownAs is how the Summary names an interviewer: as typed, or "Not named
// (<sheet>)" for a round naming nobody.
func shownAs(k *kit.Kit, iv kit.InterviewerSummary) string {
	if strings.TrimSpace(iv.Name) == "" {
		return scoresheet.NotNamedPrefix + " (" + scoresheet.RoundSheetNames(k)[iv.Rounds[0]] + ")"
	}
	return iv.Name
}

// checkLoopSummary compares a computed loop Summary with kit.SummarizeLoop.
func checkLoopSummary(t *testing.T, g grid, k *kit.Kit, fl loopFilling) {
	t.Helper()
	want := expectedLoop(k, fl)
	checkNumber(t, "Overall", g.label(t, scoresheet.LabelOverall), want.Overall, want.Scored > 0)
	if got := g.label(t, scoresheet.LabelRecommendation); got != want.Recommendation {
		t.Errorf("Recommendation = %q, want %q", got, want.Recommendation)
	}
	byRound := g.table(t, scoresheet.SummaryRoundsTable)
	for i, row := range byRound {
		checkNumber(t, fmt.Sprintf("round %d average", i+1), row["Average"], want.Rounds[i].Overall, want.Rounds[i].Scored > 0)
	}
	byArea := g.table(t, scoresheet.SummaryAreasTable)
	for _, row := range byArea {
		avg, ok := want.AreaAverages[row[scoresheet.ColumnAreaID]]
		checkNumber(t, "area "+row[scoresheet.ColumnAreaID], row["Average"], avg, ok)
	}

	ivs := g.table(t, scoresheet.SummaryInterviewersTable)
	if len(ivs) != len(want.Interviewers) {
		t.Fatalf("%d interviewers, want %d: %v", len(ivs), len(want.Interviewers), ivs)
	}
	names := make([]string, len(ivs))
	for j, row := range ivs {
		w := want.Interviewers[j]
		names[j] = shownAs(k, w)
		what := "interviewer " + names[j]
		if row[scoresheet.LabelInterviewer] != names[j] {
			t.Errorf("interviewer %d = %q, want %q", j+1, row[scoresheet.LabelInterviewer], names[j])
		}
		checkNumber(t, what+" rounds", row["Rounds"], float64(len(w.Rounds)), true)
		checkNumber(t, what+" questions", row[scoresheet.LabelQuestions], float64(w.Scored+w.Unscored), true)
		checkNumber(t, what+" scored", row[scoresheet.LabelScored], float64(w.Scored), true)
		checkNumber(t, what+" unscored", row[scoresheet.LabelUnscored], float64(w.Unscored), true)
		checkNumber(t, what+" average", row["Average"], w.Overall, w.Scored > 0)
		if row[scoresheet.LabelRecommendation] != w.Recommendation {
			t.Errorf("%s: recommendation %q, want %q", what, row[scoresheet.LabelRecommendation], w.Recommendation)
		}
		for _, a := range byArea {
			id := a[scoresheet.ColumnAreaID]
			avg, ok := w.AreaAverages[id]
			checkNumber(t, what+" in "+id, row[scoresheet.ColumnAverageIn+id], avg, ok)
		}
	}

	checkSpreads(t, g, want, names, len(byArea))
}

// checkSpreads compares the computed spread table with kit.SummarizeLoop's;
// names are the interviewers as the Summary shows them.
func checkSpreads(t *testing.T, g grid, want kit.LoopSummary, names []string, areas int) {
	t.Helper()
	spreads := g.table(t, scoresheet.SummarySpreadTable)
	if len(spreads) != areas {
		t.Errorf("%d rows of spread, want one per area (%d)", len(spreads), areas)
	}
	if got := g.label(t, scoresheet.LabelSpreadAt); got != "2" {
		t.Errorf("%s = %q, want 2", scoresheet.LabelSpreadAt, got)
	}
	for _, row := range spreads {
		id := row[scoresheet.ColumnAreaID]
		w, _ := want.Spread(id)
		checkNumber(t, id+" interviewers", row["Interviewers"], float64(w.Interviewers), true)
		checkNumber(t, id+" lowest", row["Lowest"], w.Lowest, w.Interviewers > 0)
		checkNumber(t, id+" highest", row["Highest"], w.Highest, w.Interviewers > 0)
		checkNumber(t, id+" spread", row["Spread"], w.Spread, w.Interviewers > 1)
		flag := ""
		if w.Flagged {
			flag = scoresheet.SpreadFlagText
		}
		if row["Flag"] != flag {
			t.Errorf("%s: flag %q, want %q (spread %v)", id, row["Flag"], flag, w.Spread)
		}
		by := ""
		if w.Interviewers > 1 {
			first := func(v float64) string {
				for j, iv := range want.Interviewers {
					if avg, ok := iv.AreaAverages[id]; ok && avg == v {
						return names[j]
					}
				}
				return "?"
			}
			by = first(w.Lowest) + " / " + first(w.Highest)
			if w.Spread == 0 {
				by = scoresheet.SpreadSameText
			}
		}
		if row["Lowest / highest by"] != by {
			t.Errorf("%s: lowest / highest by %q, want %q", id, row["Lowest / highest by"], by)
		}
	}
}

// TestLoopFillingsMeanSomething makes sure the fillings exercise what the
// Summary must get right: a flagged area, an unflagged spread, merged and
// split interviewers, an unnamed round.
func TestLoopFillingsMeanSomething(t *testing.T) {
	k := fourRoundKit()
	var flagged, unflagged, same, merged, unnamed bool
	for _, fl := range loopFillings {
		s := expectedLoop(k, fl)
		for _, sp := range s.Spreads {
			flagged = flagged || sp.Flagged
			unflagged = unflagged || (sp.Interviewers > 1 && !sp.Flagged && sp.Spread > 0)
			same = same || (sp.Interviewers > 1 && sp.Spread == 0)
		}
		for _, iv := range s.Interviewers {
			merged = merged || len(iv.Rounds) > 1
			unnamed = unnamed || iv.Name == ""
		}
	}
	if !flagged || !unflagged || !same || !merged || !unnamed {
		t.Errorf("fillings lack a case: flagged %v, unflagged %v, same %v, merged %v, unnamed %v", flagged, unflagged, same, merged, unnamed)
	}
}

func TestLoopSummaryMatchesSummarizeLoopInExcelize(t *testing.T) {
	k := fourRoundKit()
	sheet := writeScoresheet(t, k)
	for _, fl := range loopFillings {
		t.Run(fl.name, func(t *testing.T) {
			f := openScoresheet(t, fillLoop(t, sheet, k, fl))
			checkLoopSummary(t, calcGrid(t, f, scoresheet.SummarySheet), k, fl)
		})
	}
}

// TestLoopSummaryMatchesSummarizeLoopInLibreOffice recalculates every
// filling in one LibreOffice run.
func TestLoopSummaryMatchesSummarizeLoopInLibreOffice(t *testing.T) {
	t.Parallel()
	testkit.NeedLibreOffice(t)
	k := fourRoundKit()
	sheet := writeScoresheet(t, k)
	var books [][]byte
	for _, fl := range loopFillings {
		books = append(books, fillLoop(t, sheet, k, fl))
	}
	values := testkit.Recalc(t, xlsxValues, books...)
	for i, fl := range loopFillings {
		t.Run(fl.name, func(t *testing.T) {
			checkLoopSummary(t, values[i][scoresheet.SummarySheet], k, fl)
		})
	}
}

// TestLoopSummaryOneInterviewerWhateverTheSpelling is the interviewer rule
// in the loop Summary, recalculated: rounds naming "Ana López", "ana
// lopez" and "Ana  Lopez" are one interviewer, as kit.SummarizeLoop says,
// in excelize and in LibreOffice.
func TestLoopSummaryOneInterviewerWhateverTheSpelling(t *testing.T) {
	k := fourRoundKit()
	fl := loopFilling{name: "one Ana", scores: filling{
		{4, 3, 4}, {2, 2, 1}, {3, kit.ScoreNA, 4}, {1, 2, 2},
	}, names: []*string{name("Ana López"), name("ana lopez"), name("Ana  Lopez"), name("Bo Svensson")}}
	if want := expectedLoop(k, fl); len(want.Interviewers) != 2 || len(want.Interviewers[0].Rounds) != 3 {
		t.Fatalf("kit.SummarizeLoop sees %d interviewers: %+v", len(want.Interviewers), want.Interviewers)
	}
	filled := fillLoop(t, writeScoresheet(t, k), k, fl)
	check := func(t *testing.T, g grid) {
		checkLoopSummary(t, g, k, fl)
		ivs := g.table(t, scoresheet.SummaryInterviewersTable)
		if len(ivs) != 2 || ivs[0][scoresheet.LabelInterviewer] != "Ana López" || ivs[0]["Rounds"] != "3" {
			t.Errorf("interviewers %v; want Ana López with 3 rounds, then Bo Svensson", ivs)
		}
	}
	t.Run("excelize", func(t *testing.T) {
		check(t, calcGrid(t, openScoresheet(t, filled), scoresheet.SummarySheet))
	})
	t.Run("LibreOffice", func(t *testing.T) {
		t.Parallel()
		check(t, testkit.Recalc(t, xlsxValues, filled)[0][scoresheet.SummarySheet])
	})
}

// TestLoopSummaryTwelveRounds checks the largest loop: twelve rounds, a
// nested formula twelve deep, helper columns past Z.
func TestLoopSummaryTwelveRounds(t *testing.T) {
	qs := twelveQuestions()
	var rounds [][]*kit.Question
	fl := loopFilling{name: "twelve"}
	for i := range 12 {
		rounds = append(rounds, []*kit.Question{qs[i], qs[(i+5)%12]})
		fl.scores = append(fl.scores, []any{1 + i%4, 1 + (i*7)%4})
		fl.names = append(fl.names, name(fmt.Sprintf("Person %d", i%5)))
	}
	k := syntheticKit(rounds...)
	f := openScoresheet(t, fillLoop(t, writeScoresheet(t, k), k, fl))
	g := calcGrid(t, f, scoresheet.SummarySheet)
	checkLoopSummary(t, g, k, fl)
	if n := len(g.table(t, scoresheet.SummaryInterviewersTable)); n != 5 {
		t.Errorf("%d interviewers, want 5", n)
	}
}

// TestOneRoundSummaryHasNoLoopTables keeps a single round's Summary as it
// was: no interviewers or spread tables.
func TestOneRoundSummaryHasNoLoopTables(t *testing.T) {
	k := syntheticKit(twelveQuestions())
	f := openScoresheet(t, writeScoresheet(t, k))
	rows, err := f.GetRows(scoresheet.SummarySheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if slices.Contains(row, scoresheet.SummaryInterviewersTable) || slices.Contains(row, scoresheet.SummarySpreadTable) {
			t.Fatalf("a one-round Summary has a loop table: %v", row)
		}
	}
}
