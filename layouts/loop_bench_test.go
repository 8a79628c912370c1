package layouts_test

import (
	"bytes"
	"testing"

	"github.com/interviewkit/interviewkit/layouts"
)

// BenchmarkLoop writes everything `interviewkit loop` prints for a default
// senior loop, in memory: the overview, a packet per round and the
// scoresheet.
func BenchmarkLoop(b *testing.B) {
	k, focus := bankLoop(b, "senior", []string{"orm", "security", "apis"}, 42, "Zoë Nguyễn", "Ana López", "Bob", "")
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
		if err := layouts.WriteScoresheet(&buf, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/loop")
}
