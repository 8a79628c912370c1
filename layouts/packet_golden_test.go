package layouts_test

// The packet is reproducible: the same kit gives the same bytes, run after
// run. The golden files pin them: testdata/packet/NAME.sha256 holds the
// PDF's SHA-256 and NAME.txt its text as pdftotext -layout reads it, so a
// change shows as a readable diff. go test ./layouts -update rewrites them;
// a new fpdf or Go release that changes compression may need that too.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

func TestPacketSameBytesEveryRun(t *testing.T) {
	a := testkit.Synth(testkit.SynthOptions{Questions: 5, Star: true})
	b := testkit.Synth(testkit.SynthOptions{Questions: 9, Long: true, Candidate: "Çağrı Öztürk"})
	first := renderPacket(t, "same-a", a, layouts.A4)
	renderPacket(t, "same-b", b, layouts.Letter) // another kit between the two runs
	second := renderPacket(t, "same-a", a, layouts.A4)
	if !bytes.Equal(first, second) {
		t.Fatalf("two runs of the same kit differ (%d and %d bytes)", len(first), len(second))
	}
	if bytes.Equal(first, renderPacket(t, "same-b", a, layouts.Letter)) {
		t.Error("A4 and Letter packets are the same bytes")
	}
}

func TestPacketGolden(t *testing.T) {
	cases := []struct {
		name  string
		kit   *kit.Kit
		paper layouts.Paper
	}{
		{"synthetic-a4", testkit.Synth(testkit.SynthOptions{Questions: 4, Star: true}), layouts.A4},
		{"synthetic-letter", testkit.Synth(testkit.SynthOptions{Questions: 3, Long: true}), layouts.Letter},
		{"german-a4", testkit.InGerman(testkit.Synth(testkit.SynthOptions{Questions: 4, Star: true})), layouts.A4},
		{"german-letter", testkit.InGerman(testkit.Synth(testkit.SynthOptions{Questions: 3, Long: true})), layouts.Letter},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pdf := renderPacket(t, c.name, c.kit, c.paper)
			sum := sha256.Sum256(pdf)
			got := hex.EncodeToString(sum[:]) + "\n"
			base := filepath.Join("testdata", "packet", c.name)
			if updating() {
				updateGolden(t, base, got, pdf)
				return
			}
			// The text first: when the bytes differ, it shows what moved.
			t.Run("text", func(t *testing.T) {
				testkit.NeedTools(t, "apt-get install poppler-utils", "pdftotext")
				want, err := os.ReadFile(base + ".txt")
				if err != nil {
					t.Fatalf("%v (go test ./layouts -update writes it)", err)
				}
				if text := runTool(t, "pdftotext", "-layout", "-enc", "UTF-8", pdfFile(t, pdf), "-"); string(want) != text {
					t.Errorf("text differs from %s.txt (go test ./layouts -update rewrites it):\n%s", base, textDiff(string(want), text))
				}
			})
			want, err := os.ReadFile(base + ".sha256")
			if err != nil {
				t.Fatalf("%v (go test ./layouts -update writes it)", err)
			}
			if string(want) != got {
				kept := filepath.Join(t.TempDir(), c.name+".pdf")
				_ = os.WriteFile(kept, pdf, 0o644)
				t.Errorf("PDF bytes differ from %s.sha256: got %s, want %s (go test ./layouts -update rewrites it)",
					base, strings.TrimSpace(got), strings.TrimSpace(string(want)))
			}
		})
	}
}

