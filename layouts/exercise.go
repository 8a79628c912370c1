package layouts

// What a practical exercise adds to a document: the candidate's handout
// text (paragraphs and list items), a question's listings one after
// another, and the interviewer's script in a shaded band. The packet uses
// all three; the candidate's handout uses the first two and never the
// script.

import (
	"fmt"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// handoutText lays out a handout's paragraphs and list items in f at x, w
// wide, field naming the question in problems.
func (d *document) handoutText(f ink, x, w float64, field, s string) []box {
	var boxes []box
	for i, b := range kit.HandoutBlocks(s) {
		if i > 0 {
			boxes = append(boxes, spacer(d.st.Exercise.ItemGap))
		}
		text := d.text(field+" handout", b.Text)
		if b.Item {
			boxes = append(boxes, d.item(f, x, w, text, d.bulletMark)...)
		} else {
			boxes = append(boxes, d.para(f, x, w, text, "L")...)
		}
	}
	return boxes
}

// listings lays out a question's listings at x, w wide, the first after a
// small gap, each after the one before.
func (d *document) listings(field string, code []kit.Listing, x, w float64) []box {
	var boxes []box
	for i, l := range code {
		gap := d.st.Listing.Above
		if i > 0 {
			gap = d.st.Listing.Between
		}
		boxes = append(boxes, spacer(gap))
		boxes = append(boxes, d.listing(field, i+1, l, x, w)...)
	}
	return boxes
}

// scriptBand is the interviewer's script in a shaded band at x, w wide: a
// title saying to reveal it only when asked, then each line as an item.
func (d *document) scriptBand(field string, script []string, x, w float64) []box {
	st, es := &d.st, &d.st.Exercise
	pad := es.ScriptPad
	head := d.para(ink{true, st.SizeLabel, st.Muted}, x+pad, w-2*pad, d.words.T(catalog.RevealOnAsk), "L")
	head[len(head)-1].h += es.ScriptHeadGap
	boxes := head
	body := ink{false, st.SizeDetail, st.Ink}
	for i, s := range script {
		if i > 0 {
			boxes = append(boxes, spacer(st.ItemGap))
		}
		text := d.text(fmt.Sprintf("%s script %d", field, i+1), s)
		boxes = append(boxes, d.item(body, x+pad, w-2*pad, text, d.bulletMark)...)
	}
	boxes[0].h += pad
	boxes[len(boxes)-1].h += pad
	last := len(boxes) - 1
	for i := range boxes {
		b := &boxes[i]
		top := 0.0
		if i == 0 {
			top = pad
		}
		h, draw := b.h, b.draw
		b.gap = false // the band's own spacing stays, even at the top of a page
		b.keep = i < last
		b.draw = func(y, _ float64) {
			d.fill(x, y, w, h, st.Fill)
			if i == 0 {
				d.rule(x, y, x+w, st.Ink, st.LineThin)
			}
			draw(y+top, h)
		}
	}
	return boxes
}
