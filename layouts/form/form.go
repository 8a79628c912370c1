package form

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Document is the layout of one packet: every page of one round's packet for
// one kit, with where its marks, code and boxes are.
type Document struct {
	Version int    `json:"version"` // the contract version, Version
	KitID   string `json:"kit_id"`
	Round   int    `json:"round"` // 1-based; 1 for a single interview
	Paper   Size   `json:"paper"`
	Pages   []Page `json:"pages"`
}

// Page is the layout of one printed page.
type Page struct {
	Number int      `json:"number"` // 1-based, as printed in "Page X of Y"
	Code   Rect     `json:"code"`   // the QR symbol, quiet zone excluded
	Marks  [4]Point `json:"marks"`  // registration mark centres: top left, top right, bottom right, bottom left
	Rows   []Row    `json:"rows"`   // the rows to read, top to bottom; none on a cover page
}

// Row is one line of options of which the interviewer marks one: the score
// of a question, or the overall recommendation.
type Row struct {
	Kind     RowKind  `json:"kind"`
	Question string   `json:"question,omitempty"` // question ID of a score row
	Number   int      `json:"number,omitempty"`   // the question's number as printed, 3 for Q3
	Options  []Option `json:"options"`
	// Correction is the row's correction box, where an interviewer who
	// changed their mind writes the value they mean; nil when the row has
	// none. Any ink in it sends the row to a person.
	Correction *Rect `json:"correction,omitempty"`
}

// Option is one box of a row and the value marking it means.
type Option struct {
	Value string `json:"value"` // "1".."4" or NotApplicable, or a recommendation label
	Box   Rect   `json:"box"`
}

// RowKind says what a row records.
type RowKind int

// The kinds of row.
const (
	// Score is a question's score: ScoreValues.
	Score RowKind = iota + 1
	// Recommendation is the overall recommendation: the kit's labels (its
	// Policy's rule, in its language, or the team's own), as printed.
	Recommendation
)

var rowKindNames = []string{Score: "score", Recommendation: "recommendation"}

// String is the kind's name, as in JSON.
func (k RowKind) String() string {
	if k >= Score && int(k) < len(rowKindNames) {
		return rowKindNames[k]
	}
	return fmt.Sprintf("RowKind(%d)", int(k))
}

// MarshalJSON writes the kind's name.
func (k RowKind) MarshalJSON() ([]byte, error) {
	if k < Score || int(k) >= len(rowKindNames) {
		return nil, fmt.Errorf("form: unknown row kind %d", int(k))
	}
	return json.Marshal(k.String())
}

// UnmarshalJSON reads a kind's name.
func (k *RowKind) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("row kind must be a string: score or recommendation")
	}
	i := slices.Index(rowKindNames, s)
	if i < int(Score) {
		return fmt.Errorf("row kind %q is not score or recommendation", clip(s))
	}
	*k = RowKind(i)
	return nil
}

// Label names the row for a person: "Q3" for a score row, "Recommendation"
// for the recommendation.
func (r *Row) Label() string {
	if r.Kind == Recommendation {
		return "Recommendation"
	}
	return fmt.Sprintf("Q%d", r.Number)
}

// Page returns the page numbered n, or nil when the packet has none.
func (d *Document) Page(n int) *Page {
	for i := range d.Pages {
		if d.Pages[i].Number == n {
			return &d.Pages[i]
		}
	}
	return nil
}

// Code is the page code printed on page n of the packet.
func (d *Document) Code(n int) Code {
	return Code{Version: d.Version, KitID: d.KitID, Round: d.Round, Page: n}
}

// Lookup finds the layout of the page a code names, among documents read
// from one or more kit folders: the function a scanner is given.
func Lookup(docs ...*Document) func(Code) (*Page, error) {
	return func(c Code) (*Page, error) {
		kitFound := false
		for _, d := range docs {
			if d.KitID != c.KitID {
				continue
			}
			kitFound = true
			if d.Round != c.Round {
				continue
			}
			if d.Version != c.Version {
				return nil, fmt.Errorf("kit %s round %d is laid out by contract version %d, the page says %d",
					c.KitID, c.Round, d.Version, c.Version)
			}
			if p := d.Page(c.Page); p != nil {
				return p, nil
			}
			return nil, fmt.Errorf("kit %s round %d has no page %d", c.KitID, c.Round, c.Page)
		}
		if kitFound {
			return nil, fmt.Errorf("kit %s has no round %d", c.KitID, c.Round)
		}
		return nil, fmt.Errorf("%w: %s", ErrUnknownKit, c.KitID)
	}
}
