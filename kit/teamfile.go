package kit

// This file reads a team's settings file: which bank the team uses, where
// its archive is, its paper, and its policy (Policy). It goes through the
// bank's decoder (decode.go), so it follows the same rules: every problem
// at once, each at its line; unknown keys named with the closest known
// one; wrong types at the value's line; no tabs, no anchors. The policy it
// gives is checked as Policy.Check checks any policy, located at the line
// of the setting concerned. Where the file is, and what a bank path or an
// archive address means, is the caller's business: kit opens nothing.

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// TeamFile is a team's settings file as written: the values it gives, each
// with its line (Line). A setting it leaves out is "" or nil here, and the
// caller takes it from elsewhere (the environment, the bank, the
// defaults).
type TeamFile struct {
	Name string // as named in messages
	// Bank names the team's bank: a name from Banks, a path, or whatever
	// the caller reserves (the built-in bank).
	Bank string
	// Banks are the team's named banks, in file order.
	Banks []NamedBank
	// Archive is the archive's path or address, as written.
	Archive string
	// Paper is the paper size, as written; the caller checks it.
	Paper string

	lines  map[string]int // each setting given, by name, with its line
	policy Policy         // the policy's values given; see Apply
}

// NamedBank is a bank the team names in its settings: banks: {sre: banks/sre}.
type NamedBank struct {
	Name, Path string
	Line       int
}

// teamKeys are the settings a team file may hold, at its top level.
var teamKeys = []string{"bank", "banks", "archive", "paper", "language", "retention_months", "recommendation", "ratings", "loop"}

// maxTeamFile bounds a settings file; settings are a screenful.
const maxTeamFile = 1 << 20

// ParseTeamFile reads a team's settings file, naming it name in messages:
//
//	bank: sre                        # a name from banks, or a path
//	banks: {sre: banks/sre}
//	archive: hr/archive.db
//	paper: letter
//	language: en
//	retention_months: 24
//	recommendation:                  # any of these; the rest stay the default's
//	  strong_yes_at: 3.6
//	  yes_at: 3
//	  no_at: 2.25
//	  min_scored_share: 0.6
//	  labels: {strong_no: Strong no hire, no: No hire, yes: Hire, strong_yes: Strong hire, no_decision: Undecided}
//	ratings: [Not shown, Some, Meets the bar, Raises the bar]
//	loop:
//	  start: "09:30"
//	  breaks:
//	    - {title: Lunch, at: "12:00", minutes: 45}
//
// A file with problems is a *BankError listing all of them. The policy it
// gives, over DefaultPolicy, must pass Policy.Check.
func ParseTeamFile(data []byte, name string) (*TeamFile, error) {
	p := &parser{bank: &Bank{}, noun: "settings"}
	f := &TeamFile{Name: name, lines: map[string]int{}}
	if len(data) > maxTeamFile {
		p.problem(name, 0, "", "file is larger than 1 MiB; not a settings file")
		return nil, &BankError{Problems: p.problems}
	}
	if doc := p.document(name, data); doc != nil {
		d := &decoder{p: p, file: name}
		f.decode(d, doc)
	}
	// The policy as given, checked: every problem, but none on a line
	// already reported as written wrongly, whose value is not read.
	reported := map[int]bool{}
	for _, pr := range p.problems {
		reported[pr.Line] = true
	}
	for _, pr := range f.Apply(DefaultPolicy()).InLanguage(f.Has).Check() {
		if line := f.Line(pr.Setting); !reported[line] {
			p.problem(name, line, "", "%s", pr)
		}
	}
	if len(p.problems) > 0 {
		slices.SortStableFunc(p.problems, func(a, b Problem) int { return a.Line - b.Line })
		return nil, &BankError{Problems: p.problems}
	}
	return f, nil
}

// Line is where the file gives a setting, or the nearest setting that
// holds it ("recommendation" for "recommendation.yes_at" given as a
// whole); 0 when it gives neither.
func (f *TeamFile) Line(setting string) int {
	for s := setting; s != ""; {
		if l, ok := f.lines[s]; ok {
			return l
		}
		i := strings.LastIndexByte(s, '.')
		if i < 0 {
			break
		}
		s = s[:i]
	}
	return 0
}

// Has reports whether the file gives the setting.
func (f *TeamFile) Has(setting string) bool {
	_, ok := f.lines[setting]
	return ok
}

// Apply returns p with every policy value the file gives in its place.
func (f *TeamFile) Apply(p Policy) Policy {
	g := f.policy
	set := func(setting string, apply func()) {
		if f.Has(setting) {
			apply()
		}
	}
	set("retention_months", func() { p.RetentionMonths = g.RetentionMonths })
	set("recommendation.strong_yes_at", func() { p.Rule.StrongYesAt = g.Rule.StrongYesAt })
	set("recommendation.yes_at", func() { p.Rule.YesAt = g.Rule.YesAt })
	set("recommendation.no_at", func() { p.Rule.NoAt = g.Rule.NoAt })
	set("recommendation.min_scored_share", func() { p.Rule.MinScoredShare = g.Rule.MinScoredShare })
	set("recommendation.labels.strong_no", func() { p.Rule.Labels.StrongNo = g.Rule.Labels.StrongNo })
	set("recommendation.labels.no", func() { p.Rule.Labels.No = g.Rule.Labels.No })
	set("recommendation.labels.yes", func() { p.Rule.Labels.Yes = g.Rule.Labels.Yes })
	set("recommendation.labels.strong_yes", func() { p.Rule.Labels.StrongYes = g.Rule.Labels.StrongYes })
	set("recommendation.labels.no_decision", func() { p.Rule.Labels.NoDecision = g.Rule.Labels.NoDecision })
	set("ratings", func() { p.Ratings = g.Ratings })
	set("loop.start", func() { p.Start = g.Start })
	set("loop.breaks", func() { p.Breaks = slices.Clone(g.Breaks) })
	set("language", func() { p.Language = g.Language })
	return p
}

