package kit_test

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/kit"
)

// questions renders n valid questions.
func questions(n int) string {
	var b strings.Builder
	b.WriteString("questions:\n")
	for i := range n {
		b.WriteString(question(fmt.Sprintf("q-%d", i), "core", []string{"orm"}, []string{"mid"}, 5))
	}
	return b.String()
}

// TestLoadBoundsEveryCountABankControls: each count a bank's files
// control has its own limit, and a bank past one is refused with where.
func TestLoadBoundsEveryCountABankControls(t *testing.T) {
	taxonomy := func(edit func(string) string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(edit(taxonomyYAML))}
	}
	same := func(s string) string { return s }
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string // part of a problem
	}{
		{"5,001 questions", fstest.MapFS{"t.yaml": taxonomy(same), "q.yaml": {Data: []byte(questions(kit.MaxQuestions + 1))}},
			"the bank holds 5001 questions; a bank has at most 5000"},
		{"101 areas", fstest.MapFS{"t.yaml": taxonomy(func(s string) string {
			var b strings.Builder
			for i := range 97 {
				fmt.Fprintf(&b, "  - {id: more-%d, title: More, description: More.}\n", i)
			}
			return strings.Replace(s, "areas:\n", "areas:\n"+b.String(), 1)
		}), "q.yaml": {Data: []byte(questions(1))}}, "the bank defines 101 areas; a bank has at most 100"},
		{"21 red flags", fstest.MapFS{"t.yaml": taxonomy(same), "q.yaml": {Data: []byte(strings.Replace(questions(1),
			"red_flags: [wrong]", "red_flags: ["+strings.TrimSuffix(strings.Repeat("wrong, ", 21), ", ")+"]", 1))}},
			"red_flags has 21 entries; at most 20"},
		{"1,001 files", func() fstest.MapFS {
			m := fstest.MapFS{"t.yaml": taxonomy(same)}
			for i := range kit.MaxBankFiles {
				m[fmt.Sprintf("f%04d.yaml", i)] = &fstest.MapFile{Data: []byte("questions: []\n")}
			}
			return m
		}(), "holds 1001 .yaml files; a bank has at most 1000"},
		{"9 MiB over two files", fstest.MapFS{"t.yaml": taxonomy(same),
			"a.yaml": {Data: []byte("# " + strings.Repeat("a", 5<<20))}, "b.yaml": {Data: []byte("# " + strings.Repeat("b", 4<<20))}},
			"its .yaml files are larger than 8 MiB together"},
		{"a file past 8 MiB", fstest.MapFS{"t.yaml": taxonomy(same), "a.yaml": {Data: []byte("# " + strings.Repeat("a", 8<<20))}},
			"a.yaml: file is larger than 8 MiB"},
		{"a named pipe", fstest.MapFS{"t.yaml": taxonomy(same), "p.yaml": {Mode: fs.ModeNamedPipe}},
			"b/p.yaml: not a regular file; a bank is YAML files"},
		{"an escape sequence in why", fstest.MapFS{"t.yaml": taxonomy(same), "q.yaml": {Data: []byte(strings.Replace(questions(1),
			"why: Reveals q-0.", `why: "Reveals \e[2J"`, 1))}}, `question "q-0": why contains a control character (U+001B)`},
		{"a right-to-left override in a key point", fstest.MapFS{"t.yaml": taxonomy(same), "q.yaml": {Data: []byte(strings.Replace(questions(1),
			"key_points: [one,", "key_points: [\"o\u202Ene\",", 1))}}, `key_points entry 1 contains a character that reorders text (U+202E)`},
		{"an escape sequence in an area's title", fstest.MapFS{"t.yaml": taxonomy(func(s string) string {
			return strings.Replace(s, "title: ORM,", `title: "O\x07RM",`, 1)
		}), "q.yaml": {Data: []byte(questions(1))}}, "area contains a control character (U+0007)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kit.Load(tt.fsys, "b")
			var be *kit.BankError
			if !errors.As(err, &be) {
				t.Fatalf("Load = %v; want a bank error", err)
			}
			for _, p := range be.Problems {
				if strings.Contains(p.String(), tt.want) {
					return
				}
			}
			t.Errorf("no problem says %q:\n%v", tt.want, be)
		})
	}
}

func TestCheckProseAllowsWhatScriptsNeed(t *testing.T) {
	for _, s := range []string{"Zoë", "line one\nline two", "a\ttab", "नमस्ते", "क्‍ष (with a zero-width joiner)", "soft\u00adhyphen"} {
		if err := kit.CheckProse(s); err != nil {
			t.Errorf("CheckProse(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"\x1b[2J", "bell\x07", "c1\u009b", "\u202Eabc", "\u2066iso\u2069", "mark\u200f"} {
		if err := kit.CheckProse(s); err == nil {
			t.Errorf("CheckProse(%q) accepted it", s)
		}
	}
}
