//go:build unix

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// loopArgs make the loop the manifest fixture records.
var loopArgs = []string{"loop", "--candidate", "Ana López", "--level", "mid", "--date", "2026-03-02"}

// manifestFixture is the manifest.json of a loop made by the command,
// made once for the whole corpus.
var manifestFixture = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "interviewkit-hostile-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	r, err := runCommand(dir, loopArgs...)
	if err != nil {
		return nil, err
	}
	if r.code != 0 {
		return nil, &fixtureError{r.stderr}
	}
	m, err := filepath.Glob(filepath.Join(dir, "out", "*", "manifest.json"))
	if err != nil || len(m) != 1 {
		return nil, &fixtureError{"no manifest.json"}
	}
	return os.ReadFile(m[0])
})

type fixtureError struct{ msg string }

func (e *fixtureError) Error() string { return "making a fixture: " + e.msg }

// manifest returns the fixture manifest as a map, for a case to edit.
func manifest(t *testing.T) map[string]any {
	t.Helper()
	b, err := manifestFixture()
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// putManifest writes a manifest edited by edit as dir/m.json.
func putManifest(edit func(m map[string]any)) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		m := manifest(t)
		edit(m)
		b, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		put(t, dir, "m.json", b)
	}
}

func rounds(m map[string]any) []any                { return m["rounds"].([]any) }
func round(m map[string]any, i int) map[string]any { return rounds(m)[i].(map[string]any) }

// from is a loop --from m.json command line.
var from = []string{"loop", "--from", "m.json", "--out", "re"}

// loopCases attack loop through its plan files and manifests.
func loopCases(t *testing.T) []hostile {
	return slices.Concat(loopFileCases(t), manifestContentCases(t))
}

// loopFileCases: plan files and manifests that are not what they say, or too much.
func loopFileCases(t *testing.T) []hostile {
	plan := func(s string) func(*testing.T, string) {
		return func(t *testing.T, dir string) { putString(t, dir, "plan.yaml", s) }
	}
	withPlan := []string{"loop", "--candidate", "Ana", "--level", "junior", "--plan", "plan.yaml"}
	return []hostile{
		{name: "a named pipe as the plan", cmd: "loop",
			setup: func(t *testing.T, dir string) { fifo(t, dir, "plan.yaml") },
			args:  withPlan, code: 1, err: `plan.yaml is not a regular file \(a named pipe\)`},
		{name: "/dev/zero as the plan", cmd: "loop",
			args: []string{"loop", "--candidate", "Ana", "--level", "junior", "--plan", "/dev/zero"}, code: 1,
			err: `/dev/zero is not a regular file \(a device\)`},
		{name: "a plan of 2 MB", cmd: "loop",
			setup: plan("# " + repeat("x", 2<<20) + "\nrounds: [{title: Behavioural}]\n"),
			args:  withPlan, code: 1, err: `plan.yaml is too large \(limit 1.0 MB\)`},
		{name: "a plan of 13 rounds", cmd: "loop",
			setup: plan("rounds:\n" + repeat("  - title: Behavioural\n", 13)),
			args:  withPlan, code: 1, out: ``, err: `plan.yaml:\d+: a loop has at most 12 rounds`},
		{name: "a plan nested 100,000 deep", cmd: "loop",
			setup: plan("rounds: " + repeat("[", 100000) + repeat("]", 100000) + "\n"),
			args:  withPlan, code: 1, err: `plan.yaml: invalid YAML: exceeded max depth`},
		{name: "a plan with NUL bytes", cmd: "loop",
			setup: plan("rounds:\n  - title: Be\x00havioural\n"), args: withPlan, code: 1, err: `plan.yaml:\d*:? ?invalid YAML`},
		{name: "a plan with a right-to-left override", cmd: "loop",
			setup: plan("rounds:\n  - title: Behavioural\n    interviewer: \"Bo\\u202Efdp.exe\"\n"),
			args:  withPlan, code: 1, err: `interviewer contains an invisible formatting character \(U\+202E\)`, notErr: "\u202e"},
		{name: "a plan with an escape sequence", cmd: "loop",
			setup: plan("rounds:\n  - title: \"Behav\\e[2Jioural\"\n"), args: withPlan, code: 1,
			err: `control character \(U\+001B\)`, notErr: "\x1b"},
		{name: "a named pipe as the manifest", cmd: "loop",
			setup: func(t *testing.T, dir string) { fifo(t, dir, "m.json") },
			args:  from, code: 1, err: `m.json is not a regular file \(a named pipe\)`},
		{name: "/dev/zero as the manifest", cmd: "loop",
			args: []string{"loop", "--from", "/dev/zero"}, code: 1, err: `/dev/zero is not a regular file \(a device\)`},
		{name: "a manifest of 60 MB", cmd: "loop",
			setup: func(t *testing.T, dir string) { sparse(t, dir, "m.json", 60<<20) },
			args:  from, code: 1, err: `m.json is too large \(limit 1.0 MB\)`},
		{name: "a manifest a byte past its limit", cmd: "loop",
			setup: func(t *testing.T, dir string) {
				b, _ := manifestFixture()
				put(t, dir, "m.json", append(b, []byte(repeat(" ", 1<<20))...))
			},
			args: from, code: 1, err: `m.json is too large \(limit 1.0 MB\)`},
		{name: "an escape sequence in the manifest's candidate", cmd: "loop",
			setup: putManifest(func(m map[string]any) { m["candidate"] = "Ana\x1b[2J\x1b]0;owned\x07" }),
			args:  from, code: 1, err: `m.json: manifest: candidate contains a control character`, notErr: "\x1b|\x07"},
		{name: "an interviewer of 5,000 characters in the manifest", cmd: "loop",
			setup: putManifest(func(m map[string]any) { round(m, 0)["interviewer"] = repeat("Bo ", 1700) }),
			args:  from, code: 1, err: `interviewer is \d+ characters; at most 100`},
		{name: "a right-to-left override in the manifest's role", cmd: "loop",
			setup: putManifest(func(m map[string]any) { m["role"] = "Dev\u202Egpj.exe" }),
			args:  from, code: 1, err: `role contains an invisible formatting character`},
		{name: "a manifest of 10,000 rounds", cmd: "loop",
			setup: putManifest(func(m map[string]any) {
				r := make([]any, 10000)
				for i := range r {
					r[i] = map[string]any{"title": "R"}
				}
				m["rounds"] = r
			}),
			args: from, code: 1, err: `manifest: 10000 rounds; a loop has at most 12`},
		{name: "a round of 300 questions in the manifest", cmd: "loop",
			setup: putManifest(func(m map[string]any) {
				qs := make([]any, 300)
				for i := range qs {
					qs[i] = sprintf("q-%d", i)
				}
				round(m, 0)["questions"] = qs
			}),
			args: from, code: 1, err: `round 1 lists 300 questions; a round holds at most 240`},
		{name: "a manifest nested 100,000 deep", cmd: "loop",
			setup: func(t *testing.T, dir string) { putString(t, dir, "m.json", repeat("[", 100000)+repeat("]", 100000)) },
			args:  from, code: 1, err: `m.json: manifest: `},
		{name: "a manifest that is not JSON", cmd: "loop",
			setup: func(t *testing.T, dir string) { putString(t, dir, "m.json", "<html>a web page saved as m.json</html>") },
			args:  from, code: 1, err: `m.json: manifest: invalid character`},
	}
}

