package layouts_test

// The embedded bank's exercises on paper: every listing prints whole and
// inside the margins on both papers, in the packet and on the handout, and
// no handout prints anything of the interviewer's.

import (
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// bankExercises is a one-round kit of every question of the embedded bank
// that gives the candidate material, in bank order.
func bankExercises(t *testing.T) *kit.Kit {
	t.Helper()
	var qs []*kit.Question
	for _, q := range testkit.Bank(t).Questions {
		if q.HasCandidateMaterial() {
			qs = append(qs, q)
		}
	}
	if len(qs) < 12 {
		t.Fatalf("the bank has %d questions with candidate material", len(qs))
	}
	return testkit.QuestionsKit("Małgorzata Wójcik", qs)
}

// TestEveryBankListingPrintsWholeOnThePage renders every listing of the
// bank in a packet and a handout, on A4 and on Letter: every word inside
// the margins (pdftotext -bbox), every line on one row after its number.
func TestEveryBankListingPrintsWholeOnThePage(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := bankExercises(t)
	for _, paper := range layouts.Papers {
		t.Run(paper.Name, func(t *testing.T) {
			packet, handout := exerciseDocs(t, "bank-exercises-"+paper.Name, k, paper)
			checkListingsWhole(t, k, map[string][]string{"packet": packet, "handout": handout})
		})
	}
}

// TestNoBankHandoutPrintsInterviewerText renders the handout of every
// question with candidate material and checks with pdftotext that none of
// its ID, why we ask, key points, follow-ups, red flags, rubric anchors or
// script lines appears.
func TestNoBankHandoutPrintsInterviewerText(t *testing.T) {
	testkit.NeedTools(t, popplerQPDF, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	k := bankExercises(t)
	_, handout := exerciseDocs(t, "bank-handouts", k, layouts.A4)
	checkNothingOfTheInterviewers(t, k, handout)
}
