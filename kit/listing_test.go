package kit_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/kit"
)

// withMaterial is validQuestion with extra fields after its minutes (line
// 7 of the file); the first added line is line 8.
func withMaterial(extra string) string {
	return "questions:\n" + strings.Replace(validQuestion, "    minutes: 5\n", "    minutes: 5\n"+extra, 1)
}

func loadOne(t *testing.T, file string) (*kit.Bank, error) {
	t.Helper()
	return kit.Load(fstest.MapFS{
		"taxonomy.yaml": {Data: []byte(taxonomyYAML)},
		"q.yaml":        {Data: []byte(file)},
	}, "b")
}

const goodListing = `    code:
      - language: python
        title: shop/views.py
        text: |
          def order_list(request):
              orders = Order.objects.all()  # one query

              return render(request, "orders.html", {"orders": orders})
      - language: sql
        text: "SELECT 1;\nSELECT 2;"
    handout: |
      Review this change.

      - The view is new.
      - So is the template.
    script:
      - If they ask how many orders there are, say 50.
`

func TestLoadKeepsListingsVerbatim(t *testing.T) {
	b, err := loadOne(t, withMaterial(goodListing))
	if err != nil {
		t.Fatal(err)
	}
	q, _ := b.Question("good-one")
	want := []kit.Listing{
		{Language: "python", Title: "shop/views.py", Text: "def order_list(request):\n" +
			"    orders = Order.objects.all()  # one query\n\n" +
			`    return render(request, "orders.html", {"orders": orders})`},
		{Language: "sql", Text: "SELECT 1;\nSELECT 2;"},
	}
	if !reflect.DeepEqual(q.Code, want) {
		t.Errorf("code:\n got %#v\nwant %#v", q.Code, want)
	}
	if got := q.Code[0].Lines(); len(got) != 4 || got[2] != "" {
		t.Errorf("lines %q: want 4, the third blank", got)
	}
	if q.Handout != "Review this change.\n\n- The view is new.\n- So is the template." {
		t.Errorf("handout %q", q.Handout)
	}
	if len(q.Script) != 1 || !q.HasCandidateMaterial() {
		t.Errorf("script %q, candidate material %v", q.Script, q.HasCandidateMaterial())
	}
}

func TestQuestionJSONUsesTheBankFieldNames(t *testing.T) {
	b, err := loadOne(t, withMaterial(goodListing))
	if err != nil {
		t.Fatal(err)
	}
	q, _ := b.Question("good-one")
	raw, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	code, _ := m["code"].([]any)
	first, _ := code[0].(map[string]any)
	if len(code) != 2 || first["language"] != "python" || first["title"] != "shop/views.py" || !strings.HasPrefix(first["text"].(string), "def order_list") {
		t.Errorf("code in JSON: %v", m["code"])
	}
	if m["handout"] == nil || m["script"] == nil {
		t.Errorf("handout or script missing from JSON: %s", raw)
	}
	plain, _ := json.Marshal(&kit.Question{ID: "x"})
	for _, field := range []string{"code", "handout", "script"} {
		if strings.Contains(string(plain), `"`+field+`"`) {
			t.Errorf("a question without %s lists it in JSON: %s", field, plain)
		}
	}
}

