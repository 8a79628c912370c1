package layouts_test

// Tests of the loop overview, read back as a person's tools do: pdftotext,
// pdfinfo, pdffonts and qpdf (see packet_pdf_test.go).

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// coverageKit is a loop whose coverage the test knows: over orm, security,
// apis, testing and collaboration, orm and apis are covered by two
// interviewers, security twice by Ana, collaboration once, testing never.
func coverageKit() (*kit.Kit, []kit.Area) {
	areas := []kit.Area{{ID: "orm", Title: "Models and ORM"}, {ID: "security", Title: "Security"},
		{ID: "apis", Title: "APIs"}, {ID: "testing", Title: "Testing"}, {ID: "collaboration", Title: "Collaboration"}}
	q := func(id, area string) *kit.Question {
		return &kit.Question{ID: id, Text: "What about " + id + "?", Areas: []string{area}, Levels: []string{"senior"}, Minutes: 10}
	}
	round := func(title, who string, qs ...*kit.Question) kit.Round {
		return kit.Round{Title: title, Interviewer: who, Selection: kit.Selection{
			Level: kit.Level{ID: "senior", Title: "Senior"}, Areas: areas, Focused: true, Questions: qs,
			Stages: []kit.Stage{{ID: "core", Title: "Core"}},
			Plan:   kit.NewPlan(kit.Timing{Intro: 5, CandidateQuestions: 5, Close: 5}, qs, 0)}}
	}
	k := &kit.Kit{Candidate: "Ana Test", Role: "Django Developer", Level: kit.Level{ID: "senior", Title: "Senior"},
		Date: testkit.Date, Seed: 3, BankTitle: "Synthetic", BankVersion: "v1", ToolVersion: "test",
		Rounds: []kit.Round{
			round("Django core", "Ana López", q("orm-a", "orm"), q("orm-b", "orm"), q("sec-a", "security")),
			round("Security", "ana lópez", q("sec-b", "security"), q("api-a", "apis")),
			round("APIs", "Bob", q("api-b", "apis"), q("orm-c", "orm")),
			round("Behavioural", "", q("collab-a", "collaboration")),
		}}
	k.Finish()
	return k, areas
}

