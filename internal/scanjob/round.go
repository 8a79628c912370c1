package scanjob

// Settling a round from its pages: each row of the packet's layout is
// read from the page that holds it, or left for a person with why. A page
// with rows that is not in the stack leaves its rows for a person; a page
// scanned twice must read the same both times.

import (
	"fmt"
	"slices"

	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/interviewkit/interviewkit/scan"
)

// roundRead is a round as read from its pages.
type roundRead struct {
	report  *RoundReport
	entries []scoresheet.Entry // every row: the value read, or why to check
	values  map[string]string  // cell -> value read, for rows read
	pages   []*pageRead        // every reading of the round's pages, in page order
}

// readRound reads round n of a kit from its pages, against its packet's
// layout and its sheet in the kit's scoresheet.
func readRound(n int, pages map[int][]*pageRead, packet *form.Packet, sheet *scoresheet.CompletedRound) (*roundRead, error) {
	rr := &roundRead{report: &RoundReport{Round: n, Title: sheet.Title, Packet: packet.File, Review: []ReviewItem{}, Blank: []string{}},
		values: map[string]string{}}
	cells, err := rowCells(packet, sheet)
	if err != nil {
		return nil, err
	}
	for _, p := range packet.Layout.Pages {
		reads := pages[p.Number]
		rr.pages = append(rr.pages, reads...)
		if len(reads) > 0 {
			rr.report.Pages = append(rr.report.Pages, p.Number)
		}
		for i, row := range p.Rows {
			cell := cells[rowKey(&row)]
			if row.Kind == form.Score {
				rr.report.Questions++
			}
			value, item := readRow(p.Number, i, &row, reads)
			entry := scoresheet.Entry{Sheet: sheet.Sheet, Cell: cell}
			if item != nil {
				rr.report.Review = append(rr.report.Review, *item)
				entry.Check = fmt.Sprintf("page %d, %s: %s", p.Number, item.Row, item.Reason)
				rr.entries = append(rr.entries, entry)
				continue
			}
			entry.Value = value
			rr.entries = append(rr.entries, entry)
			rr.values[cell] = value
			switch {
			case row.Kind != form.Score:
				rr.report.Recommendation = value
			case value == "":
				rr.report.Read++
				rr.report.Blank = append(rr.report.Blank, row.Label())
			default:
				rr.report.Read++
			}
		}
	}
	slices.Sort(rr.report.Pages)
	return rr, nil
}

// rowKey names a row of a round: its question, or the recommendation.
func rowKey(r *form.Row) string {
	if r.Kind == form.Recommendation {
		return "\x00recommendation"
	}
	return r.Question
}

// rowCells finds each row's cell in the round's sheet: a question's Score
// cell by its ID, the interviewer's call for the recommendation. A layout
// whose questions the sheet does not hold is an error: the folder's
// scoresheet is not the one made with its packets.
func rowCells(packet *form.Packet, sheet *scoresheet.CompletedRound) (map[string]string, error) {
	byID := map[string]string{}
	for _, r := range sheet.Rows {
		byID[r.QuestionID] = r.Score.Ref
	}
	cells := map[string]string{}
	for _, p := range packet.Layout.Pages {
		for _, r := range p.Rows {
			switch {
			case r.Kind == form.Recommendation:
				if sheet.Recommendation.Ref == "" {
					return nil, fmt.Errorf("sheet %s has no cell for the interviewer's recommendation", sheet.Sheet)
				}
				cells[rowKey(&r)] = sheet.Recommendation.Ref
			case byID[r.Question] == "":
				return nil, fmt.Errorf("the packet asks %s (Q%d), which sheet %s does not hold; the scoresheet is not the one made with the packet",
					r.Question, r.Number, sheet.Sheet)
			default:
				cells[rowKey(&r)] = byID[r.Question]
			}
		}
	}
	return cells, nil
}

// readRow reads row i of a packet's page from its readings: the value read
// ("" for blank), or what a person must settle.
func readRow(page, i int, row *form.Row, reads []*pageRead) (string, *ReviewItem) {
	item := &ReviewItem{Page: page, Row: row.Label(), Question: row.Question}
	if len(reads) == 0 {
		item.Reason = "the page is not in the stack"
		return "", item
	}
	var first string
	for k, pr := range reads {
		item.Where = pr.where()
		if i >= len(pr.res.Rows) {
			item.Reason = fmt.Sprintf("not read: %s", pr.res.Reason)
			return "", item
		}
		r := pr.res.Rows[i]
		if r.State == scan.Review {
			item.Reason = r.Reason
			return "", item
		}
		got := r.Value
		if r.State == scan.Blank {
			got = "blank"
		}
		if k == 0 {
			first = got
			continue
		}
		if got != first {
			item.Reason = fmt.Sprintf("the page was scanned twice and read %s at %s, %s at %s", first, reads[0].where(), got, pr.where())
			return "", item
		}
	}
	if first == "blank" {
		return "", nil
	}
	return first, nil
}
