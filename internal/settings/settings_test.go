package settings_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// team is a settings file naming the team's banks and archive.
const team = `bank: sre
banks:
  sre: banks/sre
  django: builtin
archive: hr/archive.db
paper: letter
retention_months: 24
`

// write puts files under a temporary folder and returns it.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestLoadFindsTheFile(t *testing.T) {
	dir := write(t, map[string]string{settings.FileName: team, "other/team.yaml": "paper: a4\n"})
	tests := []struct {
		name      string
		in        settings.Inputs
		path      string
		found     string
		paper     string
		wantFile  bool
		wantError error
	}{
		{"the working folder", settings.Inputs{Read: os.ReadFile, Dir: dir}, filepath.Join(dir, settings.FileName), "settings the working folder", "letter", true, nil},
		{"the environment", settings.Inputs{Read: os.ReadFile, Dir: dir, Getenv: env(map[string]string{settings.EnvConfig: filepath.Join(dir, "other/team.yaml")})},
			filepath.Join(dir, "other/team.yaml"), "environment INTERVIEWKIT_CONFIG", "a4", true, nil},
		{"the flag over the environment", settings.Inputs{Read: os.ReadFile, Dir: dir, Config: filepath.Join(dir, "other/team.yaml"),
			Getenv: env(map[string]string{settings.EnvConfig: "nowhere.yaml"})}, filepath.Join(dir, "other/team.yaml"), "flag --config", "a4", true, nil},
		{"none", settings.Inputs{Read: os.ReadFile, Dir: t.TempDir()}, "", "built-in", "", false, nil},
		{"a named file that is not there", settings.Inputs{Read: os.ReadFile, Config: filepath.Join(dir, "missing.yaml")}, "", "", "", false, settings.ErrNoFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := settings.Load(tt.in)
			if tt.wantError != nil {
				if !errors.Is(err, tt.wantError) {
					t.Fatalf("got %v, want %v", err, tt.wantError)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (s.File != nil) != tt.wantFile || s.Path != tt.path || s.Found.String() != tt.found {
				t.Errorf("file %v at %q found by %q; want %v at %q by %q", s.File != nil, s.Path, s.Found, tt.wantFile, tt.path, tt.found)
			}
			if got := s.Paper("").V; got != tt.paper {
				t.Errorf("paper %q, want %q", got, tt.paper)
			}
		})
	}
}

func TestLoadReportsAFileWithProblems(t *testing.T) {
	dir := write(t, map[string]string{settings.FileName: "bank: sre\npapr: a4\nlanguage: dk\n"})
	_, err := settings.Load(settings.Inputs{Read: os.ReadFile, Dir: dir})
	var be *kit.BankError
	if !errors.As(err, &be) || len(be.Problems) != 2 || !strings.Contains(be.Problems[0].String(), `:2: unknown field "papr" in the settings (did you mean "paper"?)`) ||
		!strings.Contains(be.Problems[1].String(), `:3: language: "dk" is not a language interviewkit prints in (did you mean "de"?); valid languages: en, de`) {
		t.Fatalf("got %v", err)
	}
}

