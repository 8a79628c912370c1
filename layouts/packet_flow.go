package layouts

// How a packet is cut into pages. Everything is measured before anything is
// drawn: the content becomes parts made of boxes of known height, paginate
// places them, and only then are pages drawn, so every footer knows the page
// count and no block is split by surprise.
//
// Rules: a part marked whole (a question block) moves to a new page rather
// than split, unless it alone is taller than a page; then it runs on with its
// "more" boxes (a "(continued)" band) opening each further page. A box marked
// keep stays on the page of the box after it, gaps between them included (a
// heading with its first line).
// Gaps vanish at the top of a page. When a page ends between parts, its
// last grow box (ruled note lines) takes the rest of it, pushing the boxes
// after it on that page (a signature line) to the bottom. Text of any length is split into one box per
// line, so no single box is taller than a page.

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
	room := bottom - top
	var pages [][]placed
	var page []placed
	y := top
	finish := func(between bool) {
		for len(page) > 0 && page[len(page)-1].gap {
			page = page[:len(page)-1]
		}
		// The last grow box takes the room left, pushing what follows it
		// on the page down to the bottom.
		if n := len(page); n > 0 && between {
			extra := bottom - (page[n-1].y + page[n-1].h)
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
		pages = append(pages, page)
		page, y = nil, top
	}
	place := func(b box) {
		page = append(page, placed{box: b, y: y})
		y += b.h
	}
	for _, pt := range parts {
		// A whole part goes to a new page rather than split. One that fits a
		// page only with its shrinkable boxes (writing lines) at their least
		// gets them so; one taller still starts on a new page, so it splits
		// as little as it can.
		h, lead := pt.height(), pt.leadingGap()
		shrink := pt.whole && h-lead > room && pt.minHeight()-lead <= room
		if pt.squeeze && y+h > bottom && y+pt.minHeight() <= bottom {
			shrink = true
		} else if len(page) > 0 && (pt.newPage || (pt.whole && y+h > bottom)) {
			finish(true)
		}
		started := false
		for i, b := range pt.boxes {
			if shrink && b.min > 0 {
				b.h = b.min
			}
			if b.h > room {
				return nil, fmt.Errorf("layout: a box of %.0f mm does not fit a page of %.0f mm", b.h, room)
			}
			if b.gap && len(page) == 0 {
				continue
			}
			// A keep chain: this box and those it keeps with.
			need := b.h
			for j := i; j+1 < len(pt.boxes) && (pt.boxes[j].keep || (j > i && pt.boxes[j].gap)); j++ {
				need += pt.boxes[j+1].h
			}
			if need > room {
				need = b.h
			}
			if len(page) > 0 && y+need > bottom {
				finish(!started)
				if b.gap {
					continue
				}
				if started && pt.more != nil {
					for _, m := range pt.more() {
						place(m)
					}
				}
			}
			place(b)
			started = started || !b.gap
		}
	}
	if len(page) > 0 {
		finish(true)
	}
	return pages, nil
}

// spacer is a gap of height h.
func spacer(h float64) box { return box{h: h, gap: true, draw: func(float64, float64) {}} }
