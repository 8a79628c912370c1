package layouts_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// hiringDay books loops on the embedded bank on one Monday and returns the
// day: Ana López runs rounds of three candidates, the rest name nobody.
func hiringDay(t testing.TB) kit.Day {
	t.Helper()
	b := testkit.Bank(t)
	monday := time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)
	var apps []kit.Appointment
	for _, bk := range []kit.Booking{
		{Line: 2, Candidate: "Zoë O'Brien", Level: "senior", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Ana López", "Bo Chen"}},
		{Line: 3, Candidate: "Nguyễn Thị Ánh", Level: "junior", Focus: []string{"orm"}, Date: monday, Start: 10*time.Hour + 30*time.Minute, Interviewers: []string{"Bo Chen", "", "ana lopez"}},
		{Line: 4, Candidate: "Kim Park", Level: "lead", Date: monday, Start: 13*time.Hour + 30*time.Minute, Interviewers: []string{"", "", "", "Ana  López"}},
	} {
		k, _, err := bk.Loop(b, nil, "test")
		if err != nil {
			t.Fatal(err)
		}
		apps = append(apps, bk.Appointments(k)...)
	}
	if cl := kit.Clashes(apps); len(cl) > 0 {
		t.Fatalf("the test day clashes: %v", cl)
	}
	return kit.Days(apps)[0]
}

// pageCount counts the pages of a PDF as fpdf writes them.
func pageCount(pdf []byte) int { return len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1)) }

// TestPackStartsEveryPacketOnASheetOfItsOwn: the cover, then each packet
// in time order, each starting on an odd page, as many pages as the
// packet alone has, padded to whole sheets but for the last.
func TestPackStartsEveryPacketOnASheetOfItsOwn(t *testing.T) {
	packs := hiringDay(t).Packs()
	if testing.Short() {
		packs = packs[:1] // Ana López's: three packets, handouts, a blank page; the rest in full mode
	}
	for _, p := range packs {
		var pack bytes.Buffer
		if err := layouts.WritePack(&pack, p, layouts.PackOptions{}); err != nil {
			t.Fatal(err)
		}
		want := 2 // the cover and its blank back
		docs := alone(t, p)
		for i, d := range docs {
			n := pageCount(d.pdf)
			if i < len(docs)-1 {
				n += n % 2 // whole sheets, but after the last
			}
			want += n
		}
		if got := pageCount(pack.Bytes()); got != want {
			t.Errorf("pack of %q: %d pages, want %d", p.Interviewer, got, want)
		}
	}
}

func TestPackIsReproducible(t *testing.T) {
	p := hiringDay(t).Packs()[0]
	var a, b bytes.Buffer
	if err := layouts.WritePack(&a, p, layouts.PackOptions{Paper: layouts.Letter}); err != nil {
		t.Fatal(err)
	}
	if err := layouts.WritePack(&b, p, layouts.PackOptions{Paper: layouts.Letter}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same pack twice gave different bytes")
	}
}

func TestPackRefusesWhatItCannotPrint(t *testing.T) {
	p := hiringDay(t).Packs()[0]
	k := *p.Appointments[1].Kit
	k.Candidate = "Kim 🙂"
	p.Appointments[1].Kit = &k
	err := layouts.WritePack(&bytes.Buffer{}, p, layouts.PackOptions{})
	if !errors.Is(err, layouts.ErrUnprintable) || !strings.Contains(err.Error(), "Kim 🙂") {
		t.Errorf("got %v, want the candidate's name refused", err)
	}
	if err := layouts.WritePack(&bytes.Buffer{}, kit.Pack{}, layouts.PackOptions{}); err == nil {
		t.Error("a pack with no rounds was printed")
	}
}

