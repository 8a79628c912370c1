package layouts_test

// Documents in German read back with real tools: every page inside the
// margins on A4 and Letter, fonts embedded, qpdf content, German page
// furniture, the bank's text as written, and no English label left.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/interviewkit/interviewkit/layouts"
)

// englishLabels are labels of the English catalogue that no German page
// may show; the bank's text (in English) holds none of them.
var englishLabels = []string{"Page 1 of", "Confidential", "Time plan", "Rating scale", "Listen for", "Follow-ups",
	"Red flags", "Circle one", "Mark one box", "Changed your mind", "only if you changed", "Summary", "Overall recommendation", "Key take-aways", "Interviewer", "Schedule",
	"Coverage", "Who asks what", "Debrief", "Hiring manager", "YOUR NOTES", "Exercise", "hand these pages back",
	"Strong yes", "No decision", "No evidence", "Exceptional", "Every area", "area needs attention", "areas need attention"}

// checkGerman runs the reading checks of every document on a German PDF
// and returns its pages' text.
func checkGerman(t *testing.T, paper layouts.Paper, pdf []byte, wants ...string) []string {
	t.Helper()
	path := pdfFile(t, pdf)
	checkQPDF(t, path)
	checkFonts(t, path)
	checkMargins(t, path, paper)
	pages := pageTexts(t, path)
	de := catalog.For(catalog.German)
	for i, page := range pages {
		if want := de.T(catalog.PageOf, i+1, len(pages)); !strings.Contains(flatText(page), want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
	all := flatText(strings.Join(pages, " "))
	for _, en := range englishLabels {
		if strings.Contains(all, en) {
			t.Errorf("a German document shows the English %q", en)
		}
	}
	for _, w := range wants {
		if !strings.Contains(all, w) {
			t.Errorf("the document lacks %q", w)
		}
	}
	if got := pdfInfo(t, path)["Title"]; got == "" {
		t.Error("no title in the document properties")
	}
	return pages
}

func TestGermanPacketReadsBack(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	cases := []struct {
		name  string
		kit   func(t *testing.T) *kit.Kit
		paper layouts.Paper
	}{
		{"bank-senior-a4", func(t *testing.T) *kit.Kit {
			return testkit.BankKit(t, "senior", 8, "Friederike Müller-Lüdenscheidt")
		}, layouts.A4},
		{"bank-lead-letter", func(t *testing.T) *kit.Kit { return testkit.BankKit(t, "lead", 10, "Hans-Jürgen Weißenbürger") }, layouts.Letter},
		{"long-texts-letter", func(*testing.T) *kit.Kit {
			return testkit.Synth(testkit.SynthOptions{Questions: 5, Long: true, Star: true})
		}, layouts.Letter},
		{"long-texts-a4", func(*testing.T) *kit.Kit {
			return testkit.Synth(testkit.SynthOptions{Questions: 5, Long: true, Star: true})
		}, layouts.A4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := testkit.InGerman(c.kit(t))
			pages := checkGerman(t, c.paper, renderPacket(t, "german-"+c.name, k, c.paper),
				"INTERVIEWLEITFADEN", "Vertraulich", "Zeitplan", "Bewertungsskala", "DARAUF ACHTEN", "WARNSIGNALE", "Zusammenfassung",
				"Gesamtempfehlung", "Klares Ja ab 3,5", "12 Monate nach der Einstellungsentscheidung aufbewahren")
			checkContent(t, k, pages)
			if day := catalog.For(catalog.German).Day(k.Date); !strings.Contains(flatText(pages[0]), day) {
				t.Errorf("the cover lacks the day %q", day)
			}
		})
	}
}

func TestGermanOverviewAndHandoutRender(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	for _, paper := range []layouts.Paper{layouts.A4, layouts.Letter} {
		t.Run("overview-"+paper.Name, func(t *testing.T) {
			k, focus := testkit.BankLoop(t, "senior", []string{"orm", "security", "apis"}, 42, "Friederike Müller-Lüdenscheidt",
				"Jürgen Weißhaupt", "", "Małgorzata Wójcik")
			k = testkit.InGerman(k)
			checkGerman(t, paper, renderOverview(t, "german-overview-"+paper.Name, k, focus, paper),
				"ÜBERSICHT DER INTERVIEWRUNDEN", "Tagesablauf", "Beginn um 09:00 Uhr", "Abdeckung", "Wer fragt was",
				"Nachbesprechung", "Unterschrift der Führungskraft", fmt.Sprintf("Kit %s", k.ID))
		})
		t.Run("handout-"+paper.Name, func(t *testing.T) {
			k := testkit.InGerman(exerciseKit())
			checkGerman(t, paper, renderHandout(t, "german-"+paper.Name, k, paper),
				"AUFGABENBLATT", "Bitte geben Sie diese Seiten am Ende zurück", "IHRE NOTIZEN", "Aufgabe")
		})
	}
}
