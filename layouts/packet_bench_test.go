package layouts_test

import (
	"io"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"

	"github.com/interviewkit/interviewkit/layouts"
)

// benchmarkPacket writes a synthetic packet of n questions, as `generate`
// does, to io.Discard.
func benchmarkPacket(b *testing.B, n int) {
	k := testkit.Synth(testkit.SynthOptions{Questions: n, Star: true})
	opt := layouts.PacketOptions{Paper: layouts.A4}
	b.ReportAllocs()
	for b.Loop() {
		if err := layouts.WritePacket(io.Discard, k, 0, opt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPacket12(b *testing.B)  { benchmarkPacket(b, 12) }
func BenchmarkPacket50(b *testing.B)  { benchmarkPacket(b, 50) }
func BenchmarkPacket200(b *testing.B) { benchmarkPacket(b, 200) }
