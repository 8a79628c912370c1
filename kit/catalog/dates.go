package catalog

import (
	"fmt"
	"time"
)

// Weekday and month names, Sunday and January first.
var (
	germanDays   = [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
	germanMonths = [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
		"September", "Oktober", "November", "Dezember"}
)

// Day is a day as a form prints it, with its weekday: "Monday 2 March
// 2026", "Montag, 2. März 2026".
func (p Printer) Day(t time.Time) string {
	if p.lang == German {
		return germanDays[t.Weekday()] + ", " + p.Date(t)
	}
	return t.Format("Monday 2 January 2006")
}

// Date is a date in words, without the weekday: "2 March 2026", "2. März
// 2026".
func (p Printer) Date(t time.Time) string {
	if p.lang == German {
		return fmt.Sprintf("%d. %s %d", t.Day(), germanMonths[t.Month()-1], t.Year())
	}
	return t.Format("2 January 2006")
}
