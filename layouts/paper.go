package layouts

import (
	"fmt"
	"strings"
)

// Paper is a printable page size.
type Paper struct {
	Name          string  // "a4", "letter"
	Width, Height float64 // millimetres, portrait
}

// The supported papers.
var (
	A4     = Paper{Name: "a4", Width: 210, Height: 297}
	Letter = Paper{Name: "letter", Width: 215.9, Height: 279.4}
)

// Papers lists the supported papers by name.
var Papers = []Paper{A4, Letter}

// PaperNamed returns the paper with the given name, case-insensitively.
func PaperNamed(name string) (Paper, error) {
	for _, p := range Papers {
		if strings.EqualFold(strings.TrimSpace(name), p.Name) {
			return p, nil
		}
	}
	return Paper{}, fmt.Errorf("unknown paper %q; use a4 or letter", name)
}
