package layouts_test

// A team's policy, printed: the packet and the overview read the
// recommendation rule and its labels, the rating scale's names, the
// retention and the loop's start and breaks from the kit, and print none of
// the default policy's words in their place.

import (
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

func TestDocumentsPrintTheKitsPolicy(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k, focus := coverageKit()
	k.Policy, k.Retention = testkit.TeamPolicy(), ""
	k.Policy.Breaks[0].At = 10*time.Hour + 30*time.Minute
	k.Finish()
	packet := flatText(strings.Join(pageTexts(t, pdfFile(t, renderPacket(t, "policy-packet", k, layouts.A4))), " "))
	pdf := renderOverview(t, "policy-overview", k, focus, layouts.Letter)
	checkOverview(t, k, layouts.Letter, pdf)
	overview := flatText(strings.Join(pageTexts(t, pdfFile(t, pdf)), " "))

	for _, want := range []string{"Keep for 24 months after the hiring decision, then delete",
		"Strong hire from 3.6, Hire from 3, No hire from 2.25, Strong no hire below; Undecided when fewer than 60% of questions are scored.",
		"Strong no hire", "Undecided"} {
		for doc, text := range map[string]string{"packet": packet, "overview": overview} {
			if !strings.Contains(text, want) {
				t.Errorf("the %s lacks %q", doc, want)
			}
		}
	}
	for _, want := range []string{"Not shown", "Meets the bar", "Raises the bar"} {
		if !strings.Contains(packet, want) {
			t.Errorf("the packet's rating scale lacks %q", want)
		}
	}
	// Rounds of 45, 35, 35 and 25 minutes from 09:30: lunch, due 10:30,
	// falls at the nearest round end, 10:15, not 10:50.
	for _, want := range []string{"times assume a 09:30 start, rounds back to back with the breaks shown",
		"10:15–11:00 45 Lunch", "11:00–11:35"} {
		if !strings.Contains(overview, want) {
			t.Errorf("the overview's schedule lacks %q", want)
		}
	}
	for _, old := range []string{"Strong yes", "No decision", "No evidence", "Exceptional", "12 months", "09:00"} {
		for doc, text := range map[string]string{"packet": packet, "overview": overview} {
			if strings.Contains(text, old) {
				t.Errorf("the %s still prints the default policy's %q", doc, old)
			}
		}
	}
}

// TestLongestLabelsFitThePage prints the longest labels a policy allows:
// every one whole and within the margins on the packet's and the
// overview's forms, on A4 and Letter (the debrief's headers wrap, the
// packet's choices go one a row, a score's name is set smaller).
func TestLongestLabelsFitThePage(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	long := func(s string) string { return s + strings.Repeat("x", kit.MaxLabelLen-len(s)) }
	k, focus := coverageKit()
	k.Policy.Rule.Labels = kit.RecommendationLabels{StrongNo: long("Strongno"), No: long("No"), Yes: long("Yes"),
		StrongYes: long("Strongyes"), NoDecision: long("Undecided")}
	k.Policy.Ratings = kit.Ratings{long("One"), long("Two"), long("Three"), long("Four")}
	if ps := k.Policy.Check(); len(ps) != 0 {
		t.Fatal(ps)
	}
	for _, paper := range []layouts.Paper{layouts.A4, layouts.Letter} {
		packet := renderPacket(t, "long-labels-packet-"+paper.Name, k, paper)
		checkPacket(t, k, paper, packet)
		overview := renderOverview(t, "long-labels-overview-"+paper.Name, k, focus, paper)
		checkOverview(t, k, paper, overview)
		for doc, pdf := range map[string][]byte{"packet": packet, "overview": overview} {
			text := strings.ReplaceAll(flatText(strings.Join(pageTexts(t, pdfFile(t, pdf)), " ")), " ", "")
			labels := k.Policy.Rule.Labels.List()
			if doc == "packet" {
				labels = append(labels, k.Policy.Ratings[:]...)
			}
			for _, l := range labels {
				if !strings.Contains(text, l) {
					t.Errorf("%s on %s: label %q is not printed whole", doc, paper.Name, l)
				}
			}
		}
	}
}
