package kit_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/kit"
)

// versionQuestions are two questions of the test taxonomy, as one person
// writes them.
const versionQuestions = `questions:
  - id: orm-a
    question: What does select_related do?
    stage: core
    areas: [orm]
    levels: [mid, senior]
    minutes: 5
    why: Reveals ORM knowledge.
    key_points: [a join, one query, foreign keys]
    follow_ups: [prefetch_related]
    red_flags: [No idea]
    rubric: {1: nothing, 2: some, 3: solid, 4: deep}
  - id: sec-a
    question: How does Django stop CSRF?
    stage: core
    areas: [security]
    levels: [mid]
    minutes: 6
    why: Reveals web security.
    key_points: [a token, the middleware, same-site cookies]
    follow_ups: [for an API]
    red_flags: [Turns it off]
    rubric: {1: nothing, 2: some, 3: solid, 4: deep}
`

// versionOf loads files as a bank and returns its version.
func versionOf(t *testing.T, files map[string]string) string {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	b, err := kit.Load(fsys, "v")
	if err != nil {
		t.Fatal(err)
	}
	return b.Version
}

func TestBankVersionIsWhatTheBankSaysNotHowItIsWritten(t *testing.T) {
	base := versionOf(t, map[string]string{"taxonomy.yaml": taxonomyYAML, "questions.yaml": versionQuestions})
	halves := strings.SplitAfter(versionQuestions, "rubric: {1: nothing, 2: some, 3: solid, 4: deep}\n")
	same := map[string]map[string]string{
		"comments": {"taxonomy.yaml": "# the team's bank\n" + taxonomyYAML,
			"questions.yaml": strings.Replace(versionQuestions, "    minutes: 5\n", "    minutes: 5 # a short one\n", 1)},
		"files renamed": {"a-taxonomy.yml": taxonomyYAML, "z-questions.yaml": versionQuestions},
		"one file":      {"bank.yaml": taxonomyYAML + versionQuestions},
		"split and reordered": {"taxonomy.yaml": taxonomyYAML, "b.yaml": halves[0],
			"a.yaml": "questions:\n" + halves[1]},
		"keys in another order and quoted": {"taxonomy.yaml": taxonomyYAML, "questions.yaml": strings.Replace(versionQuestions,
			"    question: What does select_related do?\n    stage: core\n",
			"    stage: \"core\"\n    question: 'What does select_related do?'\n", 1)},
		"folded text": {"taxonomy.yaml": taxonomyYAML, "questions.yaml": strings.Replace(versionQuestions,
			"    why: Reveals ORM knowledge.\n", "    why: >-\n      Reveals ORM\n      knowledge.\n", 1)},
	}
	for name, files := range same {
		if got := versionOf(t, files); got != base {
			t.Errorf("%s: version %s, want %s", name, got, base)
		}
	}
	changed := map[string]map[string]string{
		"a key point": {"taxonomy.yaml": taxonomyYAML, "questions.yaml": strings.Replace(versionQuestions, "one query", "a single query", 1)},
		"a weight": {"taxonomy.yaml": taxonomyYAML, "questions.yaml": strings.Replace(versionQuestions,
			"    minutes: 6\n", "    minutes: 6\n    weight: 2\n", 1)},
		"a question added": {"taxonomy.yaml": taxonomyYAML, "questions.yaml": versionQuestions + question("apis-a", "core", []string{"apis"}, []string{"mid"}, 5)[0:]},
		"a level's title":  {"taxonomy.yaml": strings.Replace(taxonomyYAML, "title: Mid,", "title: Mid-level,", 1), "questions.yaml": versionQuestions},
		"the timing": {"taxonomy.yaml": strings.Replace(taxonomyYAML, "candidate_questions: 10", "candidate_questions: 8", 1),
			"questions.yaml": versionQuestions},
		"the default loop": {"taxonomy.yaml": strings.Replace(taxonomyYAML, "senior: 45, lead: 45", "senior: 45, lead: 60", 1),
			"questions.yaml": versionQuestions},
	}
	for name, files := range changed {
		if got := versionOf(t, files); got == base {
			t.Errorf("%s changed, the version did not", name)
		}
	}
}

// loopAndManifest chooses a loop of the loop bank and records it.
func loopAndManifest(t *testing.T) (*kit.Bank, *kit.Kit, kit.Manifest) {
	t.Helper()
	b := loopBank(t)
	specs, err := kit.DefaultLoop(b, "mid", nil)
	if err != nil {
		t.Fatal(err)
	}
	k := loopKit(t, b, "mid", nil, specs, 11)
	return b, k, kit.NewManifest(k, nil, "a4")
}

