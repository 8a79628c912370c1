package testkit

import (
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

// TeamPolicy is a team's own policy, every part different from
// kit.DefaultPolicy: two years' retention, a stricter rule with the team's
// labels, its own names for the scores, a 09:30 start and lunch at noon.
func TeamPolicy() kit.Policy {
	return kit.Policy{
		RetentionMonths: 24,
		Rule: kit.Rule{StrongYesAt: 3.6, YesAt: 3, NoAt: 2.25, MinScoredShare: 0.6,
			Labels: kit.RecommendationLabels{StrongNo: "Strong no hire", No: "No hire", Yes: "Hire",
				StrongYes: "Strong hire", NoDecision: "Undecided"}},
		Ratings:  kit.Ratings{"Not shown", "Some", "Meets the bar", "Raises the bar"},
		Start:    9*time.Hour + 30*time.Minute,
		Breaks:   []kit.Break{{Title: "Lunch", At: 12 * time.Hour, Minutes: 45}},
		Language: kit.DefaultLanguage,
	}
}
