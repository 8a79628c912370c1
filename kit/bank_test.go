package kit_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

func TestLoadEmbeddedBank(t *testing.T) {
	b, err := kit.Load(data.FS, "data")
	if err != nil {
		t.Fatalf("embedded bank: %v", err)
	}
	if len(b.Levels) != 4 || len(b.Stages) != 5 || len(b.Questions) == 0 {
		t.Fatalf("embedded bank: %d levels, %d stages, %d questions", len(b.Levels), len(b.Stages), len(b.Questions))
	}
	if len(b.Version) != 12 {
		t.Errorf("version %q: want 12 hex digits", b.Version)
	}
}

func TestLoadAcceptsTestBank(t *testing.T) {
	b := testBank(t)
	if got := len(b.Questions); got != 45 {
		t.Fatalf("got %d questions, want 45", got)
	}
	q, ok := b.Question("orm-people")
	if !ok || q.STAR == nil || q.STAR.Situation != "S" {
		t.Fatalf("orm-people: %+v", q)
	}
	if q.File != "testbank/questions.yaml" || q.Line == 0 {
		t.Errorf("location %s:%d", q.File, q.Line)
	}
}

// validQuestion is a question the test taxonomy accepts.
var validQuestion = question("good-one", "core", []string{"orm"}, []string{"junior"}, 5)

// loadProblemCases are the mistakes a person makes in a bank, each with
// the located problems it must give.
var loadProblemCases = []struct {
	name  string
	files map[string]string
	want  []string // substrings, each of a separate problem
}{
	{
		name:  "tab indentation",
		files: map[string]string{"q.yaml": "questions:\n\t- id: x\n"},
		want:  []string{"b/q.yaml:2: tab used for indentation"},
	},
	{
		name:  "unclosed bracket",
		files: map[string]string{"q.yaml": "questions:\n  - id: x\n    areas: [orm, security\n"},
		want:  []string{"b/q.yaml:", "invalid YAML"},
	},
	{
		name:  "wrong type",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "minutes: 5", "minutes: ten", 1)},
		want:  []string{`b/q.yaml:7: question "good-one": minutes must be a whole number, got "ten"`},
	},
	{
		name:  "unknown field with suggestion",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "why:", "whyy:", 1)},
		want:  []string{`b/q.yaml:8: question "good-one": unknown field "whyy" in a question (did you mean "why"?)`, `needs why`},
	},
	{
		name: "duplicate ids across files",
		files: map[string]string{
			"a.yaml": "questions:\n" + validQuestion,
			"b.yaml": "questions:\n" + validQuestion,
		},
		want: []string{`b/b.yaml:2: question "good-one": duplicate id; first defined at b/a.yaml:2`},
	},
	{
		name:  "rubric with three levels",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "      4: deep\n", "", 1)},
		want:  []string{`rubric needs 4 levels, has 3 (missing 4)`},
	},
	{
		name:  "too few key points",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "[one, two, three]", "[one, two]", 1)},
		want:  []string{`b/q.yaml:9: question "good-one": key_points needs 3 to 8 expected answer points, has 2`},
	},
	{
		name:  "unknown area and level",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(strings.Replace(validQuestion, "[orm]", "[orn]", 1), "[junior]", "[senoir]", 1)},
		want:  []string{`unknown area "orn" (did you mean "orm"?)`, `unknown level "senoir" (did you mean "senior"?)`},
	},
	{
		name:  "duplicate key",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "    minutes: 5\n", "    minutes: 5\n    minutes: 6\n", 1)},
		want:  []string{`b/q.yaml:8: question "good-one": field "minutes" appears twice`},
	},
	{
		name:  "alias",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "[one, two, three]", "&kp [one, two, three]", 1)},
		want:  []string{"anchors and aliases"},
	},
	{
		name:  "behavioural without star",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(question("p", "people", []string{"orm"}, []string{"mid"}, 5), "    star: {situation: S, task: T, action: A, result: R}\n", "", 1)},
		want:  []string{`question "p": stage "people" is behavioural: the question needs star probes`},
	},
	{
		name:  "not a list",
		files: map[string]string{"q.yaml": "questions:\n  id: x\n"},
		want:  []string{`b/q.yaml:2: questions must be a list`},
	},
	{
		name:  "empty file",
		files: map[string]string{"q.yaml": "# nothing yet\n"},
		want:  []string{`b/q.yaml: file is empty`},
	},
	{
		name:  "version note over 160 characters",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "    minutes: 5\n", "    minutes: 5\n    version_note: "+strings.Repeat("x", 161)+"\n", 1)},
		want:  []string{`b/q.yaml:8: question "good-one": version_note is 161 characters; keep it to 160`},
	},
	{
		name:  "version note on two lines",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "    minutes: 5\n", "    minutes: 5\n    version_note: |\n      New in 6.0.\n      Before, Celery.\n", 1)},
		want:  []string{`b/q.yaml:8: question "good-one": version_note must be one line`},
	},
	{
		name:  "version note empty",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "    minutes: 5\n", "    minutes: 5\n    version_note: \"\"\n", 1)},
		want:  []string{`b/q.yaml:8: question "good-one": version_note is empty`},
	},
	{
		name:  "version note a list",
		files: map[string]string{"q.yaml": "questions:\n" + strings.Replace(validQuestion, "    minutes: 5\n", "    minutes: 5\n    version_note: [5.2, 6.0]\n", 1)},
		want:  []string{`b/q.yaml:8: question "good-one": version_note must be text, got a list`},
	},
	{
		name: "many problems at once",
		files: map[string]string{"q.yaml": "questions:\n" +
			strings.Replace(validQuestion, "minutes: 5", "minutes: 0", 1) +
			strings.Replace(strings.Replace(validQuestion, "good-one", "Bad_ID", 1), "stage: core", "stage: cor", 1)},
		want: []string{`question "good-one": needs minutes`, `question "Bad_ID": id must be kebab-case`, `unknown stage "cor" (did you mean "core"?)`},
	},
}

