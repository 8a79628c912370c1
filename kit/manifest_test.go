package kit_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// loopKit assembles a finished loop kit as the loop command does.
func loopKit(t testing.TB, b *kit.Bank, level string, focus []string, specs []kit.RoundSpec, seed uint64) *kit.Kit {
	t.Helper()
	rounds, err := kit.SelectLoop(b, level, focus, specs, seed)
	if err != nil {
		t.Fatalf("%s %v seed %d: %v", level, focus, seed, err)
	}
	iv := kit.Interview{Candidate: "Zoë O'Brien", Role: "Backend developer (R&D)", Date: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)}
	return kit.New(b, iv, seed, rounds, "v0.9.0-test")
}

func encode(t testing.TB, m kit.Manifest) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestManifestRebuildsTheLoop goes manifest -> JSON -> manifest -> specs ->
// SelectLoop and expects the same questions, the same kit ID and the same
// bytes, for every level, with and without a focus.
func TestManifestRebuildsTheLoop(t *testing.T) {
	b := testkit.Bank(t)
	interviewers := []string{"Sam Okafor", "Ana López", "Priya Raman", "Ana López", "Sam Okafor"}
	for _, level := range b.LevelIDs() {
		for _, focus := range [][]string{nil, {"orm", "security", "apis"}, {"python"}} {
			for _, seed := range []uint64{0, 7, 123456, 1<<64 - 1} {
				specs, err := kit.DefaultLoop(b, level, focus)
				if err != nil {
					t.Fatal(err)
				}
				for i := range specs {
					specs[i].Interviewer = interviewers[i]
				}
				k := loopKit(t, b, level, focus, specs, seed)
				m := kit.NewManifest(k, focus, "letter")
				data := encode(t, m)

				back, err := kit.DecodeManifest(bytes.NewReader(data))
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(back, m) {
					t.Fatalf("%s seed %d: decoded manifest differs:\n%+v\n%+v", level, seed, back, m)
				}
				if err := back.Check(b); err != nil {
					t.Fatal(err)
				}
				again, err := back.Rebuild(b, "v0.9.0-test")
				if err != nil {
					t.Fatalf("%s %v seed %d: %v", level, focus, seed, err)
				}
				if again.ID != k.ID {
					t.Errorf("%s %v seed %d: rebuilt kit %s, want %s", level, focus, seed, again.ID, k.ID)
				}
				if !reflect.DeepEqual(again.Rounds, k.Rounds) {
					t.Fatalf("%s %v seed %d: the rebuilt rounds differ from the rounds SelectLoop chose", level, focus, seed)
				}
				for i, r := range again.Rounds {
					if got, want := ids(r.Questions), m.Rounds[i].Questions; !slices.Equal(got, want) {
						t.Fatalf("%s %v seed %d round %q: rebuilt %v, recorded %v", level, focus, seed, r.Title, got, want)
					}
				}
				if !bytes.Equal(encode(t, kit.NewManifest(again, back.Focus, back.Paper)), data) {
					t.Fatalf("%s seed %d: the rebuilt loop's manifest is not byte-identical", level, seed)
				}
			}
		}
	}
}

// TestManifestGolden pins the manifest's layout: field names and order,
// indentation, and no HTML escaping. Refresh with go test ./kit -update.
func TestManifestGolden(t *testing.T) {
	b := loopBank(t)
	specs, err := kit.DefaultLoop(b, "senior", []string{"security", "apis"})
	if err != nil {
		t.Fatal(err)
	}
	specs[0].Interviewer = "Ana López"
	specs[1].Interviewer = "Sam <sam@example.com>"
	k := loopKit(t, b, "senior", []string{"security", "apis"}, specs, 2026)
	got := encode(t, kit.NewManifest(k, []string{"security", "apis"}, "a4"))
	const golden = "testdata/loop/manifest.golden.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./kit -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("manifest differs from %s (run go test ./kit -update if the change is meant):\n%s", golden, got)
	}
	for _, s := range []string{`(R&D)`, `<sam@example.com>`, `"seed": 2026`, `"focus": [`, "\n  \"rounds\": ["} {
		if !bytes.Contains(got, []byte(s)) {
			t.Errorf("manifest lacks %s", s)
		}
	}
}

func TestManifestCheckExplainsAnotherBank(t *testing.T) {
	b := loopBank(t)
	specs, err := kit.DefaultLoop(b, "mid", nil)
	if err != nil {
		t.Fatal(err)
	}
	m := kit.NewManifest(loopKit(t, b, "mid", nil, specs, 4), nil, "a4")
	if err := m.Check(b); err != nil {
		t.Fatalf("same bank: %v", err)
	}
	// The same taxonomy with one question only: another version, and most
	// recorded questions are gone.
	other, err := kit.Load(fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(loopTaxonomy)},
		"questions.yaml": {Data: []byte("questions:\n" + question(m.Rounds[0].Questions[0], "screen", []string{"orm"}, []string{"mid"}, 5))},
	}, "other")
	if err != nil {
		t.Fatal(err)
	}
	err = m.Check(other)
	if !errors.Is(err, kit.ErrBankChanged) {
		t.Fatalf("got %v, want ErrBankChanged", err)
	}
	// The one question left is written anew, with another stage: edited.
	kept := m.Rounds[0].Questions[0]
	for _, want := range []string{b.Version, other.Version, "the loop's own questions changed: ", kept + " edited", m.Rounds[1].Questions[0] + " removed"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
	if strings.Contains(err.Error(), kept+" removed") {
		t.Errorf("%q says a question the other bank still has is removed", err)
	}
}

