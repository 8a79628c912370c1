package scan_test

// Real packets for the tests that print through poppler: the packet the
// kit folder holds, drawn by layouts.WritePacketForm, with the layout it
// returns. A bank kit and a loop round give real pages; kits of short
// questions give pages with four rows each, so a thousand marks need
// fewer pages to print, mark and capture.

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// printedPackets prints the test's real packets at 300 dpi: a bank kit on
// A4, a bank loop's second round on Letter, and a kit of short questions
// on each paper.
func printedPackets(t testing.TB, tmp string) ([]*synth.Template, error) {
	loop, _ := testkit.BankLoop(t, "mid", nil, 11, "Kim Park", "Bo Li")
	cases := []struct {
		k     *kit.Kit
		round int
		paper layouts.Paper
	}{
		{testkit.BankKit(t, "senior", 6, "Ana López"), 0, layouts.A4},
		{loop, 1, layouts.Letter},
		{shortKit("Zoë Short", 16), 0, layouts.A4},
		{shortKit("Lee Brief", 14), 0, layouts.Letter},
	}
	var out []*synth.Template
	for _, c := range cases {
		var buf bytes.Buffer
		doc, err := layouts.WritePacketForm(&buf, c.k, c.round, layouts.PacketOptions{Paper: c.paper})
		if err != nil {
			return nil, err
		}
		tp, err := synth.PrintPDF(buf.Bytes(), doc, 300, tmp)
		if err != nil {
			return nil, err
		}
		out = append(out, tp)
	}
	return out, nil
}

// shortKit is a kit of n short questions: a line of text, short anchors,
// nothing else, so four fit a page.
func shortKit(candidate string, n int) *kit.Kit {
	var qs []*kit.Question
	for i := range n {
		qs = append(qs, &kit.Question{ID: fmt.Sprintf("short-q%02d", i+1), Text: fmt.Sprintf("Short question %d: what does it do?", i+1),
			Stage: "core", Areas: []string{testkit.Areas[i%len(testkit.Areas)].ID}, Levels: []string{"mid"}, Minutes: 3,
			Rubric: kit.Rubric{"Misses it.", "Part of it.", "All of it.", "All, and why."}})
	}
	return testkit.QuestionsKit(candidate, qs)
}
