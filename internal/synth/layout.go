package synth

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// Paper sizes of the test packets.
var (
	A4     = form.Size{W: 210, H: 297}
	Letter = form.Size{W: 215.9, H: 279.4}
)

// Geometry of the test packet's pages, in millimetres.
const (
	marginLeft  = 22.0
	marginRight = 14.0
	contentTop  = 38.0
	blockH      = 44.0 // a question: title, text, instruction, boxes, anchors
	boxesAt     = 23.0 // the boxes' top, from the top of a block
	firstBoxX   = 24.0
	boxPitch    = 36.0
	labelGap    = 4.5 // from a box's right edge to its label
)

// scaleWords are the words printed beside the score boxes.
var scaleWords = []string{"No evidence", "Partial", "Solid", "Exceptional", form.NotApplicable}

// Packet lays out a test packet: a cover page with no rows, question pages
// with as many score rows as fit, and a summary page with the
// recommendation row. questions is how many score rows it holds.
func Packet(kitID string, round int, paper form.Size, questions int) *form.Document {
	ids := make([]string, questions)
	for i := range ids {
		ids[i] = fmt.Sprintf("question-%02d", i+1)
	}
	return PacketFor(kitID, round, paper, ids)
}

// PacketFor is Packet with a score row for each of the question IDs, in
// order: the layout of a real kit's questions on the test packet's pages.
func PacketFor(kitID string, round int, paper form.Size, ids []string) *form.Document {
	d := &form.Document{Version: form.Version, KitID: kitID, Round: round, Paper: paper}
	page := func(n int) form.Page {
		return form.Page{Number: n, Code: form.CodeTopRight(paper), Marks: form.Marks(paper)}
	}
	d.Pages = append(d.Pages, page(1))
	perPage := int((paper.H - contentTop - 20) / blockH)
	for q := 0; q < len(ids); {
		p := page(len(d.Pages) + 1)
		for i := 0; i < perPage && q < len(ids); i++ {
			y := contentTop + float64(i)*blockH + boxesAt
			p.Rows = append(p.Rows, row(form.Score, ids[q], q+1, y, form.ScoreValues))
			q++
		}
		d.Pages = append(d.Pages, p)
	}
	s := page(len(d.Pages) + 1)
	s.Rows = append(s.Rows, row(form.Recommendation, "", 0, contentTop+2*blockH+boxesAt, kit.DefaultRule().Labels.List()))
	d.Pages = append(d.Pages, s)
	return d
}

// row lays a row's boxes out along the line y.
func row(kind form.RowKind, id string, n int, y float64, values []string) form.Row {
	r := form.Row{Kind: kind, Question: id, Number: n}
	for i, v := range values {
		r.Options = append(r.Options, form.Option{Value: v,
			Box: form.Rect{X: firstBoxX + float64(i)*boxPitch, Y: y, W: form.BoxSize, H: form.BoxSize}})
	}
	return r
}

// label is what is printed beside an option's box.
func label(r *form.Row, i int) string {
	if r.Kind == form.Score {
		if i < 4 {
			return r.Options[i].Value + " " + scaleWords[i]
		}
		return r.Options[i].Value
	}
	return r.Options[i].Value
}
