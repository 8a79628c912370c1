package archive

import (
	"context"
	"slices"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

func TestLeanSaysSmallNumbersAreSmall(t *testing.T) {
	for _, tc := range []struct {
		vs   float64
		n    int
		want string
	}{
		{0, 0, LeanNobody},
		{1.5, 3, LeanTooFew}, // three scores far above colleagues: not "lenient"
		{-2, LeanMinScores - 1, LeanTooFew},
		{0.6, LeanMinScores, LeanLenient},
		{-0.25, 40, LeanHarsher},
		{0.24, 40, LeanInLine},
		{-0.1, 12, LeanInLine},
	} {
		s := InterviewerStats{VsQuestion: tc.vs, VsQuestionN: tc.n}
		if got := s.Lean(); got != tc.want {
			t.Errorf("%+.2f over %d scores: %q, want %q", tc.vs, tc.n, got, tc.want)
		}
	}
}

func TestSeparatesNeedsEnoughScores(t *testing.T) {
	for _, tc := range []struct {
		n    int
		sd   float64
		want bool
	}{{2, 2.1, false}, {FlagMinScores, 1.2, true}, {30, 0.5, false}, {30, SpreadAt, true}} {
		if got := (QuestionStats{Stats: Stats{N: tc.n, SD: tc.sd}}).Separates(); got != tc.want {
			t.Errorf("%d scores, SD %.1f: %v, want %v", tc.n, tc.sd, got, tc.want)
		}
	}
}

// TestDistributionsAgreeWithTheReport collects filled scoresheets: each
// question's counts of 1 to 4 give the report's count and mean, and the
// interviewers' calls are counted per round title, as typed.
func TestDistributionsAgreeWithTheReport(t *testing.T) {
	forEachBackend(t, testDistributionsAgreeWithTheReport)
}

func testDistributionsAgreeWithTheReport(t *testing.T, b backend) {
	people := [][2]string{{"Ana López", "2026-01-10"}, {"Bo Berg", "2026-01-11"}, {"Cy Dunn", "2026-01-12"}, {"Di Eng", "2026-01-13"}}
	a := archiveOf(t, b, people...)
	ctx := context.Background()
	rep, err := a.Report(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := a.Distributions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range rep.Questions {
		c := d.Scores[q.ID]
		n, sum := 0, 0
		for v, count := range c {
			n += count
			sum += (v + 1) * count
		}
		if n != q.N || (n > 0 && !near(float64(sum)/float64(n), q.Mean)) {
			t.Errorf("%s: counts %v, the report says %d scores, mean %.2f", q.ID, c, q.N, q.Mean)
		}
	}
	// archiveOf gives person i a kit of 1+i%2 rounds, filled by fullFill
	// with salt i: round r's call is the default rule's label (i+r)%4.
	want := map[string][]int{}
	for i := range people {
		for r := range 1 + i%2 {
			title := roundPlans[r].title
			if want[title] == nil {
				want[title] = make([]int, len(kit.DefaultRule().Labels.List()))
			}
			want[title][(i+r)%4]++
		}
	}
	var titles []string
	for _, m := range d.Rounds {
		titles = append(titles, m.Title)
		if !slices.Equal(m.Counts, want[m.Title]) || m.None != 0 || m.Total() != sum(want[m.Title]) {
			t.Errorf("%s: calls %v (%d none), want %v", m.Title, m.Counts, m.None, want[m.Title])
		}
	}
	if !slices.Equal(titles, []string{"Django core", "Advanced Django"}) {
		t.Errorf("round titles %q", titles)
	}
	if mean, ok := rep.PanelMean(); !ok || mean < 1 || mean > 4 {
		t.Errorf("panel mean %.2f, %v", mean, ok)
	}
}

// TestDistributionsCountRoundsWithNoCallYet: a round collected without the
// interviewer's recommendation counts as none, not as any call.
func TestDistributionsCountRoundsWithNoCallYet(t *testing.T) {
	forEachBackend(t, testDistributionsCountRoundsWithNoCallYet)
}

func testDistributionsCountRoundsWithNoCallYet(t *testing.T, b backend) {
	k := newKit(t, "Kim Park", "2026-03-03", 2, 31)
	fill := fullFill(k, 0)
	names := scoresheet.RoundSheetNames(k)
	s := fill[names[1]]
	s.Recommendation = ptr("")
	fill[names[1]] = s
	a := openTest(t, b)
	if res := collectAll(t, a, writeFile(t, t.TempDir(), "k.xlsx", fillWithExcelize(t, blankSheet(t, k), fill))); res[0].Err != nil {
		t.Fatal(res[0].Err)
	}
	d, err := a.Distributions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Rounds) != 2 || d.Rounds[1].None != 1 || sum(d.Rounds[1].Counts) != 0 || sum(d.Rounds[0].Counts) != 1 {
		t.Errorf("mix %+v", d.Rounds)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