// renderOverview writes the overview of k, kept in -packet.out under name
// when given.
func renderOverview(t testing.TB, name string, k *kit.Kit, focus []kit.Area, paper layouts.Paper) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := layouts.WriteOverview(&buf, k, focus, layouts.OverviewOptions{Paper: paper}); err != nil {
		t.Fatalf("WriteOverview: %v", err)
	}
	if *packetOut != "" {
		if err := os.MkdirAll(*packetOut, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*packetOut, name+".pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// checkOverview runs the reading checks every overview must pass.
func checkOverview(t *testing.T, k *kit.Kit, paper layouts.Paper, pdf []byte) []string {
	t.Helper()
	path := pdfFile(t, pdf)
	checkQPDF(t, path)
	checkFonts(t, path)
	pages := pageTexts(t, path)
	checkPageNumbers(t, path, pages)
	checkMargins(t, path, paper)
	for i, page := range pages {
		flat := flatText(page)
		for _, want := range []string{layouts.OverviewTitle, "Kit " + k.ID} {
			if !strings.Contains(flat, want) {
				t.Errorf("page %d lacks %q in its header", i+1, want)
			}
		}
	}
	all := flatText(strings.Join(pages, " "))
	nospace := strings.ReplaceAll(all, " ", "")
	for _, r := range k.Rounds {
		if !strings.Contains(all, flatText(r.Title)) {
			t.Errorf("round %q not in the overview", r.Title)
		}
		for _, q := range r.Questions {
			// IDs may break across lines in a narrow column.
			if !strings.Contains(nospace, q.ID) {
				t.Errorf("question %s of round %q not in the overview", q.ID, r.Title)
			}
		}
	}
	return pages
}

func TestOverviewReadsBack(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	tests := []struct {
		name  string
		level string
		focus []string
		who   []string
		paper layouts.Paper
	}{
		{"senior-a4", "senior", []string{"orm", "security", "apis"}, []string{"Çağrı Öztürk", "Małgorzata Wójcik", ""}, layouts.A4},
		{"junior-letter", "junior", nil, []string{"Ana López"}, layouts.Letter},
		{"lead-every-area-a4", "lead", []string{"python", "fundamentals", "orm", "web", "apis", "security", "performance",
			"async", "testing", "deployment", "architecture", "collaboration", "ownership", "leadership"}, nil, layouts.A4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, focus := testkit.BankLoop(t, tt.level, tt.focus, 42, "Zoë Ł. Nguyễn Thị Ánh", tt.who...)
			pages := checkOverview(t, k, tt.paper, renderOverview(t, "overview-"+tt.name, k, focus, tt.paper))
			all := flatText(strings.Join(pages, " "))
			for _, want := range []string{"Schedule", "Who asks what", "Coverage", "Debrief",
				"times assume a 09:00 start", "BEFORE the debrief", "avoid anchoring"} {
				if !strings.Contains(all, want) {
					t.Errorf("overview lacks %q", want)
				}
			}
			// The schedule's clock times follow the rounds.
			at := kit.DefaultStart
			for _, r := range k.Rounds {
				end := at + time.Duration(r.Minutes())*time.Minute
				span := fmt.Sprintf("%02d:%02d–%02d:%02d", int(at.Hours()), int(at.Minutes())%60, int(end.Hours()), int(end.Minutes())%60)
				if !strings.Contains(all, span) {
					t.Errorf("schedule lacks %s for %q", span, r.Title)
				}
				at = end
			}
		})
	}
}

// coverageRows are the coverage matrix's rows as pdftotext reads them:
// each line of the coverage page that starts with an area's title.
func coverageRows(t *testing.T, pages []string, areas []kit.Area) map[string]string {
	t.Helper()
	rows := map[string]string{}
	for _, page := range pages {
		if !strings.Contains(page, "questions per focus area and round") {
			continue
		}
		for _, line := range strings.Split(page, "\n") {
			for _, a := range areas {
				if strings.HasPrefix(line, a.Title+" ") {
					rows[a.ID] = line
				}
			}
		}
	}
	return rows
}

func TestOverviewCoverageFlags(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext")
	k, focus := coverageKit()
	cov := kit.NewCoverage(k.Rounds, focus)
	want := map[string]string{
		"orm": "OK", "apis": "OK",
		"security":      "▲ One interviewer",
		"collaboration": "▲ One round only",
		"testing":       "■ Not covered",
	}
	// The kit agrees with what the test expects of it.
	for _, a := range focus {
		f, flagged := cov.Flag(a.ID)
		kind := "OK"
		if flagged {
			kind = string(f.Kind)
		}
		exp := map[string]string{"OK": "OK", "one-interviewer": "▲ One interviewer", "once": "▲ One round only", "uncovered": "■ Not covered"}[kind]
		if exp != want[a.ID] {
			t.Fatalf("kit flags %s as %s; the test expects %s", a.ID, kind, want[a.ID])
		}
	}
	for _, paper := range layouts.Papers {
		t.Run(paper.Name, func(t *testing.T) {
			pdf := renderOverview(t, "overview-coverage-"+paper.Name, k, focus, paper)
			pages := checkOverview(t, k, paper, pdf)
			rows := coverageRows(t, pages, focus)
			for _, a := range focus {
				row, ok := rows[a.ID]
				if !ok {
					t.Errorf("no coverage row for %s", a.Title)
					continue
				}
				if !strings.HasSuffix(strings.TrimSpace(row), want[a.ID]) {
					t.Errorf("coverage row %q: want status %q", row, want[a.ID])
				}
			}
			// Counts: orm has 2 in R1 and 1 in R3, 3 in all.
			if got := strings.Fields(rows["orm"]); len(got) < 6 || strings.Join(got[3:6], " ") != "2 1 3" {
				t.Errorf("orm row %q: want counts 2 1 and total 3", rows["orm"])
			}
			all := flatText(strings.Join(pages, " "))
			for _, note := range cov.Notes() {
				if !strings.Contains(all, flatText(note)) {
					t.Errorf("overview lacks the note %q", note)
				}
			}
			if !strings.Contains(all, "3 areas need attention") {
				t.Error("overview does not count the flagged areas")
			}
		})
	}
}

func TestOverviewWithoutFlags(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext")
	k, _ := coverageKit()
	focus := []kit.Area{{ID: "orm", Title: "Models and ORM"}, {ID: "apis", Title: "APIs"}}
	pages := pageTexts(t, pdfFile(t, renderOverview(t, "overview-no-flags", k, focus, layouts.A4)))
	all := flatText(strings.Join(pages, " "))
	if !strings.Contains(all, "Every area is assessed in at least two rounds, by different interviewers.") {
		t.Error("a loop without flags does not say so")
	}
	if strings.Contains(all, "need attention") || strings.Contains(all, "Not covered") {
		t.Error("a loop without flags shows one")
	}
}

// TestOverviewTwelveRounds prints the largest loop: twelve rounds with long
// titles and names over fourteen areas still fit the page.
func TestOverviewTwelveRounds(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	base := testkit.Synth(testkit.SynthOptions{Questions: 36, Star: true})
	var rounds []kit.Round
	for i := range 12 {
		sel := base.Rounds[0].Selection
		sel.Questions = base.Rounds[0].Questions[i*3 : i*3+3]
		sel.Plan = kit.NewPlan(kit.Timing{Intro: 5, CandidateQuestions: 5, Close: 5}, sel.Questions, 0)
		who := strings.Repeat("Maximilian-Alexander ", 3) + fmt.Sprint(i)
		if i%4 == 3 {
			who = ""
		}
		rounds = append(rounds, kit.Round{Title: fmt.Sprintf("Round %d: %s", i+1, strings.Repeat("system design ", 3)),
			Interviewer: who, Selection: sel})
	}
	k := *base
	k.Rounds = rounds
	k.Candidate = strings.Repeat("Wolfeschlegelsteinhausenbergerdorff ", 3)
	k.Finish()
	var areas []kit.Area
	for i := range 14 {
		areas = append(areas, kit.Area{ID: fmt.Sprintf("area-%d", i), Title: fmt.Sprintf("Area number %d with a long title", i+1)})
	}
	areas = append(areas[:10], testkit.Areas...)
	for _, paper := range layouts.Papers {
		t.Run(paper.Name, func(t *testing.T) {
			checkOverview(t, &k, paper, renderOverview(t, "overview-twelve-"+paper.Name, &k, areas, paper))
		})
	}
}

func TestOverviewSameBytesEveryRun(t *testing.T) {
	k, focus := testkit.BankLoop(t, "senior", []string{"orm", "security"}, 7, "Ana López", "Bob")
	sum := func() [32]byte {
		var buf bytes.Buffer
		if err := layouts.WriteOverview(&buf, k, focus, layouts.OverviewOptions{}); err != nil {
			t.Fatal(err)
		}
		return sha256.Sum256(buf.Bytes())
	}
	if sum() != sum() {
		t.Fatal("two overviews of one kit differ")
	}
}

func TestOverviewRefusesUnprintable(t *testing.T) {
	k, focus := coverageKit()
	k.Rounds[2].Interviewer = "Bob 😀"
	var buf bytes.Buffer
	err := layouts.WriteOverview(&buf, k, focus, layouts.OverviewOptions{})
	if !errors.Is(err, layouts.ErrUnprintable) {
		t.Fatalf("err = %v, want ErrUnprintable", err)
	}
	if buf.Len() != 0 {
		t.Error("a refused overview wrote bytes")
	}
	if !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("error %q does not name the character", err)
	}
}

