package data_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// TestBankExercisesAreReal holds the bank's practical side to the issue's
// bar: questions about code carry the code, both code reviews carry real
// Django code, and every system-design and practical exercise gives the
// candidate a handout and the interviewer a script.
func TestBankExercisesAreReal(t *testing.T) {
	b := load(t)
	withCode := 0
	for _, q := range b.Questions {
		if len(q.Code) > 0 {
			withCode++
		}
		if q.Stage == "system-practical" && (q.Handout == "" || len(q.Script) == 0) {
			t.Errorf("%s (%s): a system-design or practical exercise needs a handout and a script", q.ID, q.Where())
		}
	}
	if withCode < 12 {
		t.Errorf("%d questions carry a listing; want at least 12", withCode)
	}
	for _, id := range []string{"practical-code-review", "practical-code-review-junior"} {
		q, ok := b.Question(id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		var langs []string
		for _, l := range q.Code {
			langs = append(langs, l.Language)
		}
		if !slices.Contains(langs, "python") || !slices.Contains(langs, "django-template") {
			t.Errorf("%s: listings in %v; a code review needs its Python and its template", id, langs)
		}
	}
}

// TestBankPythonListingsParse runs Python's own parser over every Python
// listing of the bank, in one python3 process.
func TestBankPythonListingsParse(t *testing.T) {
	testkit.NeedTools(t, "apt-get install python3", "python3")
	type listing struct{ Where, Text string }
	var all []listing
	for _, q := range load(t).Questions {
		for i, l := range q.Code {
			if l.Language == "python" {
				all = append(all, listing{fmt.Sprintf("%s listing %d (%s), %s", q.ID, i+1, l.Title, q.Where()), l.Text})
			}
		}
	}
	if len(all) == 0 {
		t.Fatal("the bank has no Python listing")
	}
	in, err := json.Marshal(all)
	if err != nil {
		t.Fatal(err)
	}
	const parse = `import ast, json, sys
for l in json.load(sys.stdin):
    try:
        ast.parse(l["Text"])
    except SyntaxError as e:
        print("%s: line %s: %s" % (l["Where"], e.lineno, e.msg))
`
	cmd := exec.Command("python3", "-c", parse)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	if s := strings.TrimSpace(string(out)); s != "" {
		t.Errorf("Python listings that do not parse:\n%s", s)
	}
	t.Logf("%d Python listings parse", len(all))
}

// TestSchemaListingRulesAreKits: the schema editors use names the
// languages kit knows and the width kit allows.
func TestSchemaListingRulesAreKits(t *testing.T) {
	raw, err := os.ReadFile("../docs/bank.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Listing struct {
				Properties struct {
					Language struct {
						Enum []string `json:"enum"`
					} `json:"language"`
					Text struct {
						Pattern string `json:"pattern"`
					} `json:"text"`
				} `json:"properties"`
			} `json:"listing"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	p := schema.Defs.Listing.Properties
	if !slices.Equal(p.Language.Enum, kit.LanguageIDs()) {
		t.Errorf("schema languages %v, kit's %v", p.Language.Enum, kit.LanguageIDs())
	}
	if want := fmt.Sprintf("{0,%d}", kit.MaxListingColumns); strings.Count(p.Text.Pattern, want) != 2 {
		t.Errorf("schema's line pattern %q does not allow %s characters a line, as kit does", p.Text.Pattern, want)
	}
}
