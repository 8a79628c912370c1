package layouts_test

import (
	"io"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// exerciseBenchKit is a 12-question round whose every third question is a
// practical exercise with two listings, so a packet embeds the monospace
// faces as well.
func exerciseBenchKit() *kit.Kit {
	var qs []*kit.Question
	for i := range 12 {
		if i%3 == 1 {
			qs = append(qs, testkit.SynthExercise(i))
		} else {
			qs = append(qs, testkit.SynthQuestion(i, testkit.SynthOptions{}))
		}
	}
	return testkit.QuestionsKit("Ana López", qs)
}

func BenchmarkPacket12WithListings(b *testing.B) {
	k := exerciseBenchKit()
	b.ReportAllocs()
	for b.Loop() {
		if err := layouts.WritePacket(io.Discard, k, 0, layouts.PacketOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHandout4Exercises(b *testing.B) {
	k := exerciseBenchKit()
	b.ReportAllocs()
	for b.Loop() {
		if err := layouts.WriteHandout(io.Discard, k, 0, layouts.HandoutOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
