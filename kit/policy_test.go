package kit_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// teamPolicy is a team's own policy, every part different from the
// default.
var teamPolicy = testkit.TeamPolicy

func TestRecommendFollowsThePolicy(t *testing.T) {
	def, team := kit.DefaultPolicy(), teamPolicy()
	tests := []struct {
		p             kit.Policy
		average       float64
		scored, total int
		want          string
	}{
		{def, 3.5, 4, 4, "Strong yes"},
		{def, 3.49, 4, 4, "Yes"},
		{def, 2.75, 4, 4, "Yes"},
		{def, 2.0, 4, 4, "No"},
		{def, 1.99, 4, 4, "Strong no"},
		{def, 4, 2, 4, "Strong yes"}, // half scored: a decision
		{def, 4, 2, 5, "No decision"},
		{def, 4, 0, 0, "No decision"},
		{team, 3.5, 4, 4, "Hire"},
		{team, 3.6, 4, 4, "Strong hire"},
		{team, 2.9, 4, 4, "No hire"},
		{team, 2.2, 4, 4, "Strong no hire"},
		{team, 4, 5, 10, "Undecided"}, // half is not the team's 60%
		{team, 4, 6, 10, "Strong hire"},
		{kit.Policy{}, 3.5, 1, 1, "Strong yes"}, // zero parts are the default's
	}
	for _, tt := range tests {
		if got := kit.Recommend(tt.p, tt.average, tt.scored, tt.total); got != tt.want {
			t.Errorf("%s: Recommend(%v, %d of %d) = %q, want %q", tt.p.Rule.Labels.Yes, tt.average, tt.scored, tt.total, got, tt.want)
		}
	}
}

