package layouts_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"

	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// TestLoopPacketsNameTheirRound prints every round of default loops as its
// interviewer's packet: the round's title is on every page, and each packet
// holds its own round's questions and no other round's.
func TestLoopPacketsNameTheirRound(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext")
	for _, level := range []string{"junior", "senior"} {
		k, _ := testkit.BankLoop(t, level, []string{"orm", "security"}, 11, "Zoë Nguyễn", "Ana López", "")
		for i, r := range k.Rounds {
			var buf bytes.Buffer
			if err := layouts.WritePacket(&buf, k, i, layouts.PacketOptions{}); err != nil {
				t.Fatal(err)
			}
			pages := pageTexts(t, pdfFile(t, buf.Bytes()))
			for p, page := range pages {
				if !strings.Contains(flatText(page), flatText(r.Title)) {
					t.Errorf("%s round %q: page %d of %d lacks the round's title", level, r.Title, p+1, len(pages))
				}
			}
			all := strings.ReplaceAll(flatText(strings.Join(pages, " ")), " ", "")
			for j, other := range k.Rounds {
				for _, q := range other.Questions {
					if in := strings.Contains(all, q.ID); in != (i == j) {
						t.Errorf("%s round %q: question %s of round %q printed: %v", level, r.Title, q.ID, other.Title, in)
					}
				}
			}
		}
	}
}

// BenchmarkLoop writes everything `interviewkit loop` prints for a default
// senior loop, in memory: the overview, a packet per round and the
// scoresheet.
func BenchmarkLoop(b *testing.B) {
	k, focus := testkit.BankLoop(b, "senior", []string{"orm", "security", "apis"}, 42, "Zoë Nguyễn", "Ana López", "Bob", "")
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := layouts.WriteOverview(&buf, k, focus, layouts.OverviewOptions{}); err != nil {
			b.Fatal(err)
		}
		for i := range k.Rounds {
			if err := layouts.WritePacket(&buf, k, i, layouts.PacketOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		if err := scoresheet.Write(&buf, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/loop")
}
