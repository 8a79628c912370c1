package xlsx

// Reading a table a person keeps in a spreadsheet, such as a hiring day's
// timetable: the first sheet's cells, and the dates and times that
// spreadsheets store as numbers.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// FirstSheet reads the cells of the workbook's first sheet, returning its
// name too. It returns an error wrapping ErrNoSheet for a workbook with no
// sheet, or ErrUnreadable or ErrTooLarge.
func (wb *Workbook) FirstSheet() (string, Grid, error) {
	if len(wb.sheets) == 0 {
		return "", nil, fmt.Errorf("%w: the workbook has no sheet", ErrNoSheet)
	}
	name := wb.sheets[0].name
	g, err := wb.Sheet(name)
	return name, g, err
}

// epoch is day 0 of the 1900 date system that Excel and LibreOffice save
// in: day 60 is the 29 February 1900 Excel believes in, so counting from
// 30 December 1899 is right for every day after it.
var epoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// DateOf reads a cell a person typed a date into: a number in the 1900
// date system (how spreadsheets store a date), or a stored ISO date. It
// returns the day, midnight UTC, and whether the cell held one.
// Workbooks in the 1904 date system, from old Macintosh Excel, are read
// four years early.
func DateOf(c Cell) (time.Time, bool) {
	switch c.Kind {
	case Date:
		t, err := time.Parse(time.DateOnly, c.Text[:min(len(c.Text), len(time.DateOnly))])
		return t, err == nil
	case Number:
		v, err := strconv.ParseFloat(strings.TrimSpace(c.Text), 64)
		if err != nil || !(v >= 61 && v < 2958466) { // 1 March 1900 to 31 December 9999
			return time.Time{}, false
		}
		return epoch.AddDate(0, 0, int(math.Floor(v))), true
	}
	return time.Time{}, false
}

// ClockOf reads a cell a person typed a time of day into: a fraction of a
// day (how spreadsheets store a time, with or without a date before it)
// or a stored ISO time. It returns the time since midnight, to the
// nearest minute, and whether the cell held one.
func ClockOf(c Cell) (time.Duration, bool) {
	switch c.Kind {
	case Date:
		_, clock, ok := strings.Cut(c.Text, "T")
		if !ok {
			return 0, false
		}
		t, err := time.Parse("15:04:05", clock[:min(len(clock), len("15:04:05"))])
		if err != nil {
			return 0, false
		}
		return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, true
	case Number:
		v, err := strconv.ParseFloat(strings.TrimSpace(c.Text), 64)
		if err != nil || !(v >= 0 && v < 2958466) {
			return 0, false
		}
		minutes := math.Round((v - math.Floor(v)) * 24 * 60)
		return time.Duration(minutes) * time.Minute % (24 * time.Hour), true
	}
	return 0, false
}
