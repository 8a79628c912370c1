package kit_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// tamperBase is a recorded loop of the embedded bank.
func tamperBase(t testing.TB) (*kit.Bank, kit.Manifest) {
	b := testkit.Bank(t)
	specs, err := kit.DefaultLoop(b, "mid", nil)
	if err != nil {
		t.Fatal(err)
	}
	return b, kit.NewManifest(loopKit(t, b, "mid", nil, specs, 7), nil, "a4")
}

// TestManifestNeverRebuildsWhatItDoesNotRecord: a manifest whose recorded
// questions were edited is refused, saying what differs, not rebuilt into
// another loop; every list a manifest holds has a limit.
func TestManifestNeverRebuildsWhatItDoesNotRecord(t *testing.T) {
	b, base := tamperBase(t)
	tests := []struct {
		name string
		edit func(m *kit.Manifest)
		err  error  // for errors.Is, when set
		msg  string // part of the message
	}{
		// The rebuild takes the recorded questions as they are (it never
		// draws again), so an edit either breaks the round's own rules or
		// gives another kit ID than the one recorded: refused either way.
		{"a question swapped for one the loop never held", func(m *kit.Manifest) { m.Rounds[1].Questions[0] = "orm-n-plus-one" },
			nil, `round "` + base.Rounds[1].Title + `"`},
		{"two questions in another order", func(m *kit.Manifest) {
			q := m.Rounds[0].Questions
			q[0], q[1] = q[1], q[0]
		}, nil, "the manifest records " + base.KitID},
		{"a question recorded twice", func(m *kit.Manifest) {
			m.Rounds[0].Questions = append(m.Rounds[0].Questions, m.Rounds[0].Questions[0])
		}, nil, `round "` + base.Rounds[0].Title + `"`},
		{"a question left out", func(m *kit.Manifest) { m.Rounds[0].Questions = m.Rounds[0].Questions[1:] },
			nil, "the manifest records " + base.KitID},
		{"the kit ID changed", func(m *kit.Manifest) { m.KitID = "ZZZZ-9999" }, nil, "the manifest records ZZZZ-9999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base
			m.Rounds = slices.Clone(base.Rounds)
			for i := range m.Rounds {
				m.Rounds[i].Questions = slices.Clone(base.Rounds[i].Questions)
			}
			tt.edit(&m)
			back, err := kit.DecodeManifest(bytes.NewReader(encode(t, m)))
			if err != nil {
				t.Fatal(err)
			}
			k, err := back.Rebuild(b, "v0.9.0-test")
			if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("Rebuild = %v, %v; want an error saying %q", k, err, tt.msg)
			}
		})
	}
}

func TestDecodeManifestBoundsEveryList(t *testing.T) {
	_, base := tamperBase(t)
	many := func(n int, s string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("%s-%d", s, i)
		}
		return out
	}
	tests := []struct {
		name string
		data func() []byte
		err  error
		msg  string
	}{
		{"13 rounds", func() []byte {
			m := base
			for len(m.Rounds) < 13 {
				m.Rounds = append(m.Rounds, base.Rounds[0])
			}
			return encode(t, m)
		}, nil, "manifest: 13 rounds; a loop has at most 12"},
		{"a round of 241 questions", func() []byte {
			m := base
			m.Rounds = slices.Clone(base.Rounds)
			m.Rounds[0].Questions = many(241, "q")
			return encode(t, m)
		}, nil, "round 1 lists 241 questions; a round holds at most 240"},
		{"a focus of 101 areas", func() []byte { m := base; m.Focus = many(101, "a"); return encode(t, m) }, nil, "focus lists 101 areas"},
		{"a byte past the limit", func() []byte {
			return append(encode(t, base), bytes.Repeat([]byte(" "), kit.MaxManifestBytes)...)
		}, intake.ErrTooLarge, "manifest: too large (limit 1.0 MB)"},
		{"invalid UTF-8 in a name", func() []byte {
			return bytes.Replace(encode(t, base), []byte("Zo\u00eb"), []byte("Zo\xff"), 1)
		}, nil, "manifest: not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kit.DecodeManifest(bytes.NewReader(tt.data()))
			if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("DecodeManifest = %v; want %q", err, tt.msg)
			}
		})
	}
}

// FuzzManifestRebuild edits a real manifest's bytes at random and rebuilds
// it from the bank it was made from, as loop --from does: whatever the
// manifest says, a rebuilt loop has exactly the questions the manifest
// records and the kit ID it records, or it is refused.
func FuzzManifestRebuild(f *testing.F) {
	b, base := tamperBase(f)
	golden := encode(f, base)
	f.Add(golden)
	f.Add(bytes.Replace(golden, []byte(base.Rounds[0].Questions[0]), []byte("orm-n-plus-one"), 1))
	f.Add(bytes.Replace(golden, []byte(`"seed": 7`), []byte(`"seed": 8`), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := kit.DecodeManifest(bytes.NewReader(data))
		if err != nil || m.Check(b) != nil {
			return
		}
		k, err := m.Rebuild(b, "v0.9.0-test")
		if err != nil {
			return
		}
		if k.ID != m.KitID || len(k.Rounds) != len(m.Rounds) {
			t.Fatalf("rebuilt kit %s of %d rounds from a manifest recording %s of %d", k.ID, len(k.Rounds), m.KitID, len(m.Rounds))
		}
		for i, r := range k.Rounds {
			if got := ids(r.Questions); !slices.Equal(got, m.Rounds[i].Questions) {
				t.Fatalf("round %d rebuilt with %v; the manifest records %v", i+1, got, m.Rounds[i].Questions)
			}
		}
	})
}