func TestOverviewRefusesBadArguments(t *testing.T) {
	k, focus := coverageKit()
	cases := []struct {
		name  string
		kit   *kit.Kit
		paper layouts.Paper
		want  string
	}{
		{"no kit", nil, layouts.A4, "overview: no kit"},
		{"no rounds", &kit.Kit{ID: "AAAA-BBBB"}, layouts.A4, "overview: kit AAAA-BBBB has no rounds"},
		{"paper too small", k, layouts.Paper{Name: "a6", Width: 105, Height: 148},
			`overview: paper "a6" (105 x 148 mm) is too small for an overview`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := layouts.WriteOverview(&buf, c.kit, focus, layouts.OverviewOptions{Paper: c.paper})
			if err == nil || err.Error() != c.want {
				t.Errorf("err = %v, want %s", err, c.want)
			}
			if buf.Len() > 0 {
				t.Errorf("%d bytes written", buf.Len())
			}
		})
	}
}

func TestOverviewOutline(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdfinfo", "qpdf")
	k, focus := coverageKit()
	path := pdfFile(t, renderOverview(t, "overview-outline", k, focus, layouts.A4))
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
			Kids  []struct {
				Title string `json:"title"`
			} `json:"kids"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, o := range doc.Outlines {
		titles = append(titles, o.Title)
		for _, kid := range o.Kids {
			titles = append(titles, "  "+kid.Title)
		}
	}
	want := []string{"Schedule", "Coverage", "Who asks what", "  1  Django core", "  2  Security", "  3  APIs", "  4  Behavioural", "Debrief"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("outline = %q, want %q", titles, want)
	}
	info := pdfInfo(t, path)
	if info["Title"] != "Loop overview: Ana Test" || !strings.Contains(info["Keywords"], "kit "+k.ID) ||
		!strings.Contains(info["Subject"], "4 rounds") {
		t.Errorf("metadata = %v", info)
	}
}

func BenchmarkOverview(b *testing.B) {
	k, focus := testkit.BankLoop(b, "senior", nil, 42, "Ana López", "Bob", "Cy")
	b.ReportAllocs()
	for b.Loop() {
		if err := layouts.WriteOverview(&bytes.Buffer{}, k, focus, layouts.OverviewOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzOverviewNames prints an overview whose candidate, round titles and
// interviewers are any text: it is written, or refused as unprintable.
func FuzzOverviewNames(f *testing.F) {
	for _, s := range []string{"Zoë Ł. Nguyễn Thị Ánh", "😀", "a\u0300\u0301\u0302", strings.Repeat("W", 300), "\x00\t\n", "דוד", "\u202Eevil", ""} {
		f.Add(s)
	}
	base, focus := coverageKit()
	f.Fuzz(func(t *testing.T, name string) {
		k := *base
		k.Candidate = name
		k.Rounds = slices.Clone(base.Rounds)
		k.Rounds[1].Title = name
		k.Rounds[2].Interviewer = name
		err := layouts.WriteOverview(io.Discard, &k, focus, layouts.OverviewOptions{Paper: layouts.Letter})
		if err != nil && !errors.Is(err, layouts.ErrUnprintable) {
			t.Fatalf("%q: %v", name, err)
		}
	})
}
