package settings

import (
	"fmt"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// Setting is one setting in effect, as `interviewkit config` shows it: its
// name in the settings file, its value in words and where it comes from.
type Setting struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	From  Source `json:"from"`
}

// policySettings are the policy's settings, by their names in the file,
// with how each is shown.
var policySettings = []struct {
	name string
	show func(kit.Policy) string
}{
	{"retention_months", func(p kit.Policy) string { return fmt.Sprint(p.RetentionMonths) }},
	{"recommendation.strong_yes_at", func(p kit.Policy) string { return kit.Number(p.Rule.StrongYesAt) }},
	{"recommendation.yes_at", func(p kit.Policy) string { return kit.Number(p.Rule.YesAt) }},
	{"recommendation.no_at", func(p kit.Policy) string { return kit.Number(p.Rule.NoAt) }},
	{"recommendation.min_scored_share", func(p kit.Policy) string { return kit.Number(p.Rule.MinScoredShare) }},
	{"recommendation.labels.strong_no", func(p kit.Policy) string { return p.Rule.Labels.StrongNo }},
	{"recommendation.labels.no", func(p kit.Policy) string { return p.Rule.Labels.No }},
	{"recommendation.labels.yes", func(p kit.Policy) string { return p.Rule.Labels.Yes }},
	{"recommendation.labels.strong_yes", func(p kit.Policy) string { return p.Rule.Labels.StrongYes }},
	{"recommendation.labels.no_decision", func(p kit.Policy) string { return p.Rule.Labels.NoDecision }},
	{"ratings", func(p kit.Policy) string { return strings.Join(p.Ratings[:], ", ") }},
	{"loop.start", func(p kit.Policy) string { return kit.Clock(p.Start) }},
	{"loop.breaks", showBreaks},
	{"language", func(p kit.Policy) string { return p.Language }},
}

// showBreaks is a day's breaks in words: "Lunch at 12:00 for 45 minutes".
func showBreaks(p kit.Policy) string {
	if len(p.Breaks) == 0 {
		return "none"
	}
	var parts []string
	for _, b := range p.Breaks {
		parts = append(parts, fmt.Sprintf("%s at %s for %d minutes", b.Title, kit.Clock(b.At), b.Minutes))
	}
	return strings.Join(parts, "; ")
}

// Policy is the policy in effect with bank b (nil when there is none): the
// file's values over the bank's defaults for its role (its rating names)
// over kit.DefaultPolicy, with each setting and where it comes from. The
// rating and recommendation names that neither file nor bank gives are
// the defaults of the policy's language.
func (s *Settings) Policy(b *kit.Bank) (kit.Policy, []Setting) {
	p := kit.DefaultPolicy()
	from := map[string]Source{}
	if b != nil && b.Ratings != (kit.Ratings{}) {
		p.Ratings = b.Ratings
		from["ratings"] = Source{Bank, b.RatingsAt}
	}
	if s.File != nil {
		p = s.File.Apply(p)
		for _, ps := range policySettings {
			if s.File.Has(ps.name) {
				from[ps.name] = s.fileAt(ps.name)
			}
		}
	}
	// Names neither the team nor the bank gives are the language's.
	p = p.InLanguage(func(setting string) bool { _, ok := from[setting]; return ok })
	out := make([]Setting, len(policySettings))
	for i, ps := range policySettings {
		out[i] = Setting{Name: ps.name, Value: ps.show(p), From: from[ps.name]}
	}
	return p, out
}
