package scoresheet_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// kitRoundsRow is the first row (1-based) of the Kit sheet's rounds table.
func kitRoundsRow(t testing.TB, f *excelize.File) int {
	t.Helper()
	rows, err := f.GetRows(scoresheet.KitSheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		if len(row) > 0 && row[0] == scoresheet.KitRoundsTable {
			return r + 3 // the title, the header, then the rounds
		}
	}
	t.Fatal("no rounds table")
	return 0
}

// TestReadBoundsEveryCountTheFileControls: a small file that lists one
// round sheet thousands of times, or pads a sheet with thousands of
// question rows, is refused before the work multiplies.
func TestReadBoundsEveryCountTheFileControls(t *testing.T) {
	k := readKit("Ana", "Dev")
	blank := readSheet(t, k)
	sheet := scoresheet.RoundSheetNames(k)[0]
	listSheet := func(times int, distinct bool) func(f *excelize.File) {
		return func(f *excelize.File) {
			first := kitRoundsRow(t, f)
			for i := range times {
				row := first + i
				name := sheet
				if distinct && i > 0 {
					name = fmt.Sprintf("Sheet %d", i)
				}
				must(t, f.SetCellValue(scoresheet.KitSheet, fmt.Sprintf("A%d", row), i+1))
				must(t, f.SetCellStr(scoresheet.KitSheet, fmt.Sprintf("B%d", row), name))
				must(t, f.SetCellStr(scoresheet.KitSheet, fmt.Sprintf("C%d", row), fmt.Sprintf("Round %d", i+1)))
			}
		}
	}
	pad := func(rows int) func(f *excelize.File) {
		return func(f *excelize.File) {
			for r := 8; r < 8+rows; r++ {
				must(t, f.SetCellStr(sheet, fmt.Sprintf("B%d", r), fmt.Sprintf("q-%d", r)))
			}
		}
	}
	tests := []struct {
		name string
		edit []func(*excelize.File)
		err  error
		msg  string
	}{
		{"one sheet listed 4,000 times, padded to 4,900 rows", []func(*excelize.File){listSheet(4000, false), pad(4900)},
			scoresheet.ErrOtherWorkbook, "for rounds 1 and 2; each round has its own sheet"},
		{"4,000 rounds on sheets of their own", []func(*excelize.File){listSheet(4000, true)},
			scoresheet.ErrTooLarge, "lists more than 12 rounds"},
		{"one more round than a loop has", []func(*excelize.File){listSheet(kit.MaxRounds+1, true)},
			scoresheet.ErrTooLarge, "lists more than 12 rounds"},
		{"one sheet for two rounds", []func(*excelize.File){listSheet(2, false)},
			scoresheet.ErrOtherWorkbook, "for rounds 1 and 2; each round has its own sheet"},
		{"a round sheet padded past a round's questions", []func(*excelize.File){pad(scoresheet.MaxRoundRows + 10)},
			scoresheet.ErrTooLarge, "more than 240 question rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := edit(t, blank, func(f *excelize.File) {
				for _, e := range tt.edit {
					e(f)
				}
			})
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := readBack(b)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, tt.err) || err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("Read = %v; want %v saying %q", err, tt.err, tt.msg)
			}
			// A file of this size is read with tens of megabytes, never
			// gigabytes: the work does not multiply by its counts.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
				t.Errorf("reading a %d KB file allocated %d MB", len(b)>>10, alloc>>20)
			}
		})
	}
}
