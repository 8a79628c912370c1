package layouts

import (
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/kit/catalog"
)

// TestLabelsFitTheirPlaceInEveryLanguage measures, in every language of
// the catalogue, the labels printed in a place of fixed width that neither
// wraps nor shrinks them: the section labels in a question's gutter and
// the small capitals over the time plan's and the summary's narrow
// columns. A translation too long for its place fails here before a page
// shows it running into its neighbour.
func TestLabelsFitTheirPlaceInEveryLanguage(t *testing.T) {
	gutter := func(st Style) float64 { return st.Gutter - st.GutterGap }
	places := []struct {
		name     string
		messages []catalog.Message
		width    func(Style) float64
		size     func(Style) float64
	}{
		{"question gutter", []catalog.Message{catalog.SectionHandout, catalog.SectionScript, catalog.SectionWhy,
			catalog.SectionVersions, catalog.SectionListenFor, catalog.SectionFollowUps, catalog.SectionRedFlags,
			catalog.SectionSTAR, catalog.Score}, gutter, func(st Style) float64 { return st.SizeLabel }},
		{"notes label", []catalog.Message{catalog.Notes}, func(st Style) float64 { return st.Gutter },
			func(st Style) float64 { return st.SizeLabel }},
		{"time plan's done column", []catalog.Message{catalog.PlanDone}, func(st Style) float64 { return st.Packet.Plan.Done + st.Packet.Plan.WriteIn },
			func(st Style) float64 { return st.SizeLabel }},
		{"time plan's minutes column", []catalog.Message{catalog.PlanMin}, func(st Style) float64 { return st.Packet.Plan.Minutes },
			func(st Style) float64 { return st.SizeLabel }},
		{"summary's average column", []catalog.Message{catalog.GridAverage}, func(st Style) float64 { return st.Packet.Summary.Average },
			func(st Style) float64 { return st.SizeLabel }},
	}
	for _, paper := range []Paper{A4, Letter} {
		st := DefaultStyle(paper)
		d, err := newDocument("packet", "a packet", st, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range catalog.Languages {
			w := catalog.For(lang)
			for _, pl := range places {
				for _, m := range pl.messages {
					label := strings.ToUpper(w.T(m))
					d.use(ink{true, pl.size(st), st.Muted})
					if got, room := d.pdf.GetStringWidth(label), pl.width(st); got > room {
						t.Errorf("%s, %s, %s: %q is %.1f mm wide, the place %.1f mm", paper.Name, lang, pl.name, label, got, room)
					}
				}
			}
		}
	}
}
