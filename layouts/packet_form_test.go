package layouts_test

// The packet is a form: every page carries the marks and its page code,
// every question one score row, the summary the recommendation row, and the
// layout the packet returns is where it drew them. The tests without -short
// print packets through poppler and read every page back with the scanner:
// each page is placed, each row found blank, and the paper the contract
// keeps clear is clear.

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
)

// formCase is a packet to check as a form.
type formCase struct {
	name  string
	kit   *kit.Kit
	round int
	paper layouts.Paper
}

func formCases(t testing.TB) []formCase {
	loop, _ := testkit.BankLoop(t, "senior", []string{"orm", "security"}, 7, "Ana López", "Bob", "")
	team := testkit.BankKit(t, "junior", 5, "Ana López")
	team.Policy, team.Retention = testkit.TeamPolicy(), ""
	team.Finish()
	return []formCase{
		{"bank kit, A4", testkit.BankKit(t, "mid", 6, "Zoë O'Brien"), 0, layouts.A4},
		{"loop round 2, Letter", loop, 1, layouts.Letter},
		{"long anchors listed, A4", testkit.Synth(testkit.SynthOptions{Questions: 3, Huge: true, Star: true}), 0, layouts.A4},
		{"long texts, Letter", testkit.Synth(testkit.SynthOptions{Questions: 6, Long: true}), 0, layouts.Letter},
		{"German bank kit, A4", testkit.InGerman(testkit.BankKit(t, "senior", 7, "Friederike Müller")), 0, layouts.A4},
		{"German long anchors listed, Letter", testkit.InGerman(testkit.Synth(testkit.SynthOptions{Questions: 3, Huge: true})), 0, layouts.Letter},
		{"a team's labels and ratings, A4", team, 0, layouts.A4},
	}
}

func packetForm(t testing.TB, c formCase) ([]byte, *form.Document) {
	t.Helper()
	var buf bytes.Buffer
	doc, err := layouts.WritePacketForm(&buf, c.kit, c.round, layouts.PacketOptions{Paper: c.paper})
	if err != nil {
		t.Fatalf("WritePacketForm: %v", err)
	}
	return buf.Bytes(), doc
}

var pageObject = regexp.MustCompile(`/Type /Page\b[^s]`)

func TestPacketFormHasAScoreRowPerQuestionAndTheRecommendation(t *testing.T) {
	for _, c := range formCases(t) {
		t.Run(c.name, func(t *testing.T) {
			pdf, doc := packetForm(t, c)
			if err := doc.Validate(); err != nil {
				t.Fatal(err)
			}
			paper := form.Size{W: c.paper.Width, H: c.paper.Height}
			if doc.KitID != c.kit.ID || doc.Round != c.round+1 || doc.Paper != paper || doc.Version != form.Version {
				t.Errorf("document is kit %s round %d on %v, version %d", doc.KitID, doc.Round, doc.Paper, doc.Version)
			}
			if n := len(pageObject.FindAll(pdf, -1)); n != len(doc.Pages) {
				t.Errorf("layout has %d pages, the PDF %d", len(doc.Pages), n)
			}
			var ids []string
			recs := 0
			for i, p := range doc.Pages {
				if p.Number != i+1 || p.Marks != form.Marks(paper) || p.Code != form.CodeTopRight(paper) {
					t.Errorf("page %d: number %d, marks %v, code %v", i+1, p.Number, p.Marks, p.Code)
				}
				for _, r := range p.Rows {
					if r.Correction == nil {
						t.Errorf("page %d %s: no correction box", p.Number, r.Label())
					}
					switch r.Kind {
					case form.Score:
						ids = append(ids, r.Question)
						if r.Number != len(ids) {
							t.Errorf("page %d: question %s numbered %d, want %d", p.Number, r.Question, r.Number, len(ids))
						}
					case form.Recommendation:
						recs++
						var labels []string
						for _, o := range r.Options {
							labels = append(labels, o.Value)
						}
						if want := c.kit.Policy.WithDefaults().Rule.Labels.List(); !slices.Equal(labels, want) {
							t.Errorf("recommendation offers %v, want the kit's %v", labels, want)
						}
					}
				}
			}
			var want []string
			for _, q := range c.kit.Rounds[c.round].Questions {
				want = append(want, q.ID)
			}
			if !slices.Equal(ids, want) || recs != 1 {
				t.Errorf("score rows %v and %d recommendation rows; want %v and 1", ids, recs, want)
			}
		})
	}
}

