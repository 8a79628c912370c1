package kit

// The one rule for an interview's date, wherever it is read: a flag, a
// timetable, a manifest, a scoresheet's Kit sheet.

import (
	"fmt"
	"time"
)

// FirstDate is the earliest interview date: the first day a spreadsheet
// holds as a date. An earlier year is a typing slip (0026 for 2026), and
// the scoresheet could not show it as a date.
var FirstDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// DateError says why a text is not an interview date.
type DateError struct {
	Text  string
	Early bool // a date, but before FirstDate
}

func (e *DateError) Error() string {
	if e.Early {
		return fmt.Sprintf("%q is before %s", e.Text, FirstDate.Format(time.DateOnly))
	}
	return fmt.Sprintf("%q is not a date written YYYY-MM-DD", e.Text)
}

// ParseDate reads an interview date written YYYY-MM-DD, from FirstDate to
// 9999-12-31. Errors are *DateError.
func ParseDate(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, &DateError{Text: s}
	}
	if d.Before(FirstDate) {
		return time.Time{}, &DateError{Text: s, Early: true}
	}
	return d, nil
}
