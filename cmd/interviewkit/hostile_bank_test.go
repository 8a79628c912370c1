//go:build unix

package main

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/data"
)

// bankCopy writes the embedded bank's files into dir/name, with edit
// applied to each file's text.
func bankCopy(t *testing.T, dir, name string, edit func(file, text string) string) {
	t.Helper()
	err := fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".yaml" {
			return err
		}
		b, err := fs.ReadFile(data.FS, p)
		if err != nil {
			return err
		}
		text := string(b)
		if edit != nil {
			text = edit(p, text)
		}
		putString(t, dir, name+"/"+p, text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// replaceOnce edits one file of a bank copy: old, which must be there,
// becomes now.
func replaceOnce(t *testing.T, file, old, now string) func(string, string) string {
	return func(f, text string) string {
		if f != file {
			return text
		}
		if !strings.Contains(text, old) {
			t.Fatalf("%s has no %q", file, old)
		}
		return strings.Replace(text, old, now, 1)
	}
}

// questionYAML is a small valid question of the embedded bank's taxonomy.
func questionYAML(id string) string {
	return "  - id: " + id + `
    question: What does the ` + id + ` question ask?
    stage: python-screen
    areas: [python]
    levels: [junior]
    minutes: 5
    why: It tells the interviewer something.
    key_points: [one point, another point, a third point]
    follow_ups: [And then]
    red_flags: [Guesses]
    rubric: {1: nothing, 2: a little, 3: enough, 4: everything}
`
}

// nQuestions is a bank file of n generated questions.
func nQuestions(n int) string {
	var b strings.Builder
	b.WriteString("questions:\n")
	for i := range n {
		b.WriteString(questionYAML(sprintf("gen-%d", i)))
	}
	return b.String()
}

// problemsInBank is how a command sums up a bank's problems.
const problemsInBank = `problems? in the bank|the bank has \d+ problems?`

// firstWhy is where the embedded bank's first ORM question says why.
const firstWhy = "    why: >-\n      Shows whether"

// bankCases attack every command that reads a bank.
func bankCases(t *testing.T) []hostile {
	return slices.Concat(bankFileCases(t), bankContentCases(t), bankNameCases(t))
}

// bankFileCases: what is not a bank file, or too much of it.
func bankFileCases(t *testing.T) []hostile {
	return []hostile{
		{name: "a named pipe as the bank", cmd: "validate",
			setup: func(t *testing.T, dir string) { fifo(t, dir, "pipe.yaml") },
			args:  []string{"validate", "--bank", "pipe.yaml"}, code: 1,
			out: `^pipe.yaml: not a regular file; a bank is YAML files\n$`, err: `^interviewkit: error: 1 problem in the bank\n$`},
		{name: "a named pipe in the bank folder", cmd: "validate",
			setup: func(t *testing.T, dir string) { bankCopy(t, dir, "bank", nil); fifo(t, dir, "bank/zz.yaml") },
			args:  []string{"validate", "--bank", "bank"}, code: 1, out: `bank/zz.yaml: not a regular file`, err: problemsInBank},
		{name: "a named pipe in the bank folder", cmd: "generate",
			setup: func(t *testing.T, dir string) { bankCopy(t, dir, "bank", nil); fifo(t, dir, "bank/zz.yaml") },
			args:  []string{"generate", "--bank", "bank", "--candidate", "Ana", "--level", "junior"}, code: 1,
			err: `bank/zz.yaml: not a regular file`},
		{name: "a named pipe in the bank folder", cmd: "report",
			setup: func(t *testing.T, dir string) {
				archiveWith()(t, dir)
				bankCopy(t, dir, "bank", nil)
				fifo(t, dir, "bank/zz.yaml")
			},
			args: []string{"report", "--archive", "hr.db", "--bank", "bank"}, code: 1, err: `bank/zz.yaml: not a regular file`},
		{name: "/dev/zero as the bank", cmd: "questions",
			args: []string{"questions", "--bank", "/dev/zero"}, code: 1, err: `/dev/zero: not a regular file`},
		{name: "a link to /dev/zero in the bank folder", cmd: "areas",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", nil)
				link(t, dir, "/dev/zero", "bank/zero.yaml")
			},
			args: []string{"areas", "--bank", "bank"}, code: 1, err: `bank/zero.yaml: not a regular file`},
		{name: "a link to itself in the bank folder", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", nil)
				link(t, dir, "loop.yaml", "bank/loop.yaml")
			},
			args: []string{"validate", "--bank", "bank"}, code: 1, out: `bank/loop.yaml: cannot be read: too many levels of symbolic links`, err: problemsInBank},
		{name: "a link back to the bank folder", cmd: "validate",
			setup: func(t *testing.T, dir string) { bankCopy(t, dir, "bank", nil); link(t, dir, "..", "bank/again") },
			args:  []string{"validate", "--bank", "bank"}, code: 0, out: `^ok: Django developer bank`},
		{name: "a folder named like a bank file", cmd: "validate",
			setup: func(t *testing.T, dir string) { bankCopy(t, dir, "bank", nil); link(t, dir, ".", "bank/dir.yaml") },
			args:  []string{"validate", "--bank", "bank"}, code: 1, out: `bank/dir.yaml: not a regular file`, err: problemsInBank},
		{name: "a bank of 1,001 files", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				for i := range 1001 {
					putString(t, dir, sprintf("bank/f%04d.yaml", i), "questions: []\n")
				}
			},
			args: []string{"validate", "--bank", "bank"}, code: 1, out: `bank: holds 1001 .yaml files; a bank has at most 1000`, err: problemsInBank},
		{name: "10,000 other files beside the bank", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", nil)
				for i := range 10000 {
					putString(t, dir, sprintf("bank/notes/n%05d.txt", i), "")
				}
			},
			args: []string{"validate", "--bank", "bank"}, code: 0, out: `^ok: `},
		{name: "a 9 MB bank file", cmd: "validate",
			setup: func(t *testing.T, dir string) { sparse(t, dir, "big.yaml", 9<<20) },
			args:  []string{"validate", "--bank", "big.yaml"}, code: 1, out: `big.yaml: file is larger than 8 MiB`, err: problemsInBank},
		{name: "two 5 MB bank files", cmd: "plan",
			setup: func(t *testing.T, dir string) {
				putString(t, dir, "bank/a.yaml", "# "+repeat("a", 5<<20)+"\n")
				putString(t, dir, "bank/b.yaml", "# "+repeat("b", 5<<20)+"\n")
			},
			args: []string{"plan", "--bank", "bank", "--level", "junior"}, code: 1, err: `bank: its .yaml files are larger than 8 MiB together`},
		{name: "200,000 nested brackets", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				putString(t, dir, "deep.yaml", "questions: "+repeat("[", 200000)+repeat("]", 200000)+"\n")
			},
			args: []string{"validate", "--bank", "deep.yaml"}, code: 1, out: `deep.yaml: invalid YAML: exceeded max depth`, err: problemsInBank},
	}
}

