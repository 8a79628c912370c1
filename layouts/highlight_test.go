package layouts

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
)

func TestEveryLanguageHasAScanner(t *testing.T) {
	for _, l := range kit.LanguageIDs() {
		if scanners[l] == nil {
			t.Errorf("language %q has no scanner", l)
		}
	}
	if len(scanners) != len(kit.Languages) {
		t.Errorf("%d scanners for %d languages", len(scanners), len(kit.Languages))
	}
}

// kinds lists the pieces of code of a kind a listing's text has, trimmed.
func kinds(lang, text string, kind tokenKind) []string {
	var out []string
	for _, line := range highlight(lang, text) {
		for _, sp := range line {
			if t := strings.TrimSpace(sp.text); sp.kind == kind && t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func TestHighlightEmphasisesKeywordsAndComments(t *testing.T) {
	cases := []struct {
		lang, text         string
		keywords, comments []string
	}{
		{"python", "def f(x):  # is it?\n    return x if x else None",
			[]string{"def", "return", "if", "else", "None"}, []string{"# is it?"}},
		{"python", "s = 'if # not a comment'\nt = f\"for {x}\"\nu = \"\"\"in\nclass\"\"\"  # doc",
			nil, []string{"# doc"}},
		{"python", "x = rb'\\x00' and r\"\\d\"", []string{"and"}, nil},
		{"sql", "select id FROM t -- rows\nWHERE name = 'it''s from' /* a\nb */ AND x",
			[]string{"select", "FROM", "WHERE", "AND"}, []string{"-- rows", "/* a", "b */"}},
		{"django-template", "{% for o in orders %}{# each #}<li class=\"if\">{{ o.name }}</li>{% endfor %}",
			[]string{"for", "li", "li", "endfor"}, []string{"{# each #}"}},
		{"django-template", "{% comment %}\nnot {% if %} shown\n{% endcomment %}<p>",
			[]string{"p"}, []string{"{% comment %}", "not {% if %} shown", "{% endcomment %}"}},
		{"html", "<!-- nav -->\n<a href=\"/x\">for</a>", []string{"a", "a"}, []string{"<!-- nav -->"}},
		{"yaml", "spec:  # the pod\n  containers:\n    - name: \"web # x\"\n      args: |\n        key: no\n  image: nginx:1.27",
			[]string{"spec", "containers", "name", "args", "image"}, []string{"# the pod"}},
		{"shell", "for f in *.py; do  # each file\n  echo \"if $f\" # done\ndone\ngit commit -m 'fix'",
			[]string{"for", "in", "do", "done"}, []string{"# each file", "# done"}},
		{"text", "Traceback (most recent call last):\n  # not a comment", nil, nil},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%s-%d", c.lang, i), func(t *testing.T) {
			if got := kinds(c.lang, c.text, tokKeyword); !slices.Equal(got, c.keywords) {
				t.Errorf("keywords %q, want %q", got, c.keywords)
			}
			if got := kinds(c.lang, c.text, tokComment); !slices.Equal(got, c.comments) {
				t.Errorf("comments %q, want %q", got, c.comments)
			}
		})
	}
}

// FuzzHighlight: whatever a listing holds, every scanner ends and gives
// back every character, in lines as the text has them.
func FuzzHighlight(f *testing.F) {
	for _, s := range []string{"def f():\n  '''x", "{% comment", "<a href='", "'it''s", "a: |\n  b", "/*", "\"\\", "é\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range kit.LanguageIDs() {
			lines := highlight(lang, text)
			got := make([]string, len(lines))
			for i, line := range lines {
				for _, sp := range line {
					got[i] += sp.text
				}
			}
			if strings.Join(got, "\n") != text {
				t.Fatalf("%s: lost text: %q from %q", lang, strings.Join(got, "\n"), text)
			}
		}
	})
}

func TestWrapSpansKeepsEveryCharacter(t *testing.T) {
	line := []span{{tokKeyword, "def"}, {tokPlain, " f(): "}, {tokComment, "# αβγδε"}}
	cases := []struct {
		cols int
		want []string
	}{
		{100, []string{"def f(): # αβγδε"}},
		{9, []string{"def f(): ", "# αβγδε"}},
		{4, []string{"def ", "f():", " # α", "βγδε"}},
	}
	for _, c := range cases {
		var got []string
		for _, row := range wrapSpans(line, c.cols) {
			s := ""
			for _, sp := range row {
				s += sp.text
			}
			got = append(got, s)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("cols %d: %q, want %q", c.cols, got, c.want)
		}
	}
	if rows := wrapSpans(nil, 10); len(rows) != 1 || len(rows[0]) != 0 {
		t.Errorf("an empty line gives %d rows, want one empty row", len(rows))
	}
}
