//go:build unix

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
)

// gen is a generate command line for Ana on a fixed day, with more.
func gen(more ...string) []string {
	return append([]string{"generate", "--candidate", "Ana", "--level", "junior", "--date", "2026-03-02"}, more...)
}

// flagCases attack the flags of the commands that make kits.
func flagCases(t *testing.T) []hostile {
	return slices.Concat(valueFlagCases(t), forceCases(t), roundFlagCases(t))
}

// valueFlagCases: names, numbers, dates and paths no flag should take.
func valueFlagCases(t *testing.T) []hostile {
	long := repeat("Ana ", 1250) // 5,000 characters
	return []hostile{
		{name: "an escape sequence in the candidate", cmd: "generate",
			args: []string{"generate", "--candidate", "Ana\x1b[2J", "--level", "junior"}, code: 2,
			err: `--candidate contains a control character \(U\+001B\)`, notErr: "\x1b"},
		{name: "a line break in the candidate", cmd: "generate",
			args: []string{"generate", "--candidate", "Ana\nwrote out/fake.pdf", "--level", "junior"}, code: 2,
			err: `--candidate contains a line break`},
		{name: "a right-to-left override in the candidate", cmd: "generate",
			args: []string{"generate", "--candidate", "Ana\u202Efdp.exe", "--level", "junior"}, code: 2,
			err: `--candidate contains an invisible formatting character \(U\+202E\)`},
		{name: "a zero-width space in the candidate", cmd: "loop",
			args: []string{"loop", "--candidate", "A\u200Bna", "--level", "junior"}, code: 2,
			err: `--candidate contains an invisible formatting character \(U\+200B\)`},
		{name: "a candidate of 5,000 characters", cmd: "generate",
			args: []string{"generate", "--candidate", long, "--level", "junior"}, code: 2,
			err: `--candidate is \d+ characters; at most 100`},
		{name: "a candidate of 5,000 characters", cmd: "loop",
			args: []string{"loop", "--candidate", long, "--level", "junior"}, code: 2, err: `at most 100`},
		{name: "a candidate of spaces only", cmd: "generate",
			args: []string{"generate", "--candidate", "   ", "--level", "junior"}, code: 2, err: `--candidate is required`},
		{name: "a candidate that is not UTF-8", cmd: "generate",
			args: []string{"generate", "--candidate", "Ana\xff", "--level", "junior"}, code: 2, err: `--candidate is not valid UTF-8`},
		{name: "an emoji in the candidate", cmd: "generate",
			args: gen("--candidate", "Ana 😀"), code: 1, err: `candidate name: character "😀" \(U\+1F600\) cannot be printed`},
		{name: "a right-to-left name", cmd: "loop",
			args: []string{"loop", "--candidate", "محمد", "--level", "junior"}, code: 1, err: `right-to-left text is not supported`},
		{name: "a Windows device name as the candidate", cmd: "generate",
			args: gen("--candidate", "CON", "--out", "out"), code: 0, out: `wrote out/candidate-2026-03-02-`,
			changes: []string{"out"}},
		{name: "a Windows device name with a superscript", cmd: "generate",
			args: gen("--candidate", "COM¹", "--out", "out"), code: 0, out: `wrote out/candidate-2026-03-02-`,
			changes: []string{"out"}},
		{name: "a path as the candidate", cmd: "generate",
			args: gen("--candidate", "../../etc/passwd", "--out", "out"), code: 0, out: `wrote out/etc-passwd-2026-03-02-`,
			changes: []string{"out"}},
		{name: "an escape sequence in the interviewer", cmd: "generate",
			args: gen("--interviewer", "Bo\x1b]0;owned\x07"), code: 2, err: `--interviewer contains a control character`},
		{name: "a role of 61 characters", cmd: "generate",
			args: gen("--role", repeat("r", 61)), code: 2, err: `--role is 61 characters; at most 60`},
		{name: "--count 0", cmd: "generate", args: gen("--count", "0"), code: 2, err: `--count 0 asks for nothing`},
		{name: "--count 0", cmd: "plan", args: []string{"plan", "--level", "junior", "--count", "0", "--json"}, code: 2,
			err: `--count 0 asks for nothing`},
		{name: "--minutes 0", cmd: "plan", args: []string{"plan", "--level", "junior", "--minutes", "0"}, code: 2,
			err: `--minutes 0 asks for nothing`},
		{name: "--count -1", cmd: "plan", args: []string{"plan", "--level", "junior", "--count", "-1"}, code: 2,
			err: `--count and --minutes must be positive`},
		{name: "--minutes 241", cmd: "generate", args: gen("--minutes", "241"), code: 2, err: `--minutes 241 is out of range`},
		{name: "--count of a million", cmd: "plan", args: []string{"plan", "--level", "junior", "--count", "1000000"}, code: 1,
			err: `only \d+ questions match`},
		{name: "--count past any integer", cmd: "plan",
			args: []string{"plan", "--level", "junior", "--count", "99999999999999999999999"}, code: 2, err: `invalid value`},
		{name: "--seed -1", cmd: "generate", args: gen("--seed", "-1"), code: 2, err: `invalid value "-1" for flag -seed`},
		{name: "a date that is no date", cmd: "generate", args: gen("--date", "2026-02-30"), code: 2, err: `--date "2026-02-30" is not a date`},
		{name: "a date in the year 0000", cmd: "generate", args: gen("--date", "0000-03-02"), code: 2,
			err: `--date "0000-03-02" is before 1900-01-01\ninterviewkit: hint: write the interview's date`},
		{name: "a path as the date", cmd: "loop",
			args: []string{"loop", "--candidate", "Ana", "--level", "junior", "--date", "../../x"}, code: 2, err: `is not a date`},
		{name: "an unknown paper", cmd: "generate", args: gen("--paper", "a3"), code: 2, err: `a3`},
		{name: "a misspelt level", cmd: "plan", args: []string{"plan", "--level", "sineor"}, code: 2, err: `did you mean "senior"`},
		{name: "a misspelt area", cmd: "questions", args: []string{"questions", "--focus", "orm,secrity"}, code: 2,
			err: `did you mean "security"`},
		{name: "a misspelt stage", cmd: "areas", args: []string{"areas", "--stage", "x"}, code: 2, err: `flag provided but not defined`},
		{name: "a question that is not in the bank", cmd: "generate", args: gen("--include", "orm-n-plus-won"), code: 2,
			err: `orm-n-plus-one`},
		{name: "a misspelt command", cmd: "generate", args: []string{"generat"}, code: 2, err: `unknown command "generat"`},
		{name: "--out naming a file", cmd: "generate",
			setup: func(t *testing.T, dir string) { putString(t, dir, "notes.txt", "mine") },
			args:  gen("--out", "notes.txt"), code: 1, err: `notes.txt`},
		{name: "--out inside a file", cmd: "loop",
			setup: func(t *testing.T, dir string) { putString(t, dir, "notes.txt", "mine") },
			args:  []string{"loop", "--candidate", "Ana", "--level", "junior", "--out", "notes.txt/kits"}, code: 1, err: `not a directory`},
		{name: "--out on a read-only file system", cmd: "generate",
			args: gen("--out", "/proc/interviewkit"), code: 1, err: `/proc/interviewkit`},
		{name: "--out with a line break", cmd: "generate",
			args: gen("--out", "kits\nwrote /etc/passwd"), code: 0, out: `wrote kits\\nwrote /etc/passwd/ana-`,
			notOut: "(?m)^wrote /etc", changes: []string{"kits\nwrote "}},
	}
}

