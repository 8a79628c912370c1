package layouts_test

// Tests that read listings and handouts back with poppler and qpdf, as
// the packet's PDF tests do: every line whole, numbered, on the page, the
// same number on the packet and the handout, and nothing of the
// interviewer's on the handout.

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

const popplerQPDF = "apt-get install poppler-utils qpdf"

// exerciseDocs renders round 0 of k as packet and handout on paper, and
// checks each with qpdf, pdffonts and pdftotext: sound, fonts embedded,
// numbered pages, every word inside the margins. It returns each one's
// pages as pdftotext -raw reads them.
func exerciseDocs(t *testing.T, name string, k *kit.Kit, paper layouts.Paper) (packet, handout []string) {
	t.Helper()
	docs := [2][]string{}
	for i, pdf := range [][]byte{renderPacket(t, name, k, paper), renderHandout(t, name, k, paper)} {
		path := pdfFile(t, pdf)
		checkQPDF(t, path)
		checkFonts(t, path)
		docs[i] = pageTexts(t, path)
		checkPageNumbers(t, path, docs[i])
		checkMargins(t, path, paper)
	}
	return docs[0], docs[1]
}

// numbered is a listing's line as pdftotext -raw reads it: its number, a
// space, its text with runs of spaces as one.
func numbered(n int, line string) string { return flatText(fmt.Sprintf("%d %s", n, line)) }

// rawLines is the flattened lines of pages, each with its page number.
func rawLines(pages []string) (lines []string, page []int) {
	for p, text := range pages {
		for _, l := range strings.Split(text, "\n") {
			lines = append(lines, flatText(l))
			page = append(page, p+1)
		}
	}
	return lines, page
}

// checkListingsWhole wants every line of every listing of the round on a
// row of its own after its number, in both documents.
func checkListingsWhole(t *testing.T, k *kit.Kit, docs map[string][]string) {
	t.Helper()
	for doc, pages := range docs {
		lines, _ := rawLines(pages)
		for _, q := range k.Rounds[0].Questions {
			for li, l := range q.Code {
				for i, line := range l.Lines() {
					if strings.TrimSpace(line) == "" {
						continue
					}
					if want := numbered(i+1, line); !slices.Contains(lines, want) {
						t.Errorf("%s: %s listing %d line %d is not printed whole on one row: %q", doc, q.ID, li+1, i+1, want)
					}
				}
			}
		}
	}
}

func TestListingLinesPrintWholeWithTheirNumbers(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := exerciseKit()
	widest := "w = '" + strings.Repeat("x", kit.MaxListingColumns-6) + "'"
	k.Rounds[0].Questions[3].Code[1].Text += "\n" + widest
	for _, paper := range layouts.Papers {
		t.Run(paper.Name, func(t *testing.T) {
			packet, handout := exerciseDocs(t, "listings-"+paper.Name, k, paper)
			checkListingsWhole(t, k, map[string][]string{"packet": packet, "handout": handout})
		})
	}
}

func TestWideListingLineWrapsAndKeepsItsNumber(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := exerciseKit()
	k.Rounds[0].Questions[1].Code = []kit.Listing{testkit.WideListing(150)}
	for _, paper := range layouts.Papers {
		packet, handout := exerciseDocs(t, "wide-"+paper.Name, k, paper)
		for doc, pages := range map[string][]string{"packet": packet, "handout": handout} {
			lines, _ := rawLines(pages)
			i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "2 w = 'xxx") })
			if i < 0 || i+2 >= len(lines) {
				t.Fatalf("%s %s: line 2 not found", paper.Name, doc)
			}
			first := strings.TrimPrefix(lines[i], "2 ")
			cont := lines[i+1]
			if first+cont != "w = '"+strings.Repeat("x", 150)+"'" || lines[i+2] != "3 end = True" {
				t.Errorf("%s %s: line 2 wraps as %q, %q, then %q; want its rest on a row of its own, unnumbered, then line 3",
					paper.Name, doc, lines[i], cont, lines[i+2])
			}
		}
	}
}

// markedListing is a text listing of n lines "marker NNN".
func markedListing(n int) kit.Listing {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("marker %03d", i+1)
	}
	return kit.Listing{Language: "text", Title: "marked.txt", Text: strings.Join(lines, "\n")}
}

// markerPages is the page each of a marked listing's n lines is on, 0
// where it is not found.
func markerPages(pages []string, n int) []int {
	lines, page := rawLines(pages)
	out := make([]int, n)
	for i := range out {
		if j := slices.Index(lines, numbered(i+1, fmt.Sprintf("marker %03d", i+1))); j >= 0 {
			out[i] = page[j]
		}
	}
	return out
}