// bankContentCases: bank files whose content is hostile.
func bankContentCases(t *testing.T) []hostile {
	withBank := func(edit func(string, string) string) func(*testing.T, string) {
		return func(t *testing.T, dir string) { bankCopy(t, dir, "bank", edit) }
	}
	return []hostile{
		{name: "5,000 levels of nested lists", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				var b strings.Builder
				b.WriteString("questions:\n")
				for i := range 5000 {
					b.WriteString(repeat("  ", i) + "-\n")
				}
				putString(t, dir, "deep.yaml", b.String())
			},
			args: []string{"validate", "--bank", "deep.yaml"}, code: 1, err: problemsInBank},
		{name: "a billion laughs", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				s := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
				prev := "a"
				for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
					s += n + ": &" + n + " [" + strings.TrimSuffix(repeat("*"+prev+",", 9), ",") + "]\n"
					prev = n
				}
				putString(t, dir, "lol.yaml", s)
			},
			args: []string{"validate", "--bank", "lol.yaml"}, code: 1, out: `lol.yaml:\d+: `, err: problemsInBank},
		{name: "one line of 7 MB", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				putString(t, dir, "line.yaml", "bank:\n  title: \""+repeat("x", 7<<20)+"\"\n")
			},
			args: []string{"validate", "--bank", "line.yaml"}, code: 1, err: problemsInBank},
		{name: "NUL bytes", cmd: "validate",
			setup: func(t *testing.T, dir string) { putString(t, dir, "nul.yaml", "questions:\n  - id: a\x00b\n") },
			args:  []string{"validate", "--bank", "nul.yaml"}, code: 1, out: `nul.yaml:\d*:? ?invalid YAML`, err: problemsInBank},
		{name: "invalid UTF-8", cmd: "validate",
			setup: func(t *testing.T, dir string) { putString(t, dir, "bad.yaml", "questions:\n  - id: caf\xe9\n") },
			args:  []string{"validate", "--bank", "bad.yaml"}, code: 1, out: `(?m)^bad.yaml: is not UTF-8 text; save the bank as UTF-8$`, err: problemsInBank},
		{name: "a plan in UTF-16", cmd: "loop",
			setup: func(t *testing.T, dir string) { putString(t, dir, "plan.yaml", "\xff\xfe) ) 0000") },
			args:  []string{"loop", "--candidate", "Kim Park", "--level", "junior", "--plan", "plan.yaml", "--out", "k"}, code: 1,
			err: `plan.yaml: is not UTF-8 text; save the plan as UTF-8`},
		{name: "an emoji in why", cmd: "validate",
			setup: withBank(replaceOnce(t, "orm.yaml", firstWhy, "    why: >-\n      😀 Shows whether")),
			args:  []string{"validate", "--bank", "bank"}, code: 1, err: problemsInBank,
			out: `bank/orm.yaml:5: question "orm-n-plus-one": why: character "😀" \(U\+1F600\) cannot be printed`},
		{name: "an emoji in the question asked for", cmd: "generate",
			setup: withBank(replaceOnce(t, "orm.yaml", firstWhy, "    why: >-\n      😀 Shows whether")),
			args: []string{"generate", "--bank", "bank", "--candidate", "Ana", "--level", "junior",
				"--include", "orm-n-plus-one"}, code: 1,
			err: `question "orm-n-plus-one" why: character "😀" \(U\+1F600\) cannot be printed`},
		{name: "an escape sequence in a question", cmd: "validate",
			setup: withBank(replaceOnce(t, "orm.yaml", firstWhy, "    why: \"\\e[2J\\e[31mred\"\n    why_not: >-\n      Shows whether")),
			args:  []string{"validate", "--bank", "bank"}, code: 1, out: `control character \(U\+001B\)`, notOut: "\x1b", err: problemsInBank},
		{name: "an escape sequence in a question", cmd: "questions",
			setup: withBank(replaceOnce(t, "orm.yaml", firstWhy, "    why: \"\\e[2J red\"\n    x: >-\n      Shows whether")),
			args:  []string{"questions", "--bank", "bank"}, code: 1, err: problemsInBank, notOut: "\x1b", notErr: "\x1b"},
		{name: "a right-to-left override in a question", cmd: "validate",
			setup: withBank(replaceOnce(t, "orm.yaml", firstWhy, "    why: >-\n      Shows\u202E whether")),
			args:  []string{"validate", "--bank", "bank"}, code: 1, out: `character that reorders text \(U\+202E\)`, notOut: "\u202e", err: problemsInBank},
		{name: "5,001 questions", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", nil)
				putString(t, dir, "bank/zz.yaml", nQuestions(5001-186))
			},
			args: []string{"validate", "--bank", "bank"}, code: 1, out: `the bank holds 5001 questions; a bank has at most 5000`, err: problemsInBank},
		{name: "101 areas", cmd: "areas",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", replaceOnce(t, "bank.yaml", "\nareas:\n", "\nareas:\n"+func() string {
					var b strings.Builder
					for i := range 87 {
						b.WriteString(sprintf("  - {id: extra-%d, title: Extra %d, description: More.}\n", i, i))
					}
					return b.String()
				}()))
			},
			args: []string{"areas", "--bank", "bank"}, code: 1, err: `the bank defines 101 areas; a bank has at most 100`},
		{name: "21 follow-ups", cmd: "validate",
			setup: withBank(replaceOnce(t, "python.yaml", "    follow_ups:\n", "    follow_ups:\n"+repeat("      - And then?\n", 18))),
			args:  []string{"validate", "--bank", "bank"}, code: 1, out: `follow_ups has 2\d entries; at most 20`, err: problemsInBank},
	}
}

