package layouts_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// renderHandout writes the handout of round 0 of k, kept under -packets
// like the packets.
func renderHandout(t testing.TB, name string, k *kit.Kit, paper layouts.Paper) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := layouts.WriteHandout(&buf, k, 0, layouts.HandoutOptions{Paper: paper}); err != nil {
		t.Fatalf("WriteHandout: %v", err)
	}
	if *packetOut != "" {
		if err := os.MkdirAll(*packetOut, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*packetOut, name+"-handout.pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// exerciseKit is a round of four questions, the second and fourth
// practical exercises with listings, a handout and a script.
func exerciseKit() *kit.Kit {
	return testkit.QuestionsKit("Zoë Ł. Nguyễn Thị Ánh", []*kit.Question{
		testkit.SynthQuestion(0, testkit.SynthOptions{}),
		testkit.SynthExercise(1),
		testkit.SynthQuestion(2, testkit.SynthOptions{}),
		testkit.SynthExercise(3),
	})
}

// TestListingWidthHoldsMaxListingColumns is the width rule: on A4 and
// Letter, a listing line of kit.MaxListingColumns characters, numbered
// with three digits, fits the body at the listing size.
func TestListingWidthHoldsMaxListingColumns(t *testing.T) {
	for _, p := range layouts.Papers {
		cols := layouts.ListingColumns(layouts.DefaultStyle(p))
		t.Logf("%s: %d columns of code", p.Name, cols)
		if cols < kit.MaxListingColumns {
			t.Errorf("%s holds %d columns of code; kit.MaxListingColumns is %d", p.Name, cols, kit.MaxListingColumns)
		}
	}
}

func TestHandoutNeedsCandidateMaterial(t *testing.T) {
	k := testkit.Synth(testkit.SynthOptions{Questions: 3})
	err := layouts.WriteHandout(&bytes.Buffer{}, k, 0, layouts.HandoutOptions{})
	if !errors.Is(err, layouts.ErrNoHandout) {
		t.Errorf("err = %v, want ErrNoHandout", err)
	}
	if err := layouts.WriteHandout(&bytes.Buffer{}, k, 1, layouts.HandoutOptions{}); err == nil || !strings.Contains(err.Error(), "has no round 2") {
		t.Errorf("err = %v, want no round 2", err)
	}
}

func TestExerciseDocumentsSameBytesEveryRun(t *testing.T) {
	k := exerciseKit()
	for _, p := range layouts.Papers {
		if !bytes.Equal(renderHandout(t, "same", k, p), renderHandout(t, "same", k, p)) {
			t.Errorf("%s: two handouts of one kit differ", p.Name)
		}
		if !bytes.Equal(renderPacket(t, "same", k, p), renderPacket(t, "same", k, p)) {
			t.Errorf("%s: two packets of one kit differ", p.Name)
		}
	}
}

// TestPacketWithoutListingsEmbedsNoMonospaceFont: the monospace faces are
// embedded only in a document that prints a listing.
func TestPacketWithoutListingsEmbedsNoMonospaceFont(t *testing.T) {
	plain := renderPacket(t, "plain", testkit.Synth(testkit.SynthOptions{Questions: 2}), layouts.A4)
	if bytes.Contains(plain, []byte("/BaseFont /utf8liberationmono")) {
		t.Error("a packet without listings embeds Liberation Mono")
	}
	if withCode := renderPacket(t, "code", exerciseKit(), layouts.A4); !bytes.Contains(withCode, []byte("/BaseFont /utf8liberationmono")) {
		t.Error("a packet with listings does not embed Liberation Mono")
	}
}

func TestListingRefusesUnprintableCode(t *testing.T) {
	k := exerciseKit()
	q := k.Rounds[0].Questions[1]
	q.Code[0].Text = "x = 1\nname = '王'\n\ty = 2"
	for _, write := range []func() error{
		func() error { return layouts.WritePacket(&bytes.Buffer{}, k, 0, layouts.PacketOptions{}) },
		func() error { return layouts.WriteHandout(&bytes.Buffer{}, k, 0, layouts.HandoutOptions{}) },
	} {
		err := write()
		if !errors.Is(err, layouts.ErrUnprintable) {
			t.Fatalf("err = %v, want ErrUnprintable", err)
		}
		for _, w := range []string{`listing 1 line 2: character "王" (U+738B) cannot be printed`, `listing 1 line 3: character "\t" (U+0009) cannot be printed: a tab`} {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error lacks %q:\n%v", w, err)
			}
		}
	}
}

// TestExerciseGolden pins a packet and a handout of practical exercises:
// testdata/exercise/NAME.sha256 holds the PDF's SHA-256 and NAME.txt its
// text as pdftotext -layout reads it (go test ./layouts -update rewrites
// them).
func TestExerciseGolden(t *testing.T) {
	k := exerciseKit()
	cases := []struct {
		name string
		pdf  []byte
	}{
		{"packet-a4", renderPacket(t, "golden", k, layouts.A4)},
		{"handout-a4", renderHandout(t, "golden", k, layouts.A4)},
		{"handout-letter", renderHandout(t, "golden", k, layouts.Letter)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sum := sha256.Sum256(c.pdf)
			got := hex.EncodeToString(sum[:]) + "\n"
			base := filepath.Join("testdata", "exercise", c.name)
			if updating() {
				updateGolden(t, base, got, c.pdf)
				return
			}
			t.Run("text", func(t *testing.T) {
				testkit.NeedTools(t, "apt-get install poppler-utils", "pdftotext")
				want, err := os.ReadFile(base + ".txt")
				if err != nil {
					t.Fatalf("%v (go test ./layouts -update writes it)", err)
				}
				if text := runTool(t, "pdftotext", "-layout", "-enc", "UTF-8", pdfFile(t, c.pdf), "-"); string(want) != text {
					t.Errorf("text differs from %s.txt (go test ./layouts -update rewrites it):\n%s", base, textDiff(string(want), text))
				}
			})
			want, err := os.ReadFile(base + ".sha256")
			if err != nil {
				t.Fatalf("%v (go test ./layouts -update writes it)", err)
			}
			if string(want) != got {
				t.Errorf("PDF bytes differ from %s.sha256: got %s, want %s (go test ./layouts -update rewrites it)",
					base, strings.TrimSpace(got), strings.TrimSpace(string(want)))
			}
		})
	}
}
