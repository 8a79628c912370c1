package kit

// This file holds a team's policy: how long a kit's records are kept, the
// recommendation rule with its thresholds and labels, the names of the
// rating scale, when a loop's day starts and where its breaks fall, and the
// language of printed labels. A Policy is data on the Kit (and recorded in
// a loop's manifest), so the packet, the overview, the scoresheet's
// formulas and the archive read it from the kit they are given, never from
// constants; DefaultPolicy reproduces what every kit printed before a team
// could change it. The printed sentences built here (RetentionText,
// RecommendationRule) and the default names of ratings and
// recommendations come from the message catalogue (kit/catalog) in the
// policy's language; a team's own names win over them.

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/kit/catalog"
)

// Policy is the team's rules a kit is printed and scored by. The zero value
// of each part means that part of DefaultPolicy (Kit.Finish fills it in).
type Policy struct {
	// RetentionMonths is how long after the hiring decision the kit's
	// records are kept.
	RetentionMonths int     `json:"retention_months"`
	Rule            Rule    `json:"recommendation"`
	Ratings         Ratings `json:"ratings"`
	// Start is the clock time a loop's first round starts, from midnight.
	Start time.Duration `json:"-"`
	// Breaks are taken between a loop's rounds, in the order of their
	// times (Kit.Breaks).
	Breaks []Break `json:"breaks,omitempty"`
	// Language is the language of printed labels, one of LabelLanguages.
	Language string `json:"language"`
}

// Rule is the recommendation rule: thresholds on the weighted average of
// scored questions (1-4), the share of questions that must be scored before
// any recommendation is made, and the labels of the recommendations.
type Rule struct {
	StrongYesAt    float64              `json:"strong_yes_at"`
	YesAt          float64              `json:"yes_at"`
	NoAt           float64              `json:"no_at"`
	MinScoredShare float64              `json:"min_scored_share"`
	Labels         RecommendationLabels `json:"labels"`
}

// RecommendationLabels name the recommendations, as forms offer them.
type RecommendationLabels struct {
	StrongNo   string `json:"strong_no"`
	No         string `json:"no"`
	Yes        string `json:"yes"`
	StrongYes  string `json:"strong_yes"`
	NoDecision string `json:"no_decision"`
}

// List is the labels in the order a form offers them: from worst to best,
// then the undecided one.
func (l RecommendationLabels) List() []string {
	return []string{l.StrongNo, l.No, l.Yes, l.StrongYes, l.NoDecision}
}

// Ratings name the scores 1 to 4, index 0 for score 1.
type Ratings [4]string

// Break is a pause in a loop's day, such as lunch.
type Break struct {
	Title   string        `json:"title"`
	At      time.Duration `json:"-"` // the clock time it is due, from midnight
	Minutes int           `json:"minutes"`
}

// The default policy's values: what every kit printed before a team could
// set its own.
const (
	// StrongYesAt and the other thresholds apply to the weighted average of
	// scored questions (1-4).
	StrongYesAt = 3.5
	YesAt       = 2.75
	NoAt        = 2.0
	// MinScoredShare is the share of questions that must be scored before
	// any recommendation is made; below it the result is "No decision".
	MinScoredShare = 0.5
	// DefaultRetentionMonths is how long records are kept after the hiring
	// decision.
	DefaultRetentionMonths = 12
	// DefaultStart is the clock time a loop's first round starts at.
	DefaultStart = 9 * time.Hour
	// DefaultLanguage is the language of printed labels.
	DefaultLanguage = "en"
)

// The default recommendation labels, from worst to best, plus the undecided
// one.
const (
	StrongNo   = "Strong no"
	No         = "No"
	Yes        = "Yes"
	StrongYes  = "Strong yes"
	NoDecision = "No decision"
)

// DefaultRatings name the scores 1 to 4 unless a bank or a team says
// otherwise.
var DefaultRatings = Ratings{"No evidence", "Partial", "Solid", "Exceptional"}

// LabelLanguages are the languages printed labels can be in, those of the
// message catalogue (the languages of code listings are Languages).
var LabelLanguages = catalog.Languages

// Limits on a policy, so that its labels fit a tick box on paper and a
// spreadsheet's dropdown, and a day holds its breaks.
const (
	MaxRetentionMonths = 120
	MaxLabelLen        = 24 // runes in a recommendation or rating label
	MaxBreaks          = 4
	MinBreakMinutes    = 5
	MaxBreakMinutes    = 180
)

// DefaultRule is the recommendation rule unless a team sets its own.
func DefaultRule() Rule {
	return Rule{StrongYesAt: StrongYesAt, YesAt: YesAt, NoAt: NoAt, MinScoredShare: MinScoredShare,
		Labels: RecommendationLabels{StrongNo: StrongNo, No: No, Yes: Yes, StrongYes: StrongYes, NoDecision: NoDecision}}
}