// updateGolden rewrites the golden files at base: the hash, and the text
// as pdftotext reads it, which needs poppler.
func updateGolden(t *testing.T, base, sum string, pdf []byte) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatalf("-update needs pdftotext to write %s.txt (apt-get install poppler-utils)", base)
	}
	text := runTool(t, "pdftotext", "-layout", "-enc", "UTF-8", pdfFile(t, pdf), "-")
	if err := os.MkdirAll(filepath.Dir(base), 0o755); err != nil {
		t.Fatal(err)
	}
	for path, s := range map[string]string{base + ".sha256": sum, base + ".txt": text} {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPacketRefusesUnprintable: characters no font has are refused with an
// error naming each, never printed as empty boxes, and nothing is written.
func TestPacketRefusesUnprintable(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(k *kit.Kit)
		wants []string
	}{
		{"emoji in the name", func(k *kit.Kit) { k.Candidate = "Zoë 😀 Nguyễn" },
			[]string{`candidate name: character "😀" (U+1F600) cannot be printed`}},
		{"emoji with a joiner in a key point", func(k *kit.Kit) {
			k.Rounds[0].Questions[1].KeyPoints[2] = "Ships it 👩‍💻 fast"
		}, []string{`question "synth-q002" key point 3: character "👩" (U+1F469) cannot be printed`}},
		{"one problem per field, all fields", func(k *kit.Kit) {
			k.Rounds[0].Interviewer = "王小明"
			k.Rounds[0].Questions[0].Rubric[3] = "✅ all good"
			k.Rounds[0].Title = "Core 🚀🚀"
		}, []string{
			`round title: character "🚀" (U+1F680) cannot be printed`,
			`interviewer: character "王" (U+738B) cannot be printed`,
			`question "synth-q001" rubric 4: character "✅" (U+2705) cannot be printed`,
		}},
		{"right to left", func(k *kit.Kit) { k.Candidate = "דוד כהן" },
			[]string{`candidate name: character "ד" (U+05D3) cannot be printed: right-to-left text is not supported`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := testkit.Synth(testkit.SynthOptions{Questions: 3})
			c.edit(k)
			var buf bytes.Buffer
			err := layouts.WritePacket(&buf, k, 0, layouts.PacketOptions{Paper: layouts.A4})
			if !errors.Is(err, layouts.ErrUnprintable) {
				t.Fatalf("err = %v, want ErrUnprintable", err)
			}
			var ue *layouts.UnprintableError
			if !errors.As(err, &ue) {
				t.Fatalf("err %T is not an *UnprintableError", err)
			}
			for _, w := range c.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			if n := strings.Count(err.Error(), "\n") + 1; n != len(c.wants) {
				t.Errorf("%d problems reported, want %d:\n%v", n, len(c.wants), err)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite the error", buf.Len())
			}
		})
	}
}

func TestPacketRefusesBadArguments(t *testing.T) {
	k := testkit.Synth(testkit.SynthOptions{Questions: 1})
	cases := []struct {
		name  string
		kit   *kit.Kit
		round int
		paper layouts.Paper
		want  string
	}{
		{"no kit", nil, 0, layouts.A4, "packet: no kit"},
		{"no such round", k, 1, layouts.A4, fmt.Sprintf("packet: kit %s has no round 2", k.ID)},
		{"negative round", k, -1, layouts.A4, fmt.Sprintf("packet: kit %s has no round 0", k.ID)},
		{"paper too small", k, 0, layouts.Paper{Name: "a6", Width: 105, Height: 148}, `packet: paper "a6" (105 x 148 mm) is too small for a packet`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := layouts.WritePacket(&buf, c.kit, c.round, layouts.PacketOptions{Paper: c.paper})
			if err == nil || err.Error() != c.want {
				t.Errorf("err = %v, want %s", err, c.want)
			}
			if buf.Len() > 0 {
				t.Errorf("%d bytes written", buf.Len())
			}
		})
	}
}

func ExampleWritePacket_unprintable() {
	k := testkit.Synth(testkit.SynthOptions{Questions: 1, Candidate: "Zoë 😀"})
	err := layouts.WritePacket(&bytes.Buffer{}, k, 0, layouts.PacketOptions{Paper: layouts.A4})
	fmt.Println(err)
	fmt.Println(errors.Is(err, layouts.ErrUnprintable))
	// Output:
	// candidate name: character "😀" (U+1F600) cannot be printed
	// true
}

// TestPacketConcurrent: packets written at once share fonts safely (run
// with -race).
func TestPacketConcurrent(t *testing.T) {
	k := testkit.Synth(testkit.SynthOptions{Questions: 3, Star: true})
	want := renderPacket(t, "concurrent", k, layouts.A4)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			var buf bytes.Buffer
			err := layouts.WritePacket(&buf, k, 0, layouts.PacketOptions{Paper: layouts.A4})
			if err == nil && !bytes.Equal(buf.Bytes(), want) {
				err = errors.New("a packet written concurrently differs")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// FuzzPacketNames: whatever a name holds, the packet is written or refused
// with ErrUnprintable; it never panics or fails otherwise.
func FuzzPacketNames(f *testing.F) {
	for _, s := range []string{"Zoë Ł. Nguyễn Thị Ánh", "😀", "\U00010000", "a\u0300\u0301\u0302", "\uFFFF\uFFFE", strings.Repeat("W", 300), "\x00\t\n", "דוד", "\u202Eevil"} {
		f.Add(s)
	}
	k := testkit.Synth(testkit.SynthOptions{Questions: 1})
	f.Fuzz(func(t *testing.T, name string) {
		k := *k
		k.Candidate = name
		k.Rounds = []kit.Round{k.Rounds[0]}
		k.Rounds[0].Interviewer = name
		err := layouts.WritePacket(io.Discard, &k, 0, layouts.PacketOptions{Paper: layouts.Letter})
		if err != nil && !errors.Is(err, layouts.ErrUnprintable) {
			t.Fatalf("%q: %v", name, err)
		}
	})
}