func TestRecommendationRuleSaysThePolicysRule(t *testing.T) {
	tests := []struct {
		p    kit.Policy
		want string
	}{
		{kit.DefaultPolicy(), "Strong yes from 3.5, Yes from 2.75, No from 2, Strong no below; No decision when fewer than 50% of questions are scored."},
		{teamPolicy(), "Strong hire from 3.6, Hire from 3, No hire from 2.25, Strong no hire below; Undecided when fewer than 60% of questions are scored."},
	}
	for _, tt := range tests {
		if got := kit.RecommendationRule(tt.p); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func TestRetentionTextCountsMonths(t *testing.T) {
	for months, want := range map[int]string{
		0:  "Keep for 12 months after the hiring decision, then delete",
		1:  "Keep for 1 month after the hiring decision, then delete",
		24: "Keep for 24 months after the hiring decision, then delete",
	} {
		if got := (kit.Policy{RetentionMonths: months}).RetentionText(); got != want {
			t.Errorf("%d months: %q, want %q", months, got, want)
		}
	}
	if kit.DefaultRetention != "Keep for 12 months after the hiring decision, then delete" {
		t.Errorf("DefaultRetention = %q", kit.DefaultRetention)
	}
}

func TestPolicyCheckNamesEverySettingThatIsWrong(t *testing.T) {
	good := teamPolicy()
	if ps := good.Check(); len(ps) != 0 {
		t.Fatalf("a good policy has problems: %v", ps)
	}
	if ps := kit.DefaultPolicy().Check(); len(ps) != 0 {
		t.Fatalf("the default policy has problems: %v", ps)
	}
	tests := []struct {
		name    string
		change  func(p *kit.Policy)
		setting string
		msg     string
	}{
		{"retention", func(p *kit.Policy) { p.RetentionMonths = 0 }, "retention_months", "out of range"},
		{"threshold off the scale", func(p *kit.Policy) { p.Rule.StrongYesAt = 4.5 }, "recommendation.strong_yes_at", "1-4 scale"},
		{"thresholds out of order", func(p *kit.Policy) { p.Rule.YesAt = 2 }, "recommendation", "must rise"},
		{"share", func(p *kit.Policy) { p.Rule.MinScoredShare = 50 }, "recommendation.min_scored_share", "share above 0"},
		{"empty label", func(p *kit.Policy) { p.Rule.Labels.Yes = " " }, "recommendation.labels.yes", "empty"},
		{"same labels", func(p *kit.Policy) { p.Rule.Labels.Yes = "strong HIRE" }, "recommendation.labels.strong_yes", ""},
		{"long label", func(p *kit.Policy) { p.Rule.Labels.No = strings.Repeat("n", 25) }, "recommendation.labels.no", "keep it to 24"},
		{"comma", func(p *kit.Policy) { p.Rule.Labels.No = "No, thanks" }, "recommendation.labels.no", "commas"},
		{"N/A", func(p *kit.Policy) { p.Ratings[0] = "n/a" }, "ratings.1", "N/A"},
		{"line break", func(p *kit.Policy) { p.Ratings[3] = "Raises\nthe bar" }, "ratings.4", "line break"},
		{"start", func(p *kit.Policy) { p.Start = 25 * time.Hour }, "loop.start", "time of day"},
		{"break order", func(p *kit.Policy) {
			p.Breaks = append(p.Breaks, kit.Break{Title: "Coffee", At: 10 * time.Hour, Minutes: 15})
		}, "loop.breaks.2.at", "order of their times"},
		{"break length", func(p *kit.Policy) { p.Breaks[0].Minutes = 2 }, "loop.breaks.1.minutes", "5 to 180"},
		{"break title", func(p *kit.Policy) { p.Breaks[0].Title = "" }, "loop.breaks.1.title", "needs a title"},
		{"language", func(p *kit.Policy) { p.Language = "deu" }, "language", `"deu" is not a language interviewkit prints in (did you mean "de"?); valid languages: en, de`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := teamPolicy()
			p.Breaks = append([]kit.Break(nil), p.Breaks...)
			tt.change(&p)
			ps := p.Check()
			for _, pr := range ps {
				if pr.Setting == tt.setting && strings.Contains(pr.Msg, tt.msg) {
					return
				}
			}
			t.Errorf("no problem on %s saying %q; got %v", tt.setting, tt.msg, ps)
		})
	}
}

func TestPolicyJSONRoundTrips(t *testing.T) {
	for _, p := range []kit.Policy{kit.DefaultPolicy(), teamPolicy()} {
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back kit.Policy
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		if !reflect.DeepEqual(p, back) {
			t.Errorf("%s\nread back as %+v", data, back)
		}
	}
	data, _ := json.Marshal(teamPolicy())
	if !strings.Contains(string(data), `"start":"09:30"`) || !strings.Contains(string(data), `"at":"12:00"`) {
		t.Errorf("times of day are not written HH:MM: %s", data)
	}
}

// dayOf is a kit of rounds of these minutes under a policy, laid out in
// the day as "09:00-10:00 R1, 10:00-10:45 Lunch, ...".
func dayOf(p kit.Policy, minutes ...int) string {
	k := &kit.Kit{Policy: p}
	for i, m := range minutes {
		k.Rounds = append(k.Rounds, kit.Round{Title: fmt.Sprintf("R%d", i+1), Selection: kit.Selection{Plan: kit.TimePlan{Total: m}}})
	}
	k.Finish()
	breaks := k.Breaks(k.Policy.Start)
	var parts []string
	for i, s := range k.Schedule(k.Policy.Start) {
		parts = append(parts, kit.Clock(s.Start)+"-"+kit.Clock(s.End)+" "+k.Rounds[i].Title)
		for _, b := range breaks {
			if b.After == i {
				parts = append(parts, kit.Clock(b.Start)+"-"+kit.Clock(b.End)+" "+b.Title)
			}
		}
	}
	return strings.Join(parts, ", ")
}

func TestScheduleTakesBreaksAtTheNearestRoundEnd(t *testing.T) {
	lunch := func(at string, minutes int) kit.Break {
		d, _ := kit.ParseClock(at)
		return kit.Break{Title: "Lunch", At: d, Minutes: minutes}
	}
	start := func(at string) time.Duration { d, _ := kit.ParseClock(at); return d }
	tests := []struct {
		name    string
		p       kit.Policy
		minutes []int
		want    string
	}{
		{"no breaks", kit.Policy{}, []int{60, 45}, "09:00-10:00 R1, 10:00-10:45 R2"},
		{"lunch at a round end", kit.Policy{Breaks: []kit.Break{lunch("12:00", 45)}}, []int{60, 60, 60, 60},
			"09:00-10:00 R1, 10:00-11:00 R2, 11:00-12:00 R3, 12:00-12:45 Lunch, 12:45-13:45 R4"},
		{"nearest end, earlier on a tie", kit.Policy{Breaks: []kit.Break{lunch("12:00", 60)}}, []int{90, 90, 60, 60},
			"09:00-10:30 R1, 10:30-12:00 R2, 12:00-13:00 Lunch, 13:00-14:00 R3, 14:00-15:00 R4"},
		{"a tie between two ends", kit.Policy{Breaks: []kit.Break{lunch("12:00", 30)}}, []int{150, 60, 60},
			"09:00-11:30 R1, 11:30-12:00 Lunch, 12:00-13:00 R2, 13:00-14:00 R3"},
		{"a morning loop keeps lunch for later", kit.Policy{Breaks: []kit.Break{lunch("12:30", 45)}}, []int{60, 60},
			"09:00-10:00 R1, 10:00-11:00 R2"},
		{"an afternoon loop has had lunch", kit.Policy{Start: start("13:30"), Breaks: []kit.Break{lunch("12:30", 45)}}, []int{60, 60},
			"13:30-14:30 R1, 14:30-15:30 R2"},
		{"two breaks", kit.Policy{Breaks: []kit.Break{{Title: "Coffee", At: start("10:30"), Minutes: 15}, lunch("12:30", 60)}},
			[]int{60, 60, 60, 60, 60},
			"09:00-10:00 R1, 10:00-10:15 Coffee, 10:15-11:15 R2, 11:15-12:15 R3, 12:15-13:15 Lunch, 13:15-14:15 R4, 14:15-15:15 R5"},
		{"one round, no break", kit.Policy{Breaks: []kit.Break{lunch("10:00", 30)}}, []int{120}, "09:00-11:00 R1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dayOf(tt.p, tt.minutes...); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
