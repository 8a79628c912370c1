package kitfolder_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

func names(f kitfolder.Folder) []string {
	var out []string
	for _, file := range f.Files {
		out = append(out, file.Name)
	}
	return out
}

func TestKitFolderHasAHandoutOnlyWithCandidateMaterial(t *testing.T) {
	plain := testkit.SynthQuestion(0, testkit.SynthOptions{})
	cases := []struct {
		name string
		qs   []*kit.Question
		want []string
	}{
		{"no material", []*kit.Question{plain},
			[]string{"ana-packet.pdf", "ana-scoresheet.xlsx", kitfolder.LayoutName}},
		{"a listing", []*kit.Question{plain, testkit.SynthExercise(1)},
			[]string{"ana-packet.pdf", "ana-handout.pdf", "ana-scoresheet.xlsx", kitfolder.LayoutName}},
		{"a handout alone", []*kit.Question{{ID: "design", Handout: "Design a booking system."}},
			[]string{"ana-packet.pdf", "ana-handout.pdf", "ana-scoresheet.xlsx", kitfolder.LayoutName}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := testkit.QuestionsKit("Ana", c.qs)
			f := kitfolder.Kit(t.TempDir(), k, &fakeDocs{})
			if got := names(f); !slices.Equal(got, c.want) {
				t.Fatalf("files %q, want %q", got, c.want)
			}
			paths, err := f.Write(false)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range paths {
				if strings.HasSuffix(p, "-handout.pdf") && read(t, p) != "handout "+k.Rounds[0].Title {
					t.Errorf("file %d holds %q, want the round's handout", i, read(t, p))
				}
			}
		})
	}
}

// TestLoopHandoutsSortWithTheirPackets: in a loop, each round with
// candidate material has a handout named like its packet, so that listed
// by name the two stand side by side, and a round without has none.
func TestLoopHandoutsSortWithTheirPackets(t *testing.T) {
	k, areas := testkit.BankLoop(t, "senior", nil, 7, "Ana", "Bo")
	if len(k.Rounds) < 3 {
		t.Fatalf("the senior loop has %d rounds", len(k.Rounds))
	}
	// Round 2 gets an exercise; no other round has material.
	for i := range k.Rounds {
		var qs []*kit.Question
		for _, q := range k.Rounds[i].Questions {
			c := *q
			c.Code, c.Handout, c.Script = nil, "", nil
			qs = append(qs, &c)
		}
		k.Rounds[i].Questions = qs
	}
	k.Rounds[1].Questions = append(k.Rounds[1].Questions, testkit.SynthExercise(9))
	f := kitfolder.Loop(t.TempDir(), k, areas, nil, &fakeDocs{})
	got := names(f)
	var handouts []string
	for _, n := range got {
		if strings.HasSuffix(n, "-handout.pdf") {
			handouts = append(handouts, n)
		}
	}
	packet := kitfolder.PacketName(k, 1)
	want := kitfolder.HandoutName(k, 1)
	if len(handouts) != 1 || handouts[0] != want || want != strings.TrimSuffix(packet, "packet.pdf")+"handout.pdf" {
		t.Fatalf("handouts %q, want only %q beside %q", handouts, want, packet)
	}
	sorted := slices.Clone(got)
	slices.Sort(sorted)
	i := slices.Index(sorted, want)
	if i < 0 || i+1 >= len(sorted) || sorted[i+1] != packet {
		t.Errorf("sorted by name, the handout is not beside its packet: %q", sorted)
	}
	if filepath.Base(f.Dir) != kitfolder.DirName(k) {
		t.Errorf("folder %s", f.Dir)
	}
}
