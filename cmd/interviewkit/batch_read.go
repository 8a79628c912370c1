package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/internal/xlsx"
	"github.com/interviewkit/interviewkit/kit"
)

// timetableLimits bound a workbook given as a timetable: a sheet of a few
// hundred rows typed by a person.
var timetableLimits = xlsx.Limits{Name: "a timetable", Size: 8 << 20, Unzipped: 64 << 20, Parts: 2000,
	Rows: kit.MaxTimetableRows + 50, Columns: 64, SharedStrings: 200_000}

// readTimetable reads the timetable at path: a workbook when the file is
// one (its first sheet), else CSV. Problems that stop the whole file from
// being read are printed one a line to w, located as a bank's are.
func readTimetable(w io.Writer, path string, b *kit.Bank) (*kit.Timetable, error) {
	data, err := readSmallFile(path, timetableLimits.Size, "give the timetable's path: a .csv file or an .xlsx workbook")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef("give the timetable's path: a .csv file or an .xlsx workbook", "no timetable at %s", path)
	}
	if err != nil {
		return nil, err
	}
	var tt *kit.Timetable
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		var recs []kit.Record
		if recs, err = timetableRecords(data, path); err == nil {
			tt, err = kit.ReadTimetable(path, recs, b)
		}
	} else {
		tt, err = kit.ReadTimetableCSV(bytes.NewReader(data), path, b)
	}
	var be *kit.BankError
	if errors.As(err, &be) {
		return nil, listProblems(w, be, "the timetable", nil)
	}
	return tt, err
}

// timetableRecords are the rows of a workbook's first sheet, numbered as
// the spreadsheet numbers them. Dates and times a spreadsheet stores as
// numbers are written as text in the date and start columns.
func timetableRecords(data []byte, path string) ([]kit.Record, error) {
	wb, err := xlsx.Open(bytes.NewReader(data), int64(len(data)), timetableLimits)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	_, g, err := wb.FirstSheet()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var recs []kit.Record
	dateCol, startCol := -1, -1
	for r, row := range g {
		fields := make([]string, len(row))
		for col, cell := range row {
			fields[col] = cell.Text
			if cell.Kind == xlsx.Formula && cell.Text != "" {
				cell.Kind = xlsx.Number // a formula's cached value, as the program showed it
			}
			if d, ok := xlsx.DateOf(cell); ok && col == dateCol {
				fields[col] = d.Format(time.DateOnly)
			}
			if t, ok := xlsx.ClockOf(cell); ok && col == startCol {
				fields[col] = kit.Clock(t)
			}
		}
		if len(recs) == 0 {
			for col, f := range fields {
				switch strings.ToLower(strings.TrimSpace(f)) {
				case kit.ColDate:
					dateCol = col
				case kit.ColStart:
					startCol = col
				}
			}
		}
		if len(recs) > 0 || strings.TrimSpace(strings.Join(fields, "")) != "" {
			recs = append(recs, kit.Record{Line: r + 1, Fields: fields})
		}
	}
	return recs, nil
}

// readPlanOnce reads a row's plan file, relative to the timetable's
// folder, once however many rows name it. Its problems are listed once,
// each at its own line of the plan, before the first row that names it.
func (r *batch) readPlanOnce(line int, name string) (*kit.Plan, error) {
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(r.file), name)
	}
	if read, ok := r.plans[path]; ok {
		return read.plan, read.err
	}
	plan, err := r.readPlan(line, path)
	if r.plans == nil {
		r.plans = map[string]planRead{}
	}
	r.plans[path] = planRead{plan, err}
	return plan, err
}

// planRead is a plan file read, or why it could not be.
type planRead struct {
	plan *kit.Plan
	err  error
}

func (r *batch) readPlan(line int, path string) (*kit.Plan, error) {
	data, err := readSmallFile(path, kit.MaxPlanBytes, "give the path of a plan file (YAML)")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no plan at %s", path)
	}
	if err != nil {
		return nil, err
	}
	plan, err := kit.ParsePlan(data, path, r.bank)
	var be *kit.BankError
	if errors.As(err, &be) {
		for _, p := range be.Problems {
			r.problems = append(r.problems, batchProblem{line, p.String()})
		}
		return nil, fmt.Errorf("the plan %s has %s (listed above)", path, plural(len(be.Problems), "problem"))
	}
	if err != nil {
		return nil, err
	}
	return &plan, nil
}