// bankNameCases: names of bank files, and banks that are not there.
func bankNameCases(t *testing.T) []hostile {
	return []hostile{
		{name: "a bank file named with a line break", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", nil)
				putString(t, dir, "bank/evil\nok: all good.yaml", "not: [valid\n")
			},
			args: []string{"validate", "--bank", "bank"}, code: 1, out: `bank/evil\\nok: all good.yaml`, notOut: "(?m)^ok: all good", err: problemsInBank},
		{name: "a bank file named with an escape sequence", cmd: "validate",
			setup: func(t *testing.T, dir string) {
				bankCopy(t, dir, "bank", nil)
				putString(t, dir, "bank/\x1b[31mred.yaml", "not: [valid\n")
			},
			args: []string{"validate", "--bank", "bank"}, code: 1, out: `bank/\\x1b\[31mred.yaml`, notOut: "\x1b", err: problemsInBank},
		{name: "no bank there", cmd: "plan",
			args: []string{"plan", "--bank", "nowhere", "--level", "junior"}, code: 2, err: `no bank at nowhere`},
		{name: "a bank that is not YAML", cmd: "plan",
			setup: func(t *testing.T, dir string) { put(t, dir, "bank.yaml", []byte{0x89, 'P', 'N', 'G', 0, 0, 0xff}) },
			args:  []string{"plan", "--bank", "bank.yaml", "--level", "junior"}, code: 1, err: problemsInBank},
		{name: "an empty folder", cmd: "questions",
			setup: func(t *testing.T, dir string) { putString(t, dir, "bank/readme.txt", "") },
			args:  []string{"questions", "--bank", "bank"}, code: 1, err: `bank: no .yaml files found`},
	}
}