// editedBank is the loop bank with edit applied to its questions file.
func editedBank(t *testing.T, edit func(questions string) string) *kit.Bank {
	t.Helper()
	var qs strings.Builder
	for _, q := range loopBank(t).Questions {
		qs.WriteString(question(q.ID, q.Stage, q.Areas, q.Levels, q.Minutes))
	}
	b, err := kit.Load(fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(loopTaxonomy)},
		"questions.yaml": {Data: []byte(edit("questions:\n" + qs.String()))},
	}, "edited")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoopFromAChangedBankSaysWhatChanged(t *testing.T) {
	b, k, m := loopAndManifest(t)
	var inLoop, outside string // a question of the loop, one of the bank only
	for _, q := range b.Questions {
		switch {
		case inLoop == "" && slices.Contains(m.Rounds[1].Questions, q.ID):
			inLoop = q.ID
		case outside == "" && !slices.ContainsFunc(m.Rounds, func(r kit.ManifestRound) bool { return slices.Contains(r.Questions, q.ID) }):
			outside = q.ID
		}
	}
	if c := m.Changes(b); !c.Same() || c.String() != "nothing changed" {
		t.Fatalf("the same bank: %+v, %q", c, c)
	}

	// A question added and one outside the loop edited: the loop is
	// rebuilt as it was, with its kit ID.
	other := editedBank(t, func(qs string) string {
		return strings.Replace(qs, "What about "+outside+"?", "What, now, about "+outside+"?", 1) +
			question("apis-new", "core", []string{"apis"}, []string{"mid"}, 5)
	})
	c := m.Changes(other)
	if c.Same() || !slices.Equal(c.Added, []string{"apis-new"}) || !slices.Equal(c.Edited, []string{outside}) ||
		len(c.Removed) != 0 || len(c.Loop) != 0 || c.FrameChanged {
		t.Fatalf("changes: %+v", c)
	}
	if want := "1 question added (apis-new), 1 edited (" + outside + ")"; c.String() != want {
		t.Errorf("changes say %q, want %q", c, want)
	}
	if err := m.Check(other); err != nil {
		t.Fatalf("the loop's questions are unchanged, yet: %v", err)
	}
	again, err := m.Rebuild(other, "v0.9.0-test")
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != k.ID || again.BankVersion == k.BankVersion {
		t.Errorf("rebuilt kit %s from version %s; want kit %s from the new version", again.ID, again.BankVersion, k.ID)
	}
	for i := range again.Rounds {
		if got, want := ids(again.Rounds[i].Questions), m.Rounds[i].Questions; !slices.Equal(got, want) {
			t.Errorf("round %d: %v, recorded %v", i+1, got, want)
		}
	}

	// A question of the loop edited or removed: refused, naming it.
	for name, edit := range map[string]func(string) string{
		"edited":  func(qs string) string { return strings.Replace(qs, "Reveals "+inLoop+".", "Reveals more.", 1) },
		"removed": func(qs string) string { return strings.Replace(qs, "  - id: "+inLoop+"\n", "  - id: gone-now\n", 1) },
	} {
		other := editedBank(t, edit)
		err := m.Check(other)
		if !errors.Is(err, kit.ErrBankChanged) || !strings.Contains(err.Error(), inLoop+" "+name) {
			t.Errorf("%s: got %v, want ErrBankChanged naming %s %s", name, err, inLoop, name)
		}
		if _, err := m.Rebuild(other, "test"); !errors.Is(err, kit.ErrBankChanged) {
			t.Errorf("%s: rebuilt anyway: %v", name, err)
		}
	}
}

func TestLoopFromAnEarlierManifestFormat(t *testing.T) {
	b, _, m := loopAndManifest(t)
	m.Format, m.Policy, m.Bank.BankPrint, m.Bank.Version, m.KitID = 1, nil, kit.BankPrint{}, "4b8b297ed40d", "FYV8-NZT8"
	c := m.Changes(b)
	if !c.Unknown || c.Same() || !strings.Contains(c.String(), "recorded no fingerprints") {
		t.Errorf("changes: %+v, %q", c, c)
	}
	k, err := m.Rebuild(b, "test")
	if err != nil {
		t.Fatal(err)
	}
	for i := range k.Rounds {
		if got := ids(k.Rounds[i].Questions); !slices.Equal(got, m.Rounds[i].Questions) {
			t.Errorf("round %d: %v, recorded %v", i+1, got, m.Rounds[i].Questions)
		}
	}
}