func TestDecodeManifestRejects(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"not JSON", "kit: yes", "manifest: invalid character"},
		{"no format", `{"level": "mid", "rounds": [{"title": "A"}]}`, "no format version"},
		{"newer format", `{"format": 99, "level": "mid", "rounds": [{"title": "A"}]}`, "format 99 is newer than this interviewkit reads (2)"},
		{"no level", `{"format": 1, "rounds": [{"title": "A"}]}`, "manifest: no level"},
		{"no rounds", `{"format": 1, "level": "mid", "rounds": []}`, "manifest: no rounds"},
		{"wrong type", `{"format": 1, "level": "mid", "seed": "seven"}`, "manifest: json: cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kit.DecodeManifest(strings.NewReader(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// manifestJSON is a real manifest with one line changed by edit.
func manifestJSON(t *testing.T, edit func(*kit.Manifest)) string {
	t.Helper()
	b := loopBank(t)
	specs, err := kit.DefaultLoop(b, "senior", nil)
	if err != nil {
		t.Fatal(err)
	}
	m := kit.NewManifest(loopKit(t, b, "senior", nil, specs, 5), nil, "a4")
	edit(&m)
	return string(encode(t, m))
}

// TestDecodeManifestChecksNamesAsFlagsDo checks that a manifest, a way in
// like --candidate or a plan file, gets the same checks on its names.
func TestDecodeManifestChecksNamesAsFlagsDo(t *testing.T) {
	tests := []struct {
		name string
		edit func(*kit.Manifest)
		want string
	}{
		{"a line break in the candidate", func(m *kit.Manifest) { m.Candidate = "Ana\nLópez" }, "manifest: candidate contains a line break"},
		{"no candidate", func(m *kit.Manifest) { m.Candidate = "  " }, "manifest: no candidate"},
		{"an override in the role", func(m *kit.Manifest) { m.Role = "Dev\u202Efdp.exe" }, "manifest: role contains an invisible formatting character (U+202E)"},
		{"a round title too long", func(m *kit.Manifest) { m.Rounds[1].Title = strings.Repeat("x", kit.MaxTitleLen+1) },
			"manifest: round 2 title is 61 characters"},
		{"no round title", func(m *kit.Manifest) { m.Rounds[0].Title = "" }, "manifest: no round 1 title"},
		{"a control character in an interviewer", func(m *kit.Manifest) { m.Rounds[2].Interviewer = "Bo\x1b[31m" },
			"interviewer contains a control character (U+001B)"},
		{"a date that is no date", func(m *kit.Manifest) { m.Date = "14/03/2026" }, `manifest: date "14/03/2026" is not a date written YYYY-MM-DD`},
		{"a year that is a typing slip", func(m *kit.Manifest) { m.Date = "0026-03-14" }, `manifest: date "0026-03-14" is before 1900-01-01`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kit.DecodeManifest(strings.NewReader(manifestJSON(t, tt.edit)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
	m, err := kit.DecodeManifest(strings.NewReader(manifestJSON(t, func(m *kit.Manifest) { m.Candidate = " Zoë   O'Brien " })))
	if err != nil || m.Candidate != "Zoë O'Brien" {
		t.Errorf("spaces: got %q, %v; want them collapsed as CleanName does", m.Candidate, err)
	}
}

func TestManifestRebuildRefusesOtherQuestions(t *testing.T) {
	b := loopBank(t)
	data := manifestJSON(t, func(m *kit.Manifest) { m.KitID = "0000-0000" })
	m, err := kit.DecodeManifest(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Rebuild(b, "test"); err == nil || !strings.Contains(err.Error(), "the manifest records 0000-0000") {
		t.Errorf("got %v, want the kit IDs compared", err)
	}
}

// FuzzDecodeManifest feeds arbitrary bytes to the manifest reader, which
// reads a file a person may have edited: it never panics, and a manifest
// it accepts has names that pass the name rules and a date that parses.
func FuzzDecodeManifest(f *testing.F) {
	golden, err := os.ReadFile("testdata/loop/manifest.golden.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	f.Add([]byte(`{"format": 1, "level": "mid", "date": "2026-03-14", "candidate": "Ana\u2028", "rounds": [{"title": "A"}]}`))
	f.Add([]byte(`{"format": 1, "level": "mid", "date": "2026-02-30", "candidate": "Ana", "rounds": [{"title": "A"}]}`))
	f.Add([]byte(`[1, 2`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := kit.DecodeManifest(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "manifest: ") {
				t.Fatalf("error %q does not say it is about the manifest", err)
			}
			return
		}
		if _, err := m.Interview(); err != nil {
			t.Fatal(err)
		}
		if name, err := kit.CleanName(m.Candidate); err != nil || name != m.Candidate || name == "" {
			t.Fatalf("accepted candidate %q: %v", m.Candidate, err)
		}
		if role, err := kit.CleanTitle(m.Role); err != nil || role != m.Role {
			t.Fatalf("accepted role %q: %v", m.Role, err)
		}
		for _, r := range m.Rounds {
			if title, err := kit.CleanTitle(r.Title); err != nil || title != r.Title || title == "" {
				t.Fatalf("accepted round title %q: %v", r.Title, err)
			}
			if name, err := kit.CleanName(r.Interviewer); err != nil || name != r.Interviewer {
				t.Fatalf("accepted interviewer %q: %v", r.Interviewer, err)
			}
		}
	})
}