// TestPackPagesLookLikeThePackets renders every page of each pack and of
// each packet alone: each packet's pages in the pack are the same pixels
// as the packet's own, the cover names each packet with its pages, and
// the pages left blank say so and hold nothing else.
func TestPackPagesLookLikeThePackets(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftoppm", "pdftotext", "qpdf")
	for _, p := range hiringDay(t).Packs() {
		t.Run(p.Interviewer, func(t *testing.T) {
			var pack bytes.Buffer
			if err := layouts.WritePack(&pack, p, layouts.PackOptions{}); err != nil {
				t.Fatal(err)
			}
			path := pdfFile(t, pack.Bytes())
			checkQPDF(t, path)
			packPNG := renderPages(t, path)
			texts := pageTexts(t, path)
			if !strings.Contains(texts[0], "Your rounds") || !strings.Contains(flatText(texts[1]), "left blank") {
				t.Errorf("cover %q, back %q", texts[0], texts[1])
			}
			at := 2
			var titles []string
			docs := alone(t, p)
			for i, d := range docs {
				a := d.at
				pngs := renderPages(t, pdfFile(t, d.pdf))
				pages := fmt.Sprintf("%d–%d", at+1, at+len(pngs))
				if len(pngs) == 1 {
					pages = fmt.Sprint(at + 1)
				}
				if !strings.Contains(flatText(texts[0]), pages) {
					t.Errorf("%s: the cover does not give its pages %d–%d", d.what, at+1, at+len(pngs))
				}
				for j, png := range pngs {
					if !bytes.Equal(png, packPNG[at+j]) {
						t.Errorf("%s page %d differs from page %d of the pack", d.what, j+1, at+j+1)
					}
				}
				at += len(pngs)
				if len(pngs)%2 == 1 && i < len(docs)-1 {
					if blank := flatText(texts[at]); blank != "This page is left blank, so that what follows starts on a sheet of its own." {
						t.Errorf("page %d, after %s, holds %q", at+1, d.what, blank)
					}
					at++
				}
				title := fmt.Sprintf("%s  %s · %s", kit.Clock(a.Start), a.Kit.Candidate, a.Title())
				if d.handout {
					title += ": the candidate's handout"
				}
				titles = append(titles, title)
			}
			if at != len(packPNG) {
				t.Errorf("%d pages, the packets account for %d", len(packPNG), at)
			}
			if got := outlineTitles(t, path); strings.Join(got, "\n") != "Day plan\n"+strings.Join(titles, "\n") {
				t.Errorf("outline %q, want the day plan and %q", got, titles)
			}
			handouts := 0
			for title, kids := range outlineTree(t, path) {
				switch {
				case strings.HasSuffix(title, "handout"):
					handouts++
					if kids < 1 { // an exercise
						t.Errorf("outline entry %q holds no entry of its handout", title)
					}
				case title != "Day plan" && kids < 3: // the cover, the questions, the summary
					t.Errorf("outline entry %q holds %d entries, not its packet's", title, kids)
				}
			}
			if handouts == 0 && p.Interviewer == "Ana López" {
				t.Error("Ana López's pack holds no handout, though her rounds have exercises")
			}
		})
	}
}

// TestWritePackExample writes a pack to $PACK_OUT, when set, to be looked
// at page by page.
func TestWritePackExample(t *testing.T) {
	out := os.Getenv("PACK_OUT")
	if out == "" {
		t.Skip("set PACK_OUT=FILE.pdf to write an example pack")
	}
	var buf bytes.Buffer
	if err := layouts.WritePack(&buf, hiringDay(t).Packs()[0], layouts.PackOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// single is a packet or handout printed alone, as the pack binds it.
type single struct {
	at      kit.Appointment
	handout bool
	what    string
	pdf     []byte
}

// alone prints every packet of a pack alone, each followed by its handout
// when its round has one: what the pack holds, in its order.
func alone(t *testing.T, p kit.Pack) []single {
	t.Helper()
	var out []single
	for i, a := range p.Appointments {
		var buf bytes.Buffer
		if err := layouts.WritePacket(&buf, a.Kit, a.Round, layouts.PacketOptions{}); err != nil {
			t.Fatal(err)
		}
		what := fmt.Sprintf("packet %d (%s, %s)", i+1, a.Kit.Candidate, a.Title())
		out = append(out, single{at: a, what: what, pdf: buf.Bytes()})
		if a.Kit.Rounds[a.Round].HasCandidateMaterial() {
			var h bytes.Buffer
			if err := layouts.WriteHandout(&h, a.Kit, a.Round, layouts.HandoutOptions{}); err != nil {
				t.Fatal(err)
			}
			out = append(out, single{at: a, handout: true, what: "the handout of " + what, pdf: h.Bytes()})
		}
	}
	return out
}

// renderPages renders every page of a PDF as PNG, at a low resolution
// that still shows any drawing that differs.
func renderPages(t *testing.T, path string) [][]byte {
	t.Helper()
	dir := t.TempDir()
	runTool(t, "pdftoppm", "-r", "40", "-png", path, filepath.Join(dir, "p"))
	files, err := filepath.Glob(filepath.Join(dir, "p-*.png"))
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]byte, len(files)) // pdftoppm pads the numbers, so names sort as pages
	for i, f := range files {
		if out[i], err = os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// outlineTree is the outline's top entries, each with its children's
// count, read by qpdf.
func outlineTree(t *testing.T, path string) map[string]int {
	t.Helper()
	var doc struct {
		Outlines []struct {
			Title string            `json:"title"`
			Kids  []json.RawMessage `json:"kids"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, o := range doc.Outlines {
		out[o.Title] = len(o.Kids)
	}
	return out
}
