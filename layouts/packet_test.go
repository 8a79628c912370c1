package layouts_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// packetOut keeps the sample packets the tests write, to look at them.
var packetOut = flag.String("packet.out", "", "also write sample packets to this `folder`")

// renderPacket writes round 0 of k as a PDF and returns its bytes, kept in
// -packet.out under name when given.
func renderPacket(t testing.TB, name string, k *kit.Kit, paper layouts.Paper) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := layouts.WritePacket(&buf, k, 0, layouts.PacketOptions{Paper: paper}); err != nil {
		t.Fatalf("WritePacket: %v", err)
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

func TestPacketSamples(t *testing.T) {
	renderPacket(t, "synth-a4", testkit.Synth(testkit.SynthOptions{Questions: 6, Star: true}), layouts.A4)
	renderPacket(t, "synth-long-letter", testkit.Synth(testkit.SynthOptions{Questions: 4, Long: true, Huge: true}), layouts.Letter)
	renderPacket(t, "senior-a4", testkit.BankKit(t, "senior", 8, "Zoë Nguyễn"), layouts.A4)
}