// decode reads the file's settings.
func (f *TeamFile) decode(d *decoder, doc *yaml.Node) {
	m := d.mapping(doc, "the settings", teamKeys...)
	if m == nil {
		return
	}
	keys := map[*yaml.Node]int{} // value node -> line of its key
	var note func(n *yaml.Node)
	note = func(n *yaml.Node) {
		for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
			keys[n.Content[i+1]] = n.Content[i].Line
			note(n.Content[i+1])
		}
		for i := 0; n.Kind == yaml.SequenceNode && i < len(n.Content); i++ {
			note(n.Content[i])
		}
	}
	note(doc)
	given := func(setting string, n *yaml.Node) bool {
		if n == nil {
			return false
		}
		f.lines[setting] = keys[n]
		return true
	}
	for setting, dst := range map[string]*string{"bank": &f.Bank, "archive": &f.Archive, "paper": &f.Paper, "language": &f.policy.Language} {
		if given(setting, m[setting]) {
			*dst = d.text(m[setting], setting)
		}
	}
	if given("retention_months", m["retention_months"]) {
		f.policy.RetentionMonths = d.integer(m["retention_months"], "retention_months")
	}
	if n := m["banks"]; given("banks", n) {
		f.banks(d, n)
	}
	if n := m["recommendation"]; given("recommendation", n) {
		f.recommendation(d, n, given)
	}
	if n := m["ratings"]; given("ratings", n) {
		names := d.texts(n, "ratings")
		if len(names) != 4 {
			d.problem(n, "ratings name the scores 1 to 4: four names, e.g. [%s]; got %d", strings.Join(DefaultRatings[:], ", "), len(names))
		} else {
			copy(f.policy.Ratings[:], names)
		}
	}
	if n := m["loop"]; given("loop", n) {
		f.loop(d, n, given)
	}
}

func (f *TeamFile) banks(d *decoder, n *yaml.Node) {
	m := d.mapping(n, "banks", mappingKeys(n)...)
	for i := 0; m != nil && i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !kebab.MatchString(k.Value) {
			d.problem(k, "bank name %q must be kebab-case (lowercase letters, digits, dashes)", k.Value)
		}
		f.Banks = append(f.Banks, NamedBank{Name: k.Value, Path: d.text(v, "the path of bank "+k.Value), Line: k.Line})
	}
}

func (f *TeamFile) recommendation(d *decoder, n *yaml.Node, given func(string, *yaml.Node) bool) {
	m := d.mapping(n, "recommendation", "strong_yes_at", "yes_at", "no_at", "min_scored_share", "labels")
	if m == nil {
		return
	}
	r := &f.policy.Rule
	for key, dst := range map[string]*float64{"strong_yes_at": &r.StrongYesAt, "yes_at": &r.YesAt, "no_at": &r.NoAt, "min_scored_share": &r.MinScoredShare} {
		if given("recommendation."+key, m[key]) {
			*dst = d.number(m[key], key)
		}
	}
	if ln := m["labels"]; given("recommendation.labels", ln) {
		lm := d.mapping(ln, "recommendation labels", "strong_no", "no", "yes", "strong_yes", "no_decision")
		l := &r.Labels
		for key, dst := range map[string]*string{"strong_no": &l.StrongNo, "no": &l.No, "yes": &l.Yes, "strong_yes": &l.StrongYes, "no_decision": &l.NoDecision} {
			if lm != nil && given("recommendation.labels."+key, lm[key]) {
				*dst = d.text(lm[key], key+" label")
			}
		}
	}
}

func (f *TeamFile) loop(d *decoder, n *yaml.Node, given func(string, *yaml.Node) bool) {
	m := d.mapping(n, "loop", "start", "breaks")
	if m == nil {
		return
	}
	if given("loop.start", m["start"]) {
		f.policy.Start = d.clock(m["start"], "loop start")
	}
	if given("loop.breaks", m["breaks"]) {
		f.policy.Breaks = []Break{} // given, if empty: no breaks
		for i, item := range d.seq(m["breaks"], "loop breaks") {
			bm := d.mapping(item, "a break", "title", "at", "minutes")
			if bm == nil {
				continue
			}
			setting := fmt.Sprintf("loop.breaks.%d", i+1)
			f.lines[setting] = item.Line
			for _, key := range []string{"title", "at", "minutes"} {
				if !given(setting+"."+key, bm[key]) {
					d.problem(item, "a break needs %s, e.g. {title: Lunch, at: \"12:30\", minutes: 45}", key)
				}
			}
			f.policy.Breaks = append(f.policy.Breaks, Break{Title: d.text(bm["title"], "break title"),
				At: d.clock(bm["at"], "break time"), Minutes: d.integer(bm["minutes"], "break minutes")})
		}
	}
}

// clock reads a time of day written "HH:MM".
func (d *decoder) clock(n *yaml.Node, what string) time.Duration {
	s := d.text(n, what)
	if n == nil || s == "" {
		return 0
	}
	t, err := ParseClock(s)
	if err != nil {
		d.problem(n, "%s: %v", what, err)
	}
	return t
}

// mappingKeys are the keys of a mapping node, so any key is allowed.
func mappingKeys(n *yaml.Node) []string {
	var keys []string
	for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
		keys = append(keys, n.Content[i].Value)
	}
	return keys
}
