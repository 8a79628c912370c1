package layouts_test

// Tests that read packets back as a person's tools do: poppler's pdftotext,
// pdfinfo and pdffonts, and qpdf. They skip, saying so, where a tool is
// not installed (apt-get install poppler-utils qpdf).

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"golang.org/x/text/unicode/norm"
)

// pdfFile writes a PDF to a temporary file for the tools to read.
func pdfFile(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// run runs a tool and returns its standard output.
func runTool(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, msg, out)
	}
	return string(out)
}

// pageTexts is the text of every page, in the order the packet draws it.
func pageTexts(t testing.TB, path string) []string {
	t.Helper()
	pages := strings.Split(runTool(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// flat makes every run of white space one space, as wrapped lines join.
func flatText(s string) string { return strings.Join(strings.Fields(norm.NFC.String(s)), " ") }

// pdfInfo is pdfinfo's key: value lines.
func pdfInfo(t testing.TB, path string) map[string]string {
	t.Helper()
	info := map[string]string{}
	for _, line := range strings.Split(runTool(t, "pdfinfo", "-enc", "UTF-8", path), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// checkPacket runs every reading check on a packet of round 0 of k.
func checkPacket(t *testing.T, k *kit.Kit, paper layouts.Paper, pdf []byte) {
	t.Helper()
	path := pdfFile(t, pdf)
	checkQPDF(t, path)
	checkFonts(t, path)
	pages := pageTexts(t, path)
	checkPageNumbers(t, path, pages)
	checkContent(t, k, pages)
	checkMargins(t, path, paper)
}

func checkQPDF(t *testing.T, path string) {
	t.Helper()
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

// checkFonts wants every font embedded.
func checkFonts(t *testing.T, path string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(runTool(t, "pdffonts", path)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(lines, "\n"))
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

// checkPageNumbers wants "Page i of N" on page i, and N pages.
func checkPageNumbers(t *testing.T, path string, pages []string) {
	t.Helper()
	n, err := strconv.Atoi(pdfInfo(t, path)["Pages"])
	if err != nil || n != len(pages) {
		t.Fatalf("pdfinfo says %d pages (%v), pdftotext finds %d", n, err, len(pages))
	}
	for i, text := range pages {
		want := fmt.Sprintf("Page %d of %d", i+1, n)
		if !strings.Contains(flatText(text), want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
}

// checkContent wants every question's ID and texts, and the candidate's
// name, in the packet.
func checkContent(t *testing.T, k *kit.Kit, pages []string) {
	t.Helper()
	all := flatText(strings.Join(pages, " "))
	// A name with a word longer than a line breaks inside the word.
	nospace := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	if name := flatText(k.Candidate); !strings.Contains(all, name) && !strings.Contains(nospace(all), nospace(name)) {
		t.Errorf("candidate %q not found whole", name)
	}
	for _, page := range pages {
		if !strings.Contains(flatText(page), k.ID) {
			t.Errorf("a page lacks the kit ID %s", k.ID)
			break
		}
	}
	for i, q := range k.Rounds[0].Questions {
		texts := []string{q.ID, q.Text, q.Why}
		texts = append(texts, q.KeyPoints...)
		texts = append(texts, q.FollowUps...)
		texts = append(texts, q.RedFlags...)
		if q.STAR != nil {
			texts = append(texts, q.STAR.Situation, q.STAR.Task, q.STAR.Action, q.STAR.Result)
		}
		for _, s := range texts {
			if !strings.Contains(all, flatText(s)) {
				t.Errorf("Q%d %s: text not found: %q", i+1, q.ID, flatText(s))
			}
		}
		for j, a := range q.Rubric {
			if !strings.Contains(all, flatText(a)) {
				t.Errorf("Q%d %s: rubric %d not found: %q", i+1, q.ID, j+1, flatText(a))
			}
		}
	}
}

// bboxDoc is pdftotext -bbox output.
type bboxDoc struct {
	Pages []struct {
		Width  float64 `xml:"width,attr"`
		Height float64 `xml:"height,attr"`
		Words  []struct {
			XMin float64 `xml:"xMin,attr"`
			YMin float64 `xml:"yMin,attr"`
			XMax float64 `xml:"xMax,attr"`
			YMax float64 `xml:"yMax,attr"`
			Text string  `xml:",chardata"`
		} `xml:"word"`
	} `xml:"body>doc>page"`
}

// checkMargins wants every word inside the page less its margins.
func checkMargins(t *testing.T, path string, paper layouts.Paper) {
	t.Helper()
	var doc bboxDoc
	out := runTool(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("reading pdftotext -bbox: %v", err)
	}
	if len(doc.Pages) == 0 {
		t.Fatal("pdftotext -bbox finds no pages")
	}
	st := layouts.DefaultStyle(paper)
	const mm = 72 / 25.4
	const tol = 0.5 // points
	for i, p := range doc.Pages {
		if d := p.Width - paper.Width*mm; d > 1 || d < -1 {
			t.Fatalf("page %d is %.1f pt wide, want %s (%.1f pt)", i+1, p.Width, paper.Name, paper.Width*mm)
		}
		if len(p.Words) < 6 {
			t.Errorf("page %d: pdftotext -bbox finds %d words; a header and footer alone have more", i+1, len(p.Words))
		}
		left, right := st.MarginLeft*mm-tol, p.Width-st.MarginRight*mm+tol
		top, bottom := st.MarginTop*mm-tol, p.Height-st.MarginBottom*mm+tol
		bad := 0
		for _, w := range p.Words {
			if w.XMin < left || w.XMax > right || w.YMin < top || w.YMax > bottom {
				if bad++; bad <= 5 {
					t.Errorf("page %d: %q at x %.1f-%.1f y %.1f-%.1f is outside the margins (x %.1f-%.1f, y %.1f-%.1f)",
						i+1, w.Text, w.XMin, w.XMax, w.YMin, w.YMax, left, right, top, bottom)
				}
			}
		}
	}
}

// outlineTitles are the PDF's bookmarks, read by qpdf.
func outlineTitles(t *testing.T, path string) []string {
	t.Helper()
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range doc.Outlines {
		out = append(out, o.Title)
	}
	return out
}

func TestPacketReadsBack(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	cases := []struct {
		name  string
		kit   func(t *testing.T) *kit.Kit
		paper layouts.Paper
	}{
		{"synthetic-a4", func(*testing.T) *kit.Kit { return testkit.Synth(testkit.SynthOptions{Questions: 6, Star: true}) }, layouts.A4},
		{"synthetic-letter", func(*testing.T) *kit.Kit { return testkit.Synth(testkit.SynthOptions{Questions: 6, Star: true}) }, layouts.Letter},
		{"long-texts-letter", func(*testing.T) *kit.Kit {
			return testkit.Synth(testkit.SynthOptions{Questions: 5, Long: true, Star: true})
		}, layouts.Letter},
		{"long-texts-a4", func(*testing.T) *kit.Kit {
			return testkit.Synth(testkit.SynthOptions{Questions: 5, Long: true, Star: true})
		}, layouts.A4},
		{"name-100-chars", func(*testing.T) *kit.Kit {
			name := strings.Repeat("Nguyễn Thị Ánh Çağrı ", 5)[:0]
			for len([]rune(name)) < 100 {
				name += "Nguyễn Thị Ánh Çağrı Öztürk Małgorzata Wójcik "
			}
			name = strings.TrimSpace(string([]rune(name)[:100]))
			return testkit.Synth(testkit.SynthOptions{Questions: 3, Candidate: name, Interviewer: name})
		}, layouts.A4},
		{"name-one-long-word", func(*testing.T) *kit.Kit {
			return testkit.Synth(testkit.SynthOptions{Questions: 2, Candidate: strings.Repeat("Wójcik", 16)})
		}, layouts.Letter},
		{"bank-junior-a4", func(t *testing.T) *kit.Kit { return testkit.BankKit(t, "junior", 6, "Zoë Ł. Nguyễn Thị Ánh") }, layouts.A4},
		{"bank-senior-letter", func(t *testing.T) *kit.Kit { return testkit.BankKit(t, "senior", 8, "Çağrı Öztürk") }, layouts.Letter},
		{"bank-lead-a4", func(t *testing.T) *kit.Kit { return testkit.BankKit(t, "lead", 10, "Małgorzata Wójcik") }, layouts.A4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := c.kit(t)
			checkPacket(t, k, c.paper, renderPacket(t, c.name, k, c.paper))
		})
	}
}

// TestPacketLongBlockContinues: a question longer than a page runs on with
// a "(continued)" band and still prints all its text inside the margins.
func TestPacketLongBlockContinues(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	for _, paper := range layouts.Papers {
		t.Run(paper.Name, func(t *testing.T) {
			k := testkit.Synth(testkit.SynthOptions{Questions: 3, Long: true, Huge: true})
			pdf := renderPacket(t, "huge-"+paper.Name, k, paper)
			checkPacket(t, k, paper, pdf)
			pages := pageTexts(t, pdfFile(t, pdf))
			continued := 0
			for _, p := range pages {
				if strings.Contains(flatText(p), "Q1 synth-q001 (continued)") {
					continued++
				}
			}
			if continued == 0 {
				t.Error(`no page opens with "Q1 synth-q001 (continued)"`)
			}
		})
	}
}

// TestPacketBlocksDoNotSplit: questions that fit a page each start and end
// on one page.
func TestPacketBlocksDoNotSplit(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext")
	for _, paper := range layouts.Papers {
		k := testkit.Synth(testkit.SynthOptions{Questions: 12, Star: true})
		pages := pageTexts(t, pdfFile(t, renderPacket(t, "blocks-"+paper.Name, k, paper)))
		for _, q := range k.Rounds[0].Questions {
			var on []int
			for i, p := range pages {
				// The time plan names every question too.
				if !strings.Contains(p, "Time plan") && strings.Contains(p, q.ID) {
					on = append(on, i+1)
				}
			}
			if len(on) != 1 {
				t.Errorf("%s: %s is on pages %v, want one", paper.Name, q.ID, on)
			}
		}
	}
}

func TestPacketMetadataAndOutline(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdfinfo", "qpdf")
	k := testkit.Synth(testkit.SynthOptions{Questions: 4})
	path := pdfFile(t, renderPacket(t, "metadata", k, layouts.A4))
	info := pdfInfo(t, path)
	want := map[string]string{
		"Title":   "Interview packet: Zoë Ł. Nguyễn Thị Ánh, Django core",
		"Author":  "Małgorzata Wójcik",
		"Creator": "interviewkit",
	}
	for key, v := range want {
		if info[key] != v {
			t.Errorf("pdfinfo %s = %q, want %q", key, info[key], v)
		}
	}
	if !strings.Contains(info["Keywords"], k.ID) {
		t.Errorf("keywords %q lack the kit ID %s", info["Keywords"], k.ID)
	}
	if !strings.Contains(info["Subject"], "Senior (5-8 y)") {
		t.Errorf("subject %q lacks the level", info["Subject"])
	}
	if !strings.HasPrefix(info["CreationDate"], "Sat Mar 14 ") && !strings.Contains(info["CreationDate"], "2026") {
		t.Errorf("creation date %q is not the interview day", info["CreationDate"])
	}
	titles := outlineTitles(t, path)
	wantTitles := []string{"Cover and time plan"}
	for i, q := range k.Rounds[0].Questions {
		wantTitles = append(wantTitles, fmt.Sprintf("Q%d  %s", i+1, q.ID))
	}
	wantTitles = append(wantTitles, "Summary and recommendation")
	if strings.Join(titles, "|") != strings.Join(wantTitles, "|") {
		t.Errorf("outline:\n got %q\nwant %q", titles, wantTitles)
	}
}

// TestPacketNamesPrintWhole: names with diacritics, typed composed or with
// combining marks, print as the composed letters.
func TestPacketNamesPrintWhole(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext")
	names := []string{
		"Zoë Ł. Nguyễn Thị Ánh",
		"Çağrı Öztürk",
		"Małgorzata Wójcik",
		"Nguye\u0302\u0303n Thi\u0323 A\u0301nh", // decomposed
		"Đặng Thị “Bông” O’Brien – Ưng",
	}
	for _, name := range names {
		k := testkit.Synth(testkit.SynthOptions{Questions: 1, Candidate: name})
		text := flatText(strings.Join(pageTexts(t, pdfFile(t, renderPacket(t, "name", k, layouts.A4))), " "))
		if want := flatText(name); !strings.Contains(text, want) {
			t.Errorf("%q not printed whole", want)
		}
	}
}

// TestPacketLongNameHeaderEllipsis: a name too long for the page header is
// shortened there with an ellipsis, and printed whole on the cover.
func TestPacketLongNameHeaderEllipsis(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext")
	name := strings.TrimSpace(strings.Repeat("Małgorzata Wójcik-Nguyễn ", 4))
	k := testkit.Synth(testkit.SynthOptions{Questions: 1, Candidate: name})
	pages := pageTexts(t, pdfFile(t, renderPacket(t, "long-name", k, layouts.A4)))
	if p2 := flatText(pages[1]); !strings.Contains(p2, "Małgorzata Wójcik-Nguyễn Małgorzata") || !strings.Contains(p2, "…") || strings.Contains(p2, name) {
		t.Errorf("page 2 header is not shortened with an ellipsis:\n%s", p2)
	}
	if !strings.Contains(flatText(pages[0]), name) {
		t.Errorf("cover lacks the whole name %q", name)
	}
}

var pageOfRE = regexp.MustCompile(`Page (\d+) of (\d+)`)

// TestPacketManyQuestions: a 200-question round paginates, numbers its pages
// and keeps inside the margins.
func TestPacketManyQuestions(t *testing.T) {
	if testing.Short() {
		t.Skip("long: 200 questions")
	}
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := testkit.Synth(testkit.SynthOptions{Questions: 200, Star: true})
	pdf := renderPacket(t, "200", k, layouts.A4)
	checkPacket(t, k, layouts.A4, pdf)
	pages := pageTexts(t, pdfFile(t, pdf))
	m := pageOfRE.FindStringSubmatch(pages[len(pages)-1])
	if m == nil || m[1] != m[2] {
		t.Errorf("last page footer: %v", m)
	}
}