// TestListingShorterThanAPageNeverSplits pushes a 40-line listing down a
// page with handouts of growing length: wherever it lands, it is on one
// page, and at least once it moved on to the next page whole.
func TestListingShorterThanAPageNeverSplits(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	moved := 0
	for paras := 10; paras <= 60; paras += 10 {
		var statement []string
		for i := range paras {
			statement = append(statement, fmt.Sprintf("Paragraph %d of a long statement that takes about a line.", i+1))
		}
		q := testkit.SynthExercise(0)
		q.Handout = strings.Join(statement, "\n\n")
		q.Code = []kit.Listing{markedListing(40)}
		k := testkit.QuestionsKit("Ana", []*kit.Question{q})
		packet, handout := exerciseDocs(t, fmt.Sprintf("split-%d", paras), k, layouts.A4)
		for doc, pages := range map[string][]string{"packet": packet, "handout": handout} {
			on := markerPages(pages, 40)
			if slices.Contains(on, 0) || slices.Min(on) != slices.Max(on) {
				t.Errorf("%d paragraphs, %s: the listing's lines are on pages %v, want one page", paras, doc, on)
				continue
			}
			last := fmt.Sprintf("Paragraph %d of", paras)
			if !strings.Contains(flatText(pages[on[0]-1]), last) {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Error("no listing had to move to the next page: the test proves nothing; lengthen the handouts")
	}
}

func TestLongListingContinuesWithItsNumbers(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	q := testkit.SynthExercise(0)
	q.Code = []kit.Listing{markedListing(150)}
	k := testkit.QuestionsKit("Ana", []*kit.Question{q})
	for _, paper := range layouts.Papers {
		packet, handout := exerciseDocs(t, "long-listing-"+paper.Name, k, paper)
		for doc, pages := range map[string][]string{"packet": packet, "handout": handout} {
			on := markerPages(pages, 150)
			if slices.Contains(on, 0) || !slices.IsSorted(on) || slices.Max(on)-slices.Min(on) < 1 {
				t.Errorf("%s %s: the lines are on pages %v; want every one, in order, over two pages or more", paper.Name, doc, on)
			}
			continued := regexp.MustCompile(`Q1 synth-q001 \(continued\)|Q1 Exercise \(continued\)`)
			if !continued.MatchString(flatText(pages[slices.Max(on)-1])) {
				t.Errorf("%s %s: the page the listing ends on does not say the question continues", paper.Name, doc)
			}
		}
	}
}

// interviewerTexts are what only the interviewer may read of a question.
func interviewerTexts(q *kit.Question) []string {
	texts := []string{q.ID, q.Why, q.VersionNote}
	texts = append(texts, q.KeyPoints...)
	texts = append(texts, q.FollowUps...)
	texts = append(texts, q.RedFlags...)
	texts = append(texts, q.Script...)
	texts = append(texts, q.Rubric[:]...)
	if q.STAR != nil {
		texts = append(texts, q.STAR.Situation, q.STAR.Task, q.STAR.Action, q.STAR.Result)
	}
	return slices.DeleteFunc(texts, func(s string) bool { return strings.TrimSpace(s) == "" })
}

// checkNothingOfTheInterviewers wants no interviewer text of any question
// of the round in the handout's text.
func checkNothingOfTheInterviewers(t *testing.T, k *kit.Kit, handout []string) {
	t.Helper()
	all := flatText(strings.Join(handout, " "))
	for _, q := range k.Rounds[0].Questions {
		for _, s := range interviewerTexts(q) {
			if strings.Contains(all, flatText(s)) {
				t.Errorf("the handout prints %s's interviewer text %q", q.ID, flatText(s))
			}
		}
	}
}

func TestHandoutHoldsNothingOfTheInterviewers(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := exerciseKit()
	packet, handout := exerciseDocs(t, "interviewer-text", k, layouts.A4)
	checkNothingOfTheInterviewers(t, k, handout)
	// Every synthetic interviewer text holds its question's ID; the
	// handout holds no ID at all, and the packet every one.
	for _, q := range k.Rounds[0].Questions {
		if strings.Contains(strings.Join(handout, " "), q.ID) {
			t.Errorf("the handout names %s", q.ID)
		}
		if !strings.Contains(strings.Join(packet, " "), q.ID) {
			t.Errorf("the packet lacks %s", q.ID)
		}
	}
	// What the candidate needs is there: the handout's text, under the
	// packet's question numbers, and only the exercises.
	all := flatText(strings.Join(handout, " "))
	for _, want := range []string{"Review this change as you would at work.", "The view is new; the template prints each order's product."} {
		if !strings.Contains(all, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	if got := outlineTitles(t, pdfFile(t, renderHandout(t, "outline", k, layouts.A4))); !slices.Equal(got, []string{"Handout", "Q2", "Q4"}) {
		t.Errorf("handout outline %q, want Handout, Q2, Q4: the exercises under their packet numbers", got)
	}
	if got := outlineTitles(t, pdfFile(t, renderPacket(t, "outline", k, layouts.A4))); len(got) < 5 || got[2] != "Q2  synth-q002" || got[4] != "Q4  synth-q004" {
		t.Errorf("packet outline %q", got)
	}
}

// TestHandoutPagesAreTheCandidates: every handout page carries the
// candidate, the round and the kit ID, and says to hand it back.
func TestHandoutPagesAreTheCandidates(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := exerciseKit()
	_, handout := exerciseDocs(t, "pages", k, layouts.Letter)
	if len(handout) < 2 {
		t.Fatalf("%d handout pages, want the exercises on pages of their own", len(handout))
	}
	for i, p := range handout {
		text := flatText(p)
		for _, want := range []string{flatText(k.Candidate), "Handout · Django core", "Kit " + k.ID, "Please hand these pages back", "Page " + strconv.Itoa(i+1)} {
			if !strings.Contains(text, want) {
				t.Errorf("handout page %d lacks %q", i+1, want)
			}
		}
	}
}
