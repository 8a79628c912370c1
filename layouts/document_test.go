package layouts

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// pageLog is furniture that records the pages it is drawn on and marks
// each with a small square in the bottom margin.
type pageLog struct{ pages []string }

func (l *pageLog) drawPage(d *document, page, pages int) {
	l.pages = append(l.pages, fmt.Sprintf("%d/%d", page, pages))
	d.pdf.Rect(d.x0, d.st.Paper.Height-d.st.MarginBottom/2, 2, 2, "F")
}

func TestFurnitureIsDrawnOnEveryPage(t *testing.T) {
	k := testkit.Synth(testkit.SynthOptions{Questions: 5, Star: true})
	plain, err := newPacket(k, &k.Rounds[0], DefaultStyle(A4))
	if err != nil {
		t.Fatal(err)
	}
	var without bytes.Buffer
	if err := plain.render(&without, plain.parts()); err != nil {
		t.Fatal(err)
	}
	p, err := newPacket(k, &k.Rounds[0], DefaultStyle(A4))
	if err != nil {
		t.Fatal(err)
	}
	log := &pageLog{}
	p.furniture = append(p.furniture, log)
	parts := p.parts()
	pages, err := paginate(parts, p.st.bodyTop(), p.st.bodyBottom())
	if err != nil {
		t.Fatal(err)
	}
	var with bytes.Buffer
	if err := p.render(&with, parts); err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range pages {
		want = append(want, fmt.Sprintf("%d/%d", i+1, len(pages)))
	}
	if fmt.Sprint(log.pages) != fmt.Sprint(want) || len(want) < 2 {
		t.Errorf("furniture drawn on pages %v, want %v", log.pages, want)
	}
	if bytes.Equal(with.Bytes(), without.Bytes()) {
		t.Error("the furniture left no mark on the document")
	}
}

func TestRenderRefusesUnprintableBeforeDrawing(t *testing.T) {
	k := testkit.Synth(testkit.SynthOptions{Questions: 2, Candidate: "Zoë 😀"})
	p, err := newPacket(k, &k.Rounds[0], DefaultStyle(Letter))
	if err != nil {
		t.Fatal(err)
	}
	log := &pageLog{}
	p.furniture = append(p.furniture, log)
	var buf bytes.Buffer
	err = p.render(&buf, p.parts())
	if !errors.Is(err, ErrUnprintable) {
		t.Fatalf("err = %v, want ErrUnprintable", err)
	}
	if buf.Len() > 0 || len(log.pages) > 0 {
		t.Errorf("%d bytes written and %d pages drawn despite the error", buf.Len(), len(log.pages))
	}
}

// TestStyleDrivesTheDrawing: a change to a measure of the style changes
// the document, so the drawing reads it rather than a number of its own.
func TestStyleDrivesTheDrawing(t *testing.T) {
	k, focus := testkit.BankLoop(t, "senior", []string{"orm", "security"}, 7, "Ana López", "Bob", "")
	render := func(t *testing.T, st Style, loop bool) []byte {
		t.Helper()
		var buf bytes.Buffer
		var err error
		if loop {
			var o *overview
			if o, err = newOverview(k, focus, kit.DefaultStart, st); err == nil {
				err = o.render(&buf, o.parts())
			}
		} else {
			var p *packet
			if p, err = newPacket(k, &k.Rounds[0], st); err == nil {
				err = p.render(&buf, p.parts())
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	cases := []struct {
		name     string
		overview bool
		change   func(st *Style)
	}{
		{"header name share", false, func(st *Style) { st.Frame.NameShare = 0.5 }},
		{"heading size", false, func(st *Style) { st.SizeHeading = 13 }},
		{"panel padding", false, func(st *Style) { st.Cover.PanelPad = 4 }},
		{"probe arrow", false, func(st *Style) { st.Marks.ProbeTip = 3.5 }},
		{"red flag cross", false, func(st *Style) { st.Marks.FlagArm = 1.5 }},
		{"time plan column", false, func(st *Style) { st.Packet.Plan.From = 27 }},
		{"question tags", false, func(st *Style) { st.Packet.Question.TagGap = 3 }},
		{"scoring grid", false, func(st *Style) { st.Packet.Grid.NAWidth = 20 }},
		{"area grid", false, func(st *Style) { st.Packet.Summary.Cell = 13 }},
		{"recommendation boxes", true, func(st *Style) { st.Choice.Box = 5.5 }},
		{"score row", false, func(st *Style) { st.Packet.Form.NAWidth = 20 }},
		{"box to mark", false, func(st *Style) { st.Packet.Form.BoxLine = 0.2 }},
		{"recommendation to mark", false, func(st *Style) { st.Packet.Form.ChoiceLabelGap = 5 }},
		{"header beside the page code", false, func(st *Style) { st.Packet.Form.CodeGap = 3 }},
		{"signature", false, func(st *Style) { st.Signature.Line = 8 }},
		{"table cell padding", true, func(st *Style) { st.Table.Pad = 1.5 }},
		{"schedule column", true, func(st *Style) { st.Overview.Schedule.Round = 40 }},
		{"round band", true, func(st *Style) { st.Overview.Band.WhoShare = 0.35 }},
		{"coverage status column", true, func(st *Style) { st.Overview.Coverage.Status = 38 }},
		{"debrief score box", true, func(st *Style) { st.Overview.Debrief.ScoreWidth = 26 }},
	}
	base := map[bool][]byte{false: render(t, DefaultStyle(A4), false), true: render(t, DefaultStyle(A4), true)}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := DefaultStyle(A4)
			c.change(&st)
			if bytes.Equal(render(t, st, c.overview), base[c.overview]) {
				t.Error("the document is the same bytes")
			}
		})
	}
}