func TestPacketFormSameEveryRun(t *testing.T) {
	c := formCases(t)[1]
	_, a := packetForm(t, c)
	_, b := packetForm(t, c)
	var ja, jb bytes.Buffer
	if err := a.Encode(&ja); err != nil {
		t.Fatal(err)
	}
	if err := b.Encode(&jb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ja.Bytes(), jb.Bytes()) {
		t.Error("two runs of the same packet give different layouts")
	}
}

// TestPacketFormReadsBlank prints each packet through poppler at 150 dpi,
// the coarsest scan the reader is made for, and reads every page back: the
// scanner must place each page by its code and marks, find every box and
// read every row blank; and the paper the contract keeps clear around
// each box and mark must be white.
func TestPacketFormReadsBlank(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils", "pdftoppm")
	for _, c := range formCases(t) {
		t.Run(c.name, func(t *testing.T) {
			pdf, doc := packetForm(t, c)
			pages := rasterize(t, pdf, 150)
			if len(pages) != len(doc.Pages) {
				t.Fatalf("%d pages printed, %d in the layout", len(pages), len(doc.Pages))
			}
			lookup := form.Lookup(doc)
			for i, img := range pages {
				res, err := scan.ReadPage(img, lookup)
				if err != nil {
					t.Fatal(err)
				}
				if res.Status != scan.PageRead || res.Code != doc.Code(i+1) {
					t.Errorf("page %d: %v %q, code %v", i+1, res.Status, res.Reason, res.Code)
					continue
				}
				for _, r := range res.Rows {
					if r.State != scan.Blank {
						t.Errorf("page %d %s: read %v %q %s", i+1, r.Label, r.State, r.Value, r.Reason)
					}
				}
				clearAround(t, img, &doc.Pages[i], 150/25.4)
			}
		})
	}
}

// clearAround checks that the paper the contract keeps clear is white in
// a printed page: the band around each box (its outline aside) and its
// inside, and the quiet zone around each mark and the code.
func clearAround(t *testing.T, img image.Image, p *form.Page, scale float64) {
	t.Helper()
	dark := func(x, y float64) bool {
		r, g, b, _ := img.At(int(x*scale), int(y*scale)).RGBA()
		return (r+g+b)/3 < 0xc000
	}
	// ring counts dark samples from `from` to `to` outside r, and inside it
	// deeper than from when inside is set.
	ring := func(what string, r form.Rect, from, to float64, inside bool) {
		n := 0
		for y := r.Y - to; y <= r.Y+r.H+to; y += 0.1 {
			for x := r.X - to; x <= r.X+r.W+to; x += 0.1 {
				dx := max(r.X-x, x-(r.X+r.W))
				dy := max(r.Y-y, y-(r.Y+r.H))
				edge := max(dx, dy) // negative inside
				if (edge >= from || (inside && edge <= -from)) && edge <= to && dark(x, y) {
					n++
				}
			}
		}
		if n > 0 {
			t.Errorf("page %d: %s: %d dark samples in the clear zone", p.Number, what, n)
		}
	}
	for _, r := range p.Rows {
		for _, o := range r.Options {
			ring(fmt.Sprintf("%s box %s", r.Label(), o.Value), o.Box, 0.6, form.ClearZone-0.2, true)
		}
		ring(r.Label()+" correction box", *r.Correction, 0.6, form.ClearZone-0.2, true)
	}
	for i, m := range p.Marks {
		sq := form.Rect{X: m.X - form.MarkSize/2, Y: m.Y - form.MarkSize/2, W: form.MarkSize, H: form.MarkSize}
		ring(fmt.Sprintf("mark %d", i), sq, 0.4, form.MarkQuiet-0.1, false)
	}
	ring("page code", p.Code, 0.4, form.QRQuiet-0.1, false)
}

// rasterize prints a PDF's pages with pdftoppm.
func rasterize(t *testing.T, pdf []byte, dpi int) []image.Image {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-gray", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	slices.Sort(names)
	var out []image.Image
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, img)
	}
	return out
}

// TestPacketFormWordsAreTheContractsInEnglish holds the catalogue's English
// words for the form to the contract's (layouts/form), which the scanner's
// reasons and the synthetic pages use: the two cannot drift apart.
func TestPacketFormWordsAreTheContractsInEnglish(t *testing.T) {
	en := catalog.For(catalog.English)
	for _, c := range []struct {
		m    catalog.Message
		want string
	}{
		{catalog.ScoreHint, form.ScoreInstruction},
		{catalog.RecommendationHint, form.RecommendationInstruction},
		{catalog.Changed, form.CorrectionLabel},
	} {
		if got := en.T(c.m); got != c.want {
			t.Errorf("message %d is %q in English; the contract says %q", c.m, got, c.want)
		}
	}
}