// DefaultPolicy is the policy of a kit whose team sets none.
func DefaultPolicy() Policy {
	return Policy{RetentionMonths: DefaultRetentionMonths, Rule: DefaultRule(), Ratings: DefaultRatings,
		Start: DefaultStart, Language: DefaultLanguage}
}

// WithDefaults fills every zero part of p from DefaultPolicy.
func (p Policy) WithDefaults() Policy {
	d := DefaultPolicy()
	if p.RetentionMonths == 0 {
		p.RetentionMonths = d.RetentionMonths
	}
	if p.Rule.StrongYesAt == 0 && p.Rule.YesAt == 0 && p.Rule.NoAt == 0 && p.Rule.MinScoredShare == 0 {
		p.Rule.StrongYesAt, p.Rule.YesAt, p.Rule.NoAt, p.Rule.MinScoredShare = d.Rule.StrongYesAt, d.Rule.YesAt, d.Rule.NoAt, d.Rule.MinScoredShare
	}
	if p.Language == "" {
		p.Language = d.Language
	}
	if p.Rule.Labels == (RecommendationLabels{}) {
		p.Rule.Labels = LanguageLabels(p.Language)
	}
	if p.Ratings == (Ratings{}) {
		p.Ratings = LanguageRatings(p.Language)
	}
	if p.Start == 0 {
		p.Start = d.Start
	}
	return p
}

// RetentionText says how long the kit's records are kept, as a kit prints
// it in the policy's language: "Keep for 12 months after the hiring
// decision, then delete".
func (p Policy) RetentionText() string {
	m := p.RetentionMonths
	if m == 0 {
		m = DefaultRetentionMonths
	}
	return catalog.For(p.Language).Count(m, catalog.RetentionOne, catalog.RetentionMany)
}

// Recommend applies the policy's rule to a weighted average over scored
// questions: scored of total questions have a score.
func Recommend(p Policy, average float64, scored, total int) string {
	r := p.WithDefaults().Rule
	if scored == 0 || float64(scored) < r.MinScoredShare*float64(total) {
		return r.Labels.NoDecision
	}
	switch {
	case average >= r.StrongYesAt:
		return r.Labels.StrongYes
	case average >= r.YesAt:
		return r.Labels.Yes
	case average >= r.NoAt:
		return r.Labels.No
	}
	return r.Labels.StrongNo
}

// RecommendationRule says the policy's rule in words, in the policy's
// language, as every document prints it: "Strong yes from 3.5, Yes from
// 2.75, No from 2, Strong no below; No decision when fewer than 50% of
// questions are scored."
func RecommendationRule(p Policy) string {
	p = p.WithDefaults()
	r, w := p.Rule, catalog.For(p.Language)
	l := r.Labels
	return w.T(catalog.RuleSentence, l.StrongYes, w.Number(r.StrongYesAt), l.Yes, w.Number(r.YesAt), l.No, w.Number(r.NoAt),
		l.StrongNo, l.NoDecision, w.Number(math.Round(r.MinScoredShare*1000)/10))
}

// Number writes a threshold as people write it: the shortest decimal, "2"
// for 2.0, "2.75".
func Number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// PolicyProblem is one thing wrong with a policy: the setting concerned, by
// its name in a settings file ("recommendation.yes_at"), and what is wrong.
type PolicyProblem struct {
	Setting string
	Msg     string
}

func (p PolicyProblem) String() string { return p.Setting + ": " + p.Msg }

