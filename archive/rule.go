package archive

// A scoresheet's recommendation rule, as it states it: the labels its Kit
// sheet lists (the default rule's when it lists none, as every sheet did
// before teams could set their own) and the thresholds its Summary's
// formulas read. The archive keeps the rule with the kit, so its report
// recommends by the rule the interviewers saw, whatever the team's rule is
// today.

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// checkRule reads a scoresheet's rule, with a problem for each part that
// is not one. Thresholds the Summary does not hold are the default rule's.
func checkRule(s *scoresheet.Completed, ps *problems) kit.Rule {
	r := kit.DefaultRule()
	if s.RecommendationLabels != "" {
		parts := strings.Split(s.RecommendationLabels, ";")
		if len(parts) != 5 {
			ps.add(scoresheet.KitSheet, "", "%s %q lists %d labels, not 5", strings.ToLower(scoresheet.LabelRecommendations),
				clip(s.RecommendationLabels), len(parts))
			return r
		}
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		r.Labels = kit.RecommendationLabels{StrongNo: parts[0], No: parts[1], Yes: parts[2], StrongYes: parts[3], NoDecision: parts[4]}
	}
	for i, dst := range []*float64{&r.StrongYesAt, &r.YesAt, &r.NoAt, &r.MinScoredShare} {
		c := s.Thresholds[i]
		if c.Ref == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(c.Text), 64)
		if c.Kind != scoresheet.CellNumber || err != nil {
			ps.add(scoresheet.SummarySheet, c.Ref, "threshold %q is not a number", clip(c.Typed()))
			continue
		}
		*dst = v
	}
	for _, p := range (kit.Policy{Rule: r}).WithDefaults().Check() {
		if strings.HasPrefix(p.Setting, "recommendation") {
			ps.add(scoresheet.SummarySheet, "", "the recommendation rule: %s", p)
		}
	}
	return r
}

// ruleText is a rule as the archive stores it: "" for the default rule,
// else its JSON.
func ruleText(r kit.Rule) string {
	if r == kit.DefaultRule() {
		return ""
	}
	data, err := json.Marshal(r)
	if err != nil {
		return "" // a rule is numbers and text; it always encodes
	}
	return string(data)
}

// parseRule reads what ruleText stored.
func parseRule(s string) (kit.Rule, error) {
	if s == "" {
		return kit.DefaultRule(), nil
	}
	var r kit.Rule
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return kit.Rule{}, fmt.Errorf("a kit's stored rule: %w", err)
	}
	return r, nil
}