// TestLoadReportsEveryProblem checks that each kind of mistake a person makes
// in a bank is reported with its file and line, all at once.
func TestLoadReportsEveryProblem(t *testing.T) {
	tests := loadProblemCases
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"taxonomy.yaml": {Data: []byte(taxonomyYAML)}}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			_, err := kit.Load(fsys, "b")
			if !errors.Is(err, kit.ErrInvalidBank) {
				t.Fatalf("got %v, want an invalid bank", err)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("missing %q in:\n%s", w, msg)
				}
			}
		})
	}
}

// TestLoadFileReadsABankKeptInOneFile checks that a bank in a single file
// is located by the label its caller gives (the path a person typed), and
// has the version it has when read from a folder.
func TestLoadFileReadsABankKeptInOneFile(t *testing.T) {
	whole := taxonomyYAML + "questions:\n" + validQuestion
	fsys := fstest.MapFS{"mine.yaml": {Data: []byte(whole)}}
	single, err := kit.LoadFile(fsys, "mine.yaml", "banks/mine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	folder, err := kit.Load(fsys, "banks")
	if err != nil {
		t.Fatal(err)
	}
	if single.Version != folder.Version {
		t.Errorf("version %s as a file, %s as a folder", single.Version, folder.Version)
	}
	if q, _ := single.Question("good-one"); q.File != "banks/mine.yaml" {
		t.Errorf("question located in %q, want banks/mine.yaml", q.File)
	}
	broken := fstest.MapFS{"mine.yaml": {Data: []byte(strings.Replace(whole, "minutes: 5", "minutes: ten", 1))}}
	_, err = kit.LoadFile(broken, "mine.yaml", "./mine.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), "./mine.yaml:") || !strings.Contains(err.Error(), "minutes must be a whole number") {
		t.Errorf("got %v, want the problem located at ./mine.yaml", err)
	}
}

// TestLoadRefusesWhatIsNotABankFile checks the intake: a file past the
// size limit, or a pipe or device named like a bank file, is a located
// problem, read no further.
func TestLoadRefusesWhatIsNotABankFile(t *testing.T) {
	huge := make([]byte, 8<<20+1)
	tests := []struct {
		name string
		file *fstest.MapFile
		want string
	}{
		{"a file past 8 MiB", &fstest.MapFile{Data: huge}, "b/q.yaml: file is larger than 8 MiB; not a question bank"},
		{"a named pipe", &fstest.MapFile{Mode: fs.ModeNamedPipe}, "b/q.yaml: not a regular file"},
		{"a device", &fstest.MapFile{Mode: fs.ModeDevice | fs.ModeCharDevice}, "b/q.yaml: not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"taxonomy.yaml": {Data: []byte(taxonomyYAML)}, "q.yaml": tt.file}
			_, err := kit.Load(fsys, "b")
			if !errors.Is(err, kit.ErrInvalidBank) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: %v, want %q", err, tt.want)
			}
			_, err = kit.LoadFile(fsys, "q.yaml", "b/q.yaml")
			if !errors.Is(err, kit.ErrInvalidBank) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadFile: %v, want %q", err, tt.want)
			}
		})
	}
}

// TestLoadChecksTheDefaultLoop checks the bank's loop rounds by the rules
// every round follows: a title that can be printed, minutes a round can
// last.
func TestLoadChecksTheDefaultLoop(t *testing.T) {
	bad := strings.Replace(taxonomyYAML, `  - title: Screen
    stages: [screen]
    minutes: {junior: 45, mid: 45, senior: 45, lead: 45}`, `  - title: "Screen\u2028two"
    stages: [screen]
    minutes: {junior: 45, mid: 45, senior: 300, lead: 45}`, 1)
	if bad == taxonomyYAML {
		t.Fatal("the test taxonomy's loop changed; update this test")
	}
	_, err := kit.Load(fstest.MapFS{"taxonomy.yaml": {Data: []byte(bad)}}, "b")
	for _, want := range []string{"loop round title contains a line break", "300 minutes for senior is out of range; a round runs 10 to 240 minutes, or 0 to skip the level"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %q", err, want)
		}
	}
}