// listingCases are the mistakes a person makes in a listing, a handout or
// a script, each with the located problems it must give. The listing's
// text starts on line 12 of the file.
var listingCases = []struct {
	name, extra string
	want        []string
}{
	{"line too wide", listing("python", "x = 1\ny = '"+strings.Repeat("a", 83)+"'\n"),
		[]string{`b/q.yaml:13: question "good-one": code listing 1 (app/x.py) line 2 is 89 characters wide; a listing line holds at most 88`}},
	{"line exactly as wide as allowed", listing("python", "y = '"+strings.Repeat("a", 82)+"'\n"), nil},
	{"tab inside a line", listing("python", "x = 1\nif x:  \t# tab\n"),
		[]string{`b/q.yaml:13: question "good-one": code listing 1 (app/x.py) line 2 holds a tab`}},
	{"trailing spaces", listing("python", "x = 1   \ny = 2\n"),
		[]string{`b/q.yaml:12: question "good-one": code listing 1 (app/x.py) line 1 ends in spaces`}},
	{"unknown language", listing("pyhton", "x = 1\n"),
		[]string{`b/q.yaml:9: question "good-one": code listing 1 (app/x.py) unknown language "pyhton" (did you mean "python"?); known languages: python, sql, django-template, html, yaml, shell, text`}},
	{"no language", "    code:\n      - text: x\n",
		[]string{`b/q.yaml:9: question "good-one": code listing 1 needs a language`}},
	{"no text", "    code:\n      - language: sql\n",
		[]string{`b/q.yaml:9: question "good-one": code listing 1 needs text`}},
	{"folded text", "    code:\n      - language: sql\n        text: >\n          SELECT 1;\n          SELECT 2;\n",
		[]string{`b/q.yaml:10: question "good-one": listing text is a folded block (>)`}},
	{"unknown listing field", "    code:\n      - language: sql\n        txt: SELECT 1\n",
		[]string{`b/q.yaml:10: question "good-one": unknown field "txt" in a code listing (did you mean "text"?)`, `b/q.yaml:9: question "good-one": code listing 1 needs text`}},
	{"code not a list", "    code: SELECT 1\n",
		[]string{`b/q.yaml:8: question "good-one": code must be a list`}},
	{"invisible character", listing("text", "a\u200bb\n"),
		[]string{`b/q.yaml:12: question "good-one": code listing 1 (app/x.py) line 1 holds the invisible character U+200B`}},
	{"too many lines", listing("text", strings.Repeat("x\n", kit.MaxListingLines+1)),
		[]string{`b/q.yaml:9: question "good-one": code listing 1 (app/x.py) has 301 lines; a listing holds at most 300`}},
	{"empty handout", "    handout: \"\"\n", []string{`b/q.yaml:8: question "good-one": handout is empty`}},
	{"long handout", "    handout: " + strings.Repeat("word ", 401) + "\n", []string{`b/q.yaml:8: question "good-one": handout is 2004 characters`}},
	{"script not a list", "    script: Say 50.\n", []string{`b/q.yaml:8: question "good-one": script must be a list`}},
	{"long script entry", "    script:\n      - " + strings.Repeat("x", 241) + "\n",
		[]string{`b/q.yaml:9: question "good-one": script entry 1 is 241 characters`}},
}

// listing is a code field of one listing titled app/x.py whose text, a
// literal block, starts on line 12 of the file.
func listing(lang, text string) string {
	var b strings.Builder
	b.WriteString("    code:\n      - language: " + lang + "\n        title: app/x.py\n        text: |\n")
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		b.WriteString("          " + l + "\n")
	}
	return b.String()
}

func TestLoadReportsListingProblemsAtTheirLine(t *testing.T) {
	for _, tt := range listingCases {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadOne(t, withMaterial(tt.extra))
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("a valid listing is refused: %v", err)
				}
				return
			}
			if !errors.Is(err, kit.ErrInvalidBank) {
				t.Fatalf("got %v, want an invalid bank", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("missing %q in:\n%s", w, err)
				}
			}
			if n := strings.Count(err.Error(), "\n") + 1; n != len(tt.want) {
				t.Errorf("%d problems, want %d:\n%s", n, len(tt.want), err)
			}
		})
	}
}

func TestHandoutBlocksAreParagraphsAndItems(t *testing.T) {
	got := kit.HandoutBlocks("Build an endpoint\nfor books.\n\nConstraints:\n- 30 minutes,\n  docs allowed\n- no AI\n\nGood luck.")
	want := []kit.HandoutBlock{
		{Text: "Build an endpoint for books."},
		{Text: "Constraints:"},
		{Item: true, Text: "30 minutes, docs allowed"},
		{Item: true, Text: "no AI"},
		{Text: "Good luck."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v\nwant %#v", got, want)
	}
}

func TestColumnsCountsWhatAMonospaceFontPrints(t *testing.T) {
	cases := []struct {
		line string
		want int
	}{
		{"", 0},
		{"x = 1", 5},
		{"name = 'Zoë'", 12},
		{"name = 'Zoe\u0308'", 12}, // e and a combining diaeresis take one column
	}
	for _, c := range cases {
		if got := kit.Columns(c.line); got != c.want {
			t.Errorf("Columns(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}

func TestRoundHasCandidateMaterialWhenAnyQuestionHas(t *testing.T) {
	plain := &kit.Question{ID: "a"}
	code := &kit.Question{ID: "b", Code: []kit.Listing{{Language: "sql", Text: "SELECT 1"}}}
	handout := &kit.Question{ID: "c", Handout: "Design a booking system."}
	cases := []struct {
		qs   []*kit.Question
		want bool
	}{
		{nil, false},
		{[]*kit.Question{plain}, false},
		{[]*kit.Question{plain, code}, true},
		{[]*kit.Question{handout}, true},
	}
	for i, c := range cases {
		r := kit.Round{Selection: kit.Selection{Questions: c.qs}}
		if got := r.HasCandidateMaterial(); got != c.want {
			t.Errorf("case %d: got %v, want %v", i, got, c.want)
		}
	}
}
