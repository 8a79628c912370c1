package layouts

// How a document is cut into pages. Everything is measured before anything
// is drawn: the content becomes parts made of boxes of known height,
// paginate places them, and only then are pages drawn, so every footer
// knows the page count and no block is split by surprise.
//
// Rules: a part marked whole (a question block) moves to a new page rather
// than split, unless it alone is taller than a page; then it runs on with its
// "more" boxes (a "(continued)" band) opening each further page. A box marked
// keep stays on the page of the box after it, gaps between them included (a
// heading with its first line). Gaps vanish at the top of a page. When a page
// ends between parts, its last grow box (ruled note lines) takes the rest of
// it, pushing the boxes after it on that page (a signature line) to the
// bottom. Text of any length is split into one box per line, so no single
// box is taller than a page.

import "fmt"

// A box is a piece of a page laid out whole: a line of text, a table row, a
// band. draw paints it with its top at y; h is its height on the page, which
// is more than box.h for a grow box that took the rest of its page.
type box struct {
	h    float64
	min  float64 // when above 0, the box may shrink to this to keep its part on one page
	keep bool
	grow bool
	gap  bool
	draw func(y, h float64)
}

// A part is a run of boxes placed in order: the cover, the time plan, one
// question, the summary.
type part struct {
	boxes   []box
	whole   bool
	squeeze bool // a whole part that shrinks to fit the space left on a page rather than move on
	newPage bool
	more    func() []box
}

// height is the part's height if placed on one page.
func (pt *part) height() float64 {
	h := 0.0
	for _, b := range pt.boxes {
		h += b.h
	}
	return h
}

// minHeight is the part's height with its shrinkable boxes at their least.
func (pt *part) minHeight() float64 {
	h := 0.0
	for _, b := range pt.boxes {
		if b.min > 0 {
			h += b.min
		} else {
			h += b.h
		}
	}
	return h
}

// leadingGap is the height of the gaps that open the part, which vanish
// when it starts a page.
func (pt *part) leadingGap() float64 {
	h := 0.0
	for _, b := range pt.boxes {
		if !b.gap {
			break
		}
		h += b.h
	}
	return h
}

// placed is a box at its place on a page.
type placed struct {
	box
	y float64
}

// paginate places parts on pages between top and bottom.
func paginate(parts []part, top, bottom float64) ([][]placed, error) {
	pg := pager{top: top, bottom: bottom, room: bottom - top, y: top}
	for _, pt := range parts {
		if err := pg.add(pt); err != nil {
			return nil, err
		}
	}
	if len(pg.page) > 0 {
		pg.finish(true)
	}
	return pg.pages, nil
}

// pager is paginate's state: the pages done, the page being filled and
// where on it the next box goes.
type pager struct {
	top, bottom, room float64
	pages             [][]placed
	page              []placed
	y                 float64
}

// finish closes the page. between says the page ends between parts: then
// its last grow box takes the room left, pushing what follows it on the
// page down to the bottom.
func (pg *pager) finish(between bool) {
	page := pg.page
	for len(page) > 0 && page[len(page)-1].gap {
		page = page[:len(page)-1]
	}
	if n := len(page); n > 0 && between {
		extra := pg.bottom - (page[n-1].y + page[n-1].h)
		for g := n - 1; g >= 0 && extra > 0; g-- {
			if page[g].grow {
				page[g].h += extra
				for j := g + 1; j < n; j++ {
					page[j].y += extra
				}
				break
			}
		}
	}
	pg.pages = append(pg.pages, page)
	pg.page, pg.y = nil, pg.top
}

// place puts b next on the page.
func (pg *pager) place(b box) {
	pg.page = append(pg.page, placed{box: b, y: pg.y})
	pg.y += b.h
}

// add places a part. A whole part goes to a new page rather than split.
// One that fits a page only with its shrinkable boxes (writing lines) at
// their least gets them so; one taller still starts on a new page, so it
// splits as little as it can.
func (pg *pager) add(pt part) error {
	h, lead := pt.height(), pt.leadingGap()
	shrink := pt.whole && h-lead > pg.room && pt.minHeight()-lead <= pg.room
	if pt.squeeze && pg.y+h > pg.bottom && pg.y+pt.minHeight() <= pg.bottom {
		shrink = true
	} else if len(pg.page) > 0 && (pt.newPage || (pt.whole && pg.y+h > pg.bottom)) {
		pg.finish(true)
	}
	started := false
	for i, b := range pt.boxes {
		if shrink && b.min > 0 {
			b.h = b.min
		}
		if b.h > pg.room {
			return fmt.Errorf("layout: a box of %.0f mm does not fit a page of %.0f mm", b.h, pg.room)
		}
		if b.gap && len(pg.page) == 0 {
			continue
		}
		if len(pg.page) > 0 && pg.y+pt.keepHeight(i, b.h, pg.room) > pg.bottom {
			pg.finish(!started)
			if b.gap {
				continue
			}
			if started && pt.more != nil {
				for _, m := range pt.more() {
					pg.place(m)
				}
			}
		}
		pg.place(b)
		started = started || !b.gap
	}
	return nil
}

// keepHeight is the height of box i, h tall as placed, and the boxes it
// keeps with, gaps between them included: what must fit for box i to be
// placed. A chain taller than room counts as box i alone.
func (pt *part) keepHeight(i int, h, room float64) float64 {
	need := h
	for j := i; j+1 < len(pt.boxes) && (pt.boxes[j].keep || (j > i && pt.boxes[j].gap)); j++ {
		need += pt.boxes[j+1].h
	}
	if need > room {
		return h
	}
	return need
}

// spacer is a gap of height h.
func spacer(h float64) box { return box{h: h, gap: true, draw: func(float64, float64) {}} }