func TestPrecedenceIsFlagEnvironmentFileBuiltIn(t *testing.T) {
	dir := write(t, map[string]string{settings.FileName: team})
	file := filepath.Join(dir, settings.FileName)
	load := func(vars map[string]string) *settings.Settings {
		s, err := settings.Load(settings.Inputs{Read: os.ReadFile, Dir: dir, Getenv: env(vars)})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	withFile, bare := load(nil), &settings.Settings{}
	withEnv := load(map[string]string{settings.EnvBank: "django", settings.EnvArchive: "postgres://hr@db/interviews"})
	bankTests := []struct {
		name       string
		s          *settings.Settings
		flag       string
		path, from string
	}{
		{"flag path", withEnv, "mine.yaml", "mine.yaml", "flag --bank"},
		{"flag naming a bank of the file", withFile, "sre", filepath.Join(dir, "banks/sre"), "flag --bank"},
		{"flag naming the built-in bank", withFile, "builtin", "", "flag --bank"},
		{"environment naming a bank of the file", withEnv, "", "", "environment INTERVIEWKIT_BANK"},
		{"file", withFile, "", filepath.Join(dir, "banks/sre"), "settings " + file + ":1"},
		{"built-in", bare, "", "", "built-in"},
	}
	for _, tt := range bankTests {
		if c := tt.s.Bank(tt.flag); c.Path != tt.path || c.From.String() != tt.from {
			t.Errorf("bank, %s: %q from %q; want %q from %q", tt.name, c.Path, c.From, tt.path, tt.from)
		}
	}
	archiveTests := []struct {
		name    string
		s       *settings.Settings
		flag    string
		v, from string
	}{
		{"flag", withEnv, "x.db", "x.db", "flag --archive"},
		{"environment, an address kept as it is", withEnv, "", "postgres://hr@db/interviews", "environment INTERVIEWKIT_ARCHIVE"},
		{"file, relative to the file", withFile, "", filepath.Join(dir, "hr/archive.db"), "settings " + file + ":5"},
		{"built-in", bare, "", "", "built-in"},
	}
	for _, tt := range archiveTests {
		if v := tt.s.Archive(tt.flag); v.V != tt.v || v.From.String() != tt.from {
			t.Errorf("archive, %s: %q from %q; want %q from %q", tt.name, v.V, v.From, tt.v, tt.from)
		}
	}
	if v := withFile.Paper("a4"); v.V != "a4" || v.From.String() != "flag --paper" {
		t.Errorf("paper: %+v", v)
	}
}

func TestPolicyIsFileOverBankOverBuiltIn(t *testing.T) {
	dir := write(t, map[string]string{settings.FileName: "retention_months: 24\nrecommendation:\n  labels: {yes: Hire}\n"})
	s, err := settings.Load(settings.Inputs{Read: os.ReadFile, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	b := testkit.Bank(t)
	b.Ratings, b.RatingsAt = kit.Ratings{"None", "Some", "Most", "All"}, "data/bank.yaml:9"
	p, list := s.Policy(b)
	if p.RetentionMonths != 24 || p.Rule.Labels.Yes != "Hire" || p.Rule.Labels.StrongYes != "Strong yes" || p.Ratings != b.Ratings {
		t.Errorf("policy %+v", p)
	}
	from := map[string]string{}
	for _, st := range list {
		from[st.Name] = st.Value + " from " + st.From.String()
	}
	file := filepath.Join(dir, settings.FileName)
	for name, want := range map[string]string{
		"retention_months":                 "24 from settings " + file + ":1",
		"recommendation.labels.yes":        "Hire from settings " + file + ":3",
		"recommendation.labels.strong_yes": "Strong yes from built-in",
		"ratings":                          "None, Some, Most, All from bank data/bank.yaml:9",
		"loop.start":                       "09:00 from built-in",
		"loop.breaks":                      "none from built-in",
	} {
		if from[name] != want {
			t.Errorf("%s: %q, want %q", name, from[name], want)
		}
	}
	// The team's file names the ratings: the bank's default gives way.
	dir = write(t, map[string]string{settings.FileName: "ratings: [A, B, C, D]\n"})
	s, err = settings.Load(settings.Inputs{Read: os.ReadFile, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Policy(b); p.Ratings != (kit.Ratings{"A", "B", "C", "D"}) {
		t.Errorf("ratings %v, want the file's", p.Ratings)
	}
}

func TestGermanPolicyKeepsTheTeamsOwnNames(t *testing.T) {
	dir := write(t, map[string]string{settings.FileName: "language: de\nrecommendation:\n  labels: {yes: Einstellen}\n"})
	s, err := settings.Load(settings.Inputs{Read: os.ReadFile, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		bank *kit.Bank
		want kit.Policy
	}{
		{"without a bank's ratings", nil, kit.Policy{Ratings: kit.Ratings{"Keine Belege", "Teilweise", "Solide", "Herausragend"},
			Rule: kit.Rule{Labels: kit.RecommendationLabels{StrongNo: "Klares Nein", No: "Nein", Yes: "Einstellen", StrongYes: "Klares Ja", NoDecision: "Offen"}}}},
		{"with a bank's ratings", &kit.Bank{Ratings: kit.Ratings{"None", "Some", "Ready", "Ahead"}}, kit.Policy{Ratings: kit.Ratings{"None", "Some", "Ready", "Ahead"},
			Rule: kit.Rule{Labels: kit.RecommendationLabels{StrongNo: "Klares Nein", No: "Nein", Yes: "Einstellen", StrongYes: "Klares Ja", NoDecision: "Offen"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, shown := s.Policy(tt.bank)
			if p.Language != "de" || p.Ratings != tt.want.Ratings || p.Rule.Labels != tt.want.Rule.Labels {
				t.Errorf("got %s %v %+v", p.Language, p.Ratings, p.Rule.Labels)
			}
			for _, st := range shown {
				if st.Name == "language" && (st.Value != "de" || st.From.Kind != settings.File) {
					t.Errorf("config shows language %q from %v", st.Value, st.From)
				}
			}
		})
	}
}