func TestLoadNeedsTaxonomy(t *testing.T) {
	fsys := fstest.MapFS{"q.yaml": {Data: []byte("questions: []\n")}}
	_, err := kit.Load(fsys, "b")
	for _, w := range []string{"no file defines levels", "no file defines areas", "no file defines stages"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("want %q, got %v", w, err)
		}
	}
}

func TestLoadRejectsTaxonomyDefinedTwice(t *testing.T) {
	fsys := fstest.MapFS{"a.yaml": {Data: []byte(taxonomyYAML)}, "b.yaml": {Data: []byte(taxonomyYAML)}}
	_, err := kit.Load(fsys, "b")
	if err == nil || !strings.Contains(err.Error(), "b/b.yaml:6: levels already defined at b/a.yaml:6") {
		t.Fatalf("got %v", err)
	}
}

func TestVersionChangesWithContent(t *testing.T) {
	a := testBank(t)
	fsys := fstest.MapFS{"taxonomy.yaml": {Data: []byte(taxonomyYAML)}, "questions.yaml": {Data: []byte("questions:\n" + question("x", "core", []string{"orm"}, []string{"mid"}, 5))}}
	b, err := kit.Load(fsys, "testbank")
	if err != nil {
		t.Fatal(err)
	}
	if a.Version == b.Version {
		t.Fatalf("two different banks share version %s", a.Version)
	}
}

// FuzzLoad feeds arbitrary bytes to the bank loader: it must never panic,
// and any failure must be a *BankError with located problems.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(taxonomyYAML))
	f.Add([]byte("questions:\n" + question("a", "core", []string{"orm"}, []string{"mid"}, 5)))
	f.Add([]byte("questions:\n\t- id: x\n"))
	f.Add([]byte("questions: [{id: [}"))
	f.Add([]byte("a: &a [*a]\nquestions: *a\n"))
	f.Add([]byte("questions:\n  - rubric: {1: a, 9: b, x: c}\n    star: 3\n"))
	f.Add([]byte("--- \n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"taxonomy.yaml": {Data: []byte(taxonomyYAML)}, "q.yaml": {Data: data}}
		b, err := kit.Load(fsys, "fuzz")
		if err == nil {
			if b == nil {
				t.Fatal("nil bank without error")
			}
			return
		}
		var be *kit.BankError
		if !errors.As(err, &be) || len(be.Problems) == 0 {
			t.Fatalf("error is not a located bank error: %v", err)
		}
		for _, p := range be.Problems {
			if p.File == "" || p.Msg == "" {
				t.Fatalf("problem without place or message: %+v", p)
			}
		}
	})
}

// TestLoadReadsVersionFields checks that the bank's written_for and a
// question's version_note reach the bank, and that JSON output carries a
// version note only where a question has one.
func TestLoadReadsVersionFields(t *testing.T) {
	noted := strings.Replace(question("noted", "core", []string{"orm"}, []string{"mid"}, 5),
		"    minutes: 5\n", "    minutes: 5\n    version_note: \"Positional save() arguments are deprecated since Django 5.1\"\n", 1)
	plain := question("plain", "core", []string{"orm"}, []string{"mid"}, 5)
	taxonomy := strings.Replace(taxonomyYAML, "  description: A bank for tests.\n",
		"  description: A bank for tests.\n  written_for: \"Django 5.2 LTS and 6.0; Python 3.12+\"\n", 1)
	fsys := fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(taxonomy)},
		"questions.yaml": {Data: []byte("questions:\n" + noted + plain)},
	}
	b, err := kit.Load(fsys, "b")
	if err != nil {
		t.Fatal(err)
	}
	if b.WrittenFor != "Django 5.2 LTS and 6.0; Python 3.12+" {
		t.Errorf("WrittenFor = %q", b.WrittenFor)
	}
	tests := []struct {
		id, note string
		inJSON   bool
	}{
		{"noted", "Positional save() arguments are deprecated since Django 5.1", true},
		{"plain", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			q, _ := b.Question(tt.id)
			if q.VersionNote != tt.note {
				t.Errorf("VersionNote = %q, want %q", q.VersionNote, tt.note)
			}
			out, err := json.Marshal(q)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(out), `"version_note"`); got != tt.inJSON {
				t.Errorf("version_note in JSON = %v, want %v: %s", got, tt.inJSON, out)
			}
		})
	}
}

func TestLoadRejectsWrittenForOnTwoLines(t *testing.T) {
	taxonomy := strings.Replace(taxonomyYAML, "  description: A bank for tests.\n",
		"  description: A bank for tests.\n  written_for: \"Django 5.2\\nand 6.0\"\n", 1)
	_, err := kit.Load(fstest.MapFS{"taxonomy.yaml": {Data: []byte(taxonomy)}}, "b")
	if !errors.Is(err, kit.ErrInvalidBank) || !strings.Contains(err.Error(), "b/taxonomy.yaml:5: bank written_for must be one line") {
		t.Fatalf("got %v", err)
	}
}