// forceCases: kit folders that exist, and --force over them.
func forceCases(t *testing.T) []hostile {
	return []hostile{
		{name: "a kit folder that exists", cmd: "generate",
			setup: func(t *testing.T, dir string) {
				if r := command(t, dir, gen("--out", "out")...); r.code != 0 {
					t.Fatal(r.stderr)
				}
			},
			args: gen("--out", "out"), code: 1, err: `kit folder exists: .*it may hold a filled-in scoresheet`},
		{name: "--force over a filled-in scoresheet", cmd: "generate",
			setup: func(t *testing.T, dir string) {
				if r := command(t, dir, gen("--out", "out")...); r.code != 0 {
					t.Fatal(r.stderr)
				}
				sheet := globOne(t, dir, "out/*/ana-scoresheet.xlsx")
				put(t, filepath.Dir(sheet), "ana-scoresheet.xlsx", []byte("scores typed in"))
			},
			args: gen("--out", "out", "--force"), code: 0,
			err:     `note: the folder replaced held changes \(ana-scoresheet.xlsx\), perhaps a filled-in scoresheet; it is kept at out/ana-2026-03-02-.*\.replaced-`,
			changes: []string{"out"},
			after: func(t *testing.T, dir string, _ ran) {
				kept := globOne(t, dir, "out/*.replaced-*")
				wantFile(t, kept, "ana-scoresheet.xlsx", []byte("scores typed in"))
			}},
		{name: "--force where the kit folder is a named pipe", cmd: "generate",
			setup: func(t *testing.T, dir string) {
				r := command(t, dir, gen("--out", "probe")...)
				if r.code != 0 {
					t.Fatal(r.stderr)
				}
				name := filepath.Base(globOne(t, dir, "probe/ana-*"))
				fifo(t, dir, "out/"+name)
				if err := os.RemoveAll(filepath.Join(dir, "probe")); err != nil {
					t.Fatal(err)
				}
			},
			args: gen("--out", "out", "--force"), code: 1, err: `is not a folder; --force replaces only a kit folder`},
		{name: "--force over an untouched folder", cmd: "loop",
			setup: func(t *testing.T, dir string) {
				if r := command(t, dir, "loop", "--candidate", "Ana", "--level", "junior", "--date", "2026-03-02"); r.code != 0 {
					t.Fatal(r.stderr)
				}
			},
			args: []string{"loop", "--candidate", "Ana", "--level", "junior", "--date", "2026-03-02", "--force"}, code: 0,
			out: `wrote out/ana-`, err: ``, changes: []string{"out"},
			after: func(t *testing.T, dir string, _ ran) {
				if m, _ := filepath.Glob(filepath.Join(dir, "out", "*.replaced-*")); len(m) > 0 {
					t.Errorf("an untouched folder was kept: %v", m)
				}
			}},
	}
}

