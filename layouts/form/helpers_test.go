package form_test

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

var a4 = form.Size{W: 210, H: 297}

// sampleDocument is a valid two-page packet layout: a question page with
// three score rows and a summary page with the recommendation row.
func sampleDocument() *form.Document {
	d := &form.Document{Version: form.Version, KitID: "K7QF-3M2A", Round: 2, Paper: a4}
	q := form.Page{Number: 1, Code: form.CodeTopRight(a4), Marks: form.Marks(a4)}
	for i := range 3 {
		q.Rows = append(q.Rows, rowAt(form.Score, fmt.Sprintf("q-%d", i+1), i+1, 60+float64(i)*50, form.ScoreValues))
	}
	s := form.Page{Number: 2, Code: form.CodeTopRight(a4), Marks: form.Marks(a4)}
	s.Rows = append(s.Rows, rowAt(form.Recommendation, "", 0, 200, kit.DefaultRule().Labels.List()))
	d.Pages = []form.Page{q, s}
	return d
}

// rowAt lays a row's boxes out 34 mm apart from x = 24 at height y; a
// score row's correction box follows them, and a recommendation's lies
// under them.
func rowAt(kind form.RowKind, id string, n int, y float64, values []string) form.Row {
	r := form.Row{Kind: kind, Question: id, Number: n}
	for i, v := range values {
		r.Options = append(r.Options, form.Option{Value: v,
			Box: form.Rect{X: 24 + float64(i)*34, Y: y, W: form.BoxSize, H: form.BoxSize}})
	}
	if kind == form.Score {
		r.Correction = &form.Rect{X: 24 + 4*34 + 16, Y: y - 1, W: 14, H: 8}
	} else {
		r.Correction = &form.Rect{X: 60, Y: y + 16, W: 40, H: 8}
	}
	return r
}
