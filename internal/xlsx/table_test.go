package xlsx

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

func TestFirstSheetReadsTheFirstSheet(t *testing.T) {
	data := book(t, `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>46097</v></c></row>`, []string{"date"}, nil)
	wb, err := Open(bytes.NewReader(data), int64(len(data)), testLimits)
	if err != nil {
		t.Fatal(err)
	}
	name, g, err := wb.FirstSheet()
	if err != nil || name != "S" || g.Text(0, 0) != "date" || g.Text(0, 1) != "46097" {
		t.Fatalf("FirstSheet = %q, %v, %v", name, g, err)
	}
	wb.sheets = nil
	if _, _, err := wb.FirstSheet(); !errors.Is(err, ErrNoSheet) {
		t.Errorf("a workbook with no sheet: %v", err)
	}
}

func TestDatesAndTimesAsSpreadsheetsStoreThem(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		cell  Cell
		date  time.Time
		dated bool
		clock time.Duration
		timed bool
	}{
		{Cell{Kind: Number, Text: "46097"}, day(2026, 3, 16), true, 0, true},
		{Cell{Kind: Number, Text: "46097.5625"}, day(2026, 3, 16), true, 13*time.Hour + 30*time.Minute, true},
		{Cell{Kind: Number, Text: "0.375"}, time.Time{}, false, 9 * time.Hour, true},
		{Cell{Kind: Number, Text: "0.60416666666666663"}, time.Time{}, false, 14*time.Hour + 30*time.Minute, true},
		{Cell{Kind: Number, Text: "61"}, day(1900, 3, 1), true, 0, true},
		{Cell{Kind: Number, Text: "-1"}, time.Time{}, false, 0, false},
		{Cell{Kind: Number, Text: "1e300"}, time.Time{}, false, 0, false},
		{Cell{Kind: Number, Text: "NaN"}, time.Time{}, false, 0, false},
		{Cell{Kind: Date, Text: "2026-03-16T00:00:00"}, day(2026, 3, 16), true, 0, true},
		{Cell{Kind: Date, Text: "1899-12-30T09:15:00"}, day(1899, 12, 30), true, 9*time.Hour + 15*time.Minute, true},
		{Cell{Kind: Date, Text: "2026-03-16"}, day(2026, 3, 16), true, 0, false},
		{Cell{Kind: Text, Text: "2026-03-16"}, time.Time{}, false, 0, false},
		{Cell{Kind: Date, Text: "x"}, time.Time{}, false, 0, false},
	} {
		d, ok := DateOf(tc.cell)
		if ok != tc.dated || !d.Equal(tc.date) {
			t.Errorf("DateOf(%+v) = %v, %v; want %v, %v", tc.cell, d, ok, tc.date, tc.dated)
		}
		c, ok := ClockOf(tc.cell)
		if ok != tc.timed || c != tc.clock {
			t.Errorf("ClockOf(%+v) = %v, %v; want %v, %v", tc.cell, c, ok, tc.clock, tc.timed)
		}
	}
}
