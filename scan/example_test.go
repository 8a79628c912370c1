package scan_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
)

func ExampleReadPage() {
	// A packet's layout, as the kit folder holds it, and page 2 printed
	// and marked: a tick at 3, a box filled at 1, two rings, a blank row.
	kit := synth.Packet("K7QF-3M2A", 1, synth.A4, 5)
	page := &kit.Pages[1]
	img, _ := synth.Raster(kit, page, 150)
	r := rand.New(rand.NewPCG(1, 2))
	pen := synth.Pen{Ink: synth.Blue, Width: 0.5, Opacity: 1}
	at := func(row, opt int) form.Rect { return page.Rows[row].Options[opt].Box }
	synth.Mark(img, 150/25.4, synth.Tick, at(0, 2), pen, r)
	synth.Mark(img, 150/25.4, synth.Fill, at(1, 0), pen, r)
	synth.Mark(img, 150/25.4, synth.Ring, at(2, 1), pen, r)
	synth.Mark(img, 150/25.4, synth.Ring, at(2, 3), pen, r)

	res, err := scan.ReadPage(img, form.Lookup(kit))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Code, res.Status)
	for _, row := range res.Rows {
		switch row.State {
		case scan.Scored:
			fmt.Printf("%s: %s\n", row.Label, row.Value)
		case scan.Review:
			fmt.Printf("%s: review (%s)\n", row.Label, row.Reason)
		default:
			fmt.Printf("%s: %s\n", row.Label, row.State)
		}
	}
	// Output:
	// IK1:K7QF-3M2A:1:2 read
	// Q1: 3
	// Q2: 1
	// Q3: review (two marks: 2 and 4)
	// Q4: blank
	// Q5: blank
}