// manifestContentCases: manifests edited after they were written.
func manifestContentCases(t *testing.T) []hostile {
	return []hostile{
		{name: "a manifest's question changed", cmd: "loop",
			setup: putManifest(func(m map[string]any) { round(m, 1)["questions"].([]any)[0] = "orm-n-plus-one" }),
			args:  from, code: 1, err: `the rebuilt loop has kit ID .*, the manifest records `},
		{name: "a manifest's questions reordered", cmd: "loop",
			setup: putManifest(func(m map[string]any) {
				qs := round(m, 0)["questions"].([]any)
				qs[0], qs[1] = qs[1], qs[0]
			}),
			args: from, code: 1, err: `the rebuilt loop has kit ID .*, the manifest records `},
		{name: "a manifest's kit ID changed", cmd: "loop",
			setup: putManifest(func(m map[string]any) { m["kit_id"] = "ZZZZ-9999" }),
			args:  from, code: 1, err: `the manifest records ZZZZ-9999`},
		{name: "a manifest from the future", cmd: "loop",
			setup: putManifest(func(m map[string]any) { m["format"] = 99 }),
			args:  from, code: 1, err: `format 99 is newer than this interviewkit reads`},
		{name: "a manifest with an unknown paper", cmd: "loop",
			setup: putManifest(func(m map[string]any) { m["paper"] = "a3" }),
			args:  from, code: 1, err: `m.json: .*a3`},
		{name: "a manifest with a date that is no date", cmd: "loop",
			setup: putManifest(func(m map[string]any) { m["date"] = "2026-02-30" }),
			args:  from, code: 1, err: `date "2026-02-30" is not a date written YYYY-MM-DD`},
		{name: "a manifest with invalid UTF-8", cmd: "loop",
			setup: func(t *testing.T, dir string) {
				b, _ := manifestFixture()
				put(t, dir, "m.json", []byte(strings.Replace(string(b), "Ana López", "Ana L\xffpez", 1)))
			},
			args: from, code: 1, err: `m.json: manifest: not valid UTF-8`},
		{name: "--from with --candidate", cmd: "loop",
			setup: putManifest(func(map[string]any) {}),
			args:  []string{"loop", "--from", "m.json", "--candidate", "Eve"}, code: 2, err: `--candidate cannot be used with --from`},
		{name: "a manifest as it was written", cmd: "loop",
			setup: putManifest(func(map[string]any) {}),
			args:  from, code: 0, out: `wrote re/ana-lopez-2026-03-02-`, changes: []string{"re"}},
	}
}