// roundFlagCases: two runs at once, and --round and listing flags.
func roundFlagCases(t *testing.T) []hostile {
	long := repeat("Ana ", 1250) // 5,000 characters
	return []hostile{
		{name: "two runs into one folder at once", cmd: "generate",
			run: func(t *testing.T, dir string) []ran {
				var wg sync.WaitGroup
				res := make([]ran, 2)
				for i := range res {
					wg.Go(func() { res[i] = command(t, dir, gen("--out", "out")...) })
				}
				wg.Wait()
				if res[0].code+res[1].code != 1 {
					t.Errorf("exit codes %d and %d; want one run to write the folder and the other to find it there",
						res[0].code, res[1].code)
				}
				if res[0].code != 0 {
					res[0], res[1] = res[1], res[0]
				}
				if !strings.Contains(res[1].stderr, "kit folder exists") {
					t.Errorf("the second run says: %s", res[1].stderr)
				}
				return res
			},
			code: 0, out: `wrote out/ana-`, changes: []string{"out"},
			after: func(t *testing.T, dir string, _ ran) {
				// One folder, whole: what one run writes, nothing of the other,
				// the scoresheet and the scan layout (written last) included.
				files, _ := filepath.Glob(filepath.Join(dir, "out", "*", "*"))
				folders, _ := filepath.Glob(filepath.Join(dir, "out", "*"))
				var names []string
				for _, f := range files {
					names = append(names, filepath.Base(f))
				}
				if len(folders) != 1 || len(files) < 3 || !slices.Contains(names, "ana-scoresheet.xlsx") || !slices.Contains(names, kitfolder.LayoutName) {
					t.Errorf("out holds %v: %v", folders, names)
				}
			}},
		{name: "an escape sequence in a round's interviewer", cmd: "loop",
			args: []string{"loop", "--candidate", "Ana", "--level", "junior", "--round", "Behavioural: interviewer=Bo\x1b[8m"}, code: 2,
			err: `interviewer contains a control character`, notErr: "\x1b"},
		{name: "13 rounds", cmd: "loop",
			args: func() []string {
				a := []string{"loop", "--candidate", "Ana", "--level", "junior"}
				for i := range 13 {
					a = append(a, "--round", sprintf("Round %d: stages=python-screen; minutes=10", i))
				}
				return a
			}(), code: 1, err: `at most 12 rounds`},
		{name: "a round of 0 minutes", cmd: "loop",
			args: []string{"loop", "--candidate", "Ana", "--level", "junior", "--round", "X: stages=django-core; minutes=0"}, code: 2,
			err: `minutes is 0; a round runs 10 to 240 minutes`},
		{name: "a round title of 5,000 characters", cmd: "loop",
			args: []string{"loop", "--candidate", "Ana", "--level", "junior", "--round", long + ": stages=django-core"}, code: 2,
			err: `at most 60`},
		{name: "a level of 100,000 characters", cmd: "questions",
			args: []string{"questions", "--level", repeat("x", 100000)}, code: 2, err: `unknown level`,
			after: func(t *testing.T, _ string, r ran) {
				if len(r.stderr) > 5000 {
					t.Errorf("the error quotes %d bytes back", len(r.stderr))
				}
			}},
		{name: "questions as JSON with a stage that is not there", cmd: "questions",
			args: []string{"questions", "--json", "--stage", "django-cor"}, code: 2, err: `did you mean "django-core"`},
	}
}