// Check lists everything wrong with a policy whose parts are all set (as
// WithDefaults leaves them): thresholds in order within 1-4, a share of
// questions in (0, 1], labels that fit a form and differ from each other,
// a start and breaks within the day.
func (p Policy) Check() []PolicyProblem {
	var out []PolicyProblem
	bad := func(setting, format string, args ...any) {
		out = append(out, PolicyProblem{setting, fmt.Sprintf(format, args...)})
	}
	if p.RetentionMonths < 1 || p.RetentionMonths > MaxRetentionMonths {
		bad("retention_months", "%d is out of range; records are kept 1 to %d months", p.RetentionMonths, MaxRetentionMonths)
	}
	r := p.Rule
	for _, t := range []struct {
		name string
		v    float64
	}{{"strong_yes_at", r.StrongYesAt}, {"yes_at", r.YesAt}, {"no_at", r.NoAt}} {
		if t.v < 1 || t.v > 4 || math.IsNaN(t.v) {
			bad("recommendation."+t.name, "%s is not on the 1-4 scale", Number(t.v))
		}
	}
	if !(r.NoAt < r.YesAt && r.YesAt < r.StrongYesAt) {
		bad("recommendation", "thresholds must rise: no_at %s < yes_at %s < strong_yes_at %s",
			Number(r.NoAt), Number(r.YesAt), Number(r.StrongYesAt))
	}
	if !(r.MinScoredShare > 0 && r.MinScoredShare <= 1) {
		bad("recommendation.min_scored_share", "%s is not a share above 0 and at most 1 (0.5 is half the questions)", Number(r.MinScoredShare))
	}
	names := []string{"strong_no", "no", "yes", "strong_yes", "no_decision"}
	checkLabels(bad, "recommendation.labels.", names, r.Labels.List())
	checkLabels(bad, "ratings.", []string{"1", "2", "3", "4"}, p.Ratings[:])
	if p.Start < 0 || p.Start >= 24*time.Hour {
		bad("loop.start", "%s is not a time of day", Clock(p.Start))
	}
	if len(p.Breaks) > MaxBreaks {
		bad("loop.breaks", "%d breaks; a day takes at most %d", len(p.Breaks), MaxBreaks)
	}
	for i, b := range p.Breaks {
		at := fmt.Sprintf("loop.breaks.%d", i+1)
		if t, err := CleanTitle(b.Title); err != nil {
			bad(at+".title", "title %s", nameReason(err))
		} else if t == "" {
			bad(at+".title", "a break needs a title, e.g. Lunch")
		}
		if b.At < 0 || b.At >= 24*time.Hour {
			bad(at+".at", "%s is not a time of day", Clock(b.At))
		}
		if i > 0 && b.At <= p.Breaks[i-1].At {
			bad(at+".at", "breaks are listed in the order of their times; %s comes after %s", Clock(p.Breaks[i-1].At), Clock(b.At))
		}
		if b.Minutes < MinBreakMinutes || b.Minutes > MaxBreakMinutes {
			bad(at+".minutes", "%d minutes is out of range; a break lasts %d to %d minutes", b.Minutes, MinBreakMinutes, MaxBreakMinutes)
		}
	}
	if !slices.Contains(LabelLanguages, p.Language) {
		bad("language", "%q is not a language interviewkit prints in%s; valid languages: %s", p.Language,
			didYouMean(p.Language, LabelLanguages), strings.Join(LabelLanguages, ", "))
	}
	return out
}

// checkLabels checks a set of labels: each a short line, no two the same
// ignoring case, and none holding what a spreadsheet's list of choices
// separates them with.
func checkLabels(bad func(string, string, ...any), prefix string, names, labels []string) {
	seen := map[string]string{}
	for i, l := range labels {
		at := prefix + names[i]
		clean, err := CleanTitle(l)
		switch {
		case err != nil:
			bad(at, "label %s", nameReason(err))
			continue
		case strings.TrimSpace(clean) == "":
			bad(at, "label is empty")
			continue
		case utf8.RuneCountInString(clean) > MaxLabelLen:
			bad(at, "label %q is %d characters; keep it to %d so it fits a tick box and a dropdown", clean, utf8.RuneCountInString(clean), MaxLabelLen)
		case strings.ContainsAny(clean, ",;\""):
			bad(at, "label %q holds a comma, semicolon or double quote; spreadsheets list choices with commas and semicolons", clean)
		case strings.EqualFold(strings.TrimSpace(clean), ScoreNA):
			bad(at, "label %q is the score %s", clean, ScoreNA)
		}
		key := strings.ToLower(strings.TrimSpace(clean))
		if prev, dup := seen[key]; dup {
			bad(at, "label %q is also the label of %s%s; each needs its own", clean, prefix, prev)
		}
		seen[key] = names[i]
	}
}

// policyJSON is a Policy as JSON: times of day as "HH:MM".
type policyJSON struct {
	RetentionMonths int         `json:"retention_months"`
	Rule            Rule        `json:"recommendation"`
	Ratings         Ratings     `json:"ratings"`
	Start           string      `json:"start"`
	Breaks          []breakJSON `json:"breaks,omitempty"`
	Language        string      `json:"language"`
}

type breakJSON struct {
	Title   string `json:"title"`
	At      string `json:"at"`
	Minutes int    `json:"minutes"`
}

// MarshalJSON writes the policy with its times of day as "09:00".
func (p Policy) MarshalJSON() ([]byte, error) {
	j := policyJSON{RetentionMonths: p.RetentionMonths, Rule: p.Rule, Ratings: p.Ratings,
		Start: Clock(p.Start), Language: p.Language}
	for _, b := range p.Breaks {
		j.Breaks = append(j.Breaks, breakJSON{Title: b.Title, At: Clock(b.At), Minutes: b.Minutes})
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Policy) UnmarshalJSON(data []byte) error {
	var j policyJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	start, err := ParseClock(j.Start)
	if err != nil {
		return fmt.Errorf("policy start: %w", err)
	}
	*p = Policy{RetentionMonths: j.RetentionMonths, Rule: j.Rule, Ratings: j.Ratings, Start: start, Language: j.Language}
	for _, b := range j.Breaks {
		at, err := ParseClock(b.At)
		if err != nil {
			return fmt.Errorf("policy break %q: %w", b.Title, err)
		}
		p.Breaks = append(p.Breaks, Break{Title: b.Title, At: at, Minutes: b.Minutes})
	}
	return nil
}
