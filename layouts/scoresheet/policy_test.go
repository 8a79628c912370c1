package scoresheet_test

// A team's policy in the scoresheet: the Summary's formulas recommend by
// the kit's thresholds with the kit's labels, the interviewer's dropdown
// offers those labels, the Score column names the kit's ratings, and the
// Kit sheet records labels that are not the default's so a reader knows
// them.

import (
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"slices"
	"strings"
	"testing"
)

// teamKit is loopKit under a team's policy, keeping its records 6 months
// and naming score 4 with an acronym.
func teamKit() *kit.Kit {
	k := loopKit()
	k.Policy, k.Retention = testkit.TeamPolicy(), ""
	k.Policy.RetentionMonths, k.Policy.Ratings[3] = 6, "SRE ready"
	k.Finish()
	return k
}

func TestScoresheetFormulasFollowTheKitsPolicy(t *testing.T) {
	k := teamKit()
	sheet := writeScoresheet(t, k)
	for _, tt := range fillings {
		t.Run(tt.name, func(t *testing.T) {
			f := openScoresheet(t, fill(t, sheet, k, tt.fill))
			// checkSummary compares with kit.Summarize under k.Policy.
			checkSummary(t, calcGrid(t, f, scoresheet.SummarySheet), k, tt.fill)
		})
	}
}

func TestScoresheetShowsTheKitsPolicy(t *testing.T) {
	k := teamKit()
	f := openScoresheet(t, writeScoresheet(t, k))
	value := func(sheet, label string) string {
		t.Helper()
		v, err := f.GetCellValue(sheet, findLabel(t, f, sheet, label))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	labels := scoresheet.ThresholdLabels(k.Policy.Rule.Labels)
	for i, want := range []string{"3.60", "3.00", "2.25"} { // as formatted
		if got := value(scoresheet.SummarySheet, labels[i]); got != want {
			t.Errorf("Summary %q = %q, want %q", labels[i], got, want)
		}
	}
	if got := value(scoresheet.KitSheet, scoresheet.LabelRecommendations); got != "Strong no hire; No hire; Hire; Strong hire; Undecided" {
		t.Errorf("Kit sheet %q = %q", scoresheet.LabelRecommendations, got)
	}
	if got := value(scoresheet.KitSheet, scoresheet.LabelRetention); got != "Keep for 6 months after the hiring decision, then delete" {
		t.Errorf("retention %q", got)
	}
	if got := value(scoresheet.SummarySheet, scoresheet.LabelRule); !strings.Contains(got, kit.RecommendationRule(k.Policy)) {
		t.Errorf("rule %q does not state %q", got, kit.RecommendationRule(k.Policy))
	}
	round := scoresheet.RoundSheetNames(k)[0]
	if got := value(round, scoresheet.LabelScoring); !strings.HasPrefix(got, "1 not shown · 2 some · 3 meets the bar · 4 SRE ready · N/A") {
		t.Errorf("scoring hint %q", got)
	}
	dvs, err := f.GetDataValidations(round)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, dv := range dvs {
		if strings.Contains(dv.Formula1, "Strong hire") {
			found = true
			for _, old := range []string{"Strong yes", "No decision"} {
				if strings.Contains(dv.Formula1, old) {
					t.Errorf("the interviewer's dropdown still offers %q: %s", old, dv.Formula1)
				}
			}
		}
	}
	if !found {
		t.Errorf("no dropdown offers the team's labels: %+v", dvs)
	}
}

func TestScoresheetOfTheDefaultPolicyRecordsNoLabels(t *testing.T) {
	f := openScoresheet(t, writeScoresheet(t, loopKit()))
	rows, err := f.GetRows(scoresheet.KitSheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if slices.Contains(row, scoresheet.LabelRecommendations) {
			t.Errorf("a default kit's sheet lists its labels: %q", row)
		}
	}
}
