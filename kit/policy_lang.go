package kit

// This file holds the policy's defaults in the language of printed labels:
// the names of the rating scale and of the recommendations a team has not
// named itself. The words come from the message catalogue (kit/catalog).

import "github.com/interviewkit/interviewkit/kit/catalog"

// LanguageRatings are the default names of the scores 1 to 4 in a
// language of LabelLanguages: DefaultRatings in English.
func LanguageRatings(lang string) Ratings {
	return catalog.For(lang).Ratings()
}

// LanguageLabels are the default recommendation labels in a language of
// LabelLanguages: DefaultRule's in English.
func LanguageLabels(lang string) RecommendationLabels {
	l := catalog.For(lang).Recommendations()
	return RecommendationLabels{StrongNo: l[0], No: l[1], Yes: l[2], StrongYes: l[3], NoDecision: l[4]}
}

// InLanguage returns p with every rating and recommendation label that
// named does not report as set (by its setting's name: "ratings",
// "recommendation.labels.yes") in the defaults of p's language. The team's
// own names win over the language's.
func (p Policy) InLanguage(named func(setting string) bool) Policy {
	if !named("ratings") {
		p.Ratings = LanguageRatings(p.Language)
	}
	d := LanguageLabels(p.Language)
	for _, l := range []struct {
		setting  string
		dst, def *string
	}{
		{"recommendation.labels.strong_no", &p.Rule.Labels.StrongNo, &d.StrongNo},
		{"recommendation.labels.no", &p.Rule.Labels.No, &d.No},
		{"recommendation.labels.yes", &p.Rule.Labels.Yes, &d.Yes},
		{"recommendation.labels.strong_yes", &p.Rule.Labels.StrongYes, &d.StrongYes},
		{"recommendation.labels.no_decision", &p.Rule.Labels.NoDecision, &d.NoDecision},
	} {
		if !named(l.setting) {
			*l.dst = *l.def
		}
	}
	return p
}
