package kit

// This file reads a timetable: a hiring day (or several) as a recruiting
// coordinator plans it, one row per candidate, from a CSV file or the
// first sheet of a workbook. Its rules: the header row names the columns,
// in any order and case; every row is checked on its own and every problem
// of every row is reported at its line, so one bad row never stops the
// others; a row goes through the same checks as the loop command's flags
// (CleanName for names, CleanTitle for the role, the bank for levels and
// focus areas), since a second way in gets the first way's checks.

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The columns of a timetable, as its header row names them.
const (
	ColCandidate    = "candidate"
	ColLevel        = "level"
	ColFocus        = "focus"
	ColDate         = "date"
	ColStart        = "start"
	ColInterviewers = "interviewers"
	ColRole         = "role"
	ColPlan         = "plan"
)

// TimetableColumns are the columns a timetable's header names: the first
// six are required, role and plan optional.
var TimetableColumns = []string{ColCandidate, ColLevel, ColFocus, ColDate, ColStart, ColInterviewers, ColRole, ColPlan}

// requiredColumns is how many of TimetableColumns every header names.
const requiredColumns = 6

// Limits on a timetable: a hiring day is a screenful of rows typed by a
// person, and each count a file controls has a limit.
const (
	MaxTimetableFile = 1 << 20 // bytes of a CSV timetable
	MaxTimetableRows = 1000    // rows under the header
	maxCell          = 2000    // bytes in one cell
	maxRowProblems   = 200     // problems reported before the rest are summed up
	maxColumns       = 64      // columns a header may name
)

// InterviewerSeparator separates the interviewers of a row, in round order.
const InterviewerSeparator = ";"

// Record is one row of a timetable as read from a file: its fields, and
// the line (or spreadsheet row) where it starts.
type Record struct {
	Line   int
	Fields []string
}

// Booking is one candidate's loop on one day, as a timetable row books it.
type Booking struct {
	Line      int // where the row is, for messages
	Candidate string
	Level     string   // a level ID of the bank
	Focus     []string // area IDs of the bank; none means the plan's focus, else every area
	Date      time.Time
	Start     time.Duration // clock time of the first round, from midnight
	// Interviewers run the rounds in order; "" leaves a round's name to be
	// written in, as do rounds past the end of the list.
	Interviewers []string
	Role         string // "" takes the bank's role
	Plan         string // a plan file, as written in the row; "" for the bank's default loop
	Policy       Policy // the team's rules the loop is held by; zero parts are DefaultPolicy's
}

// Interview is who the booking is for and when.
func (bk *Booking) Interview() Interview {
	return Interview{Candidate: bk.Candidate, Role: bk.Role, Date: bk.Date, Policy: bk.Policy}
}

// Timetable is a timetable read: the rows that can be booked, in file
// order, and the problems of the rows that cannot, each at its line.
type Timetable struct {
	File     string
	Bookings []Booking
	Problems []Problem
	// Unbooked are the rows with problems, with what could be read of
	// them (a candidate, a date), so that a day's sheet can say who is
	// missing from it.
	Unbooked []Booking
}

// ReadTimetableCSV reads a timetable from CSV, naming it file in
// messages. Fields are separated by commas, or by semicolons when the
// header has semicolons and no commas (as spreadsheets in many locales
// save CSV); a byte-order mark is skipped. A file that cannot be read as
// a timetable at all (no header, an unknown column, too large) is a
// *BankError listing its problems; problems of single rows are in the
// Timetable, and the other rows are booked.
func ReadTimetableCSV(r io.Reader, file string, b *Bank) (*Timetable, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTimetableFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxTimetableFile {
		return nil, &BankError{Problems: []Problem{{File: file, Msg: fmt.Sprintf("file is larger than %d KiB; not a timetable", MaxTimetableFile>>10)}}}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return nil, &BankError{Problems: []Problem{{File: file, Msg: "is not UTF-8 text; save the timetable as CSV (UTF-8)"}}}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Contains(first, []byte(";")) && !bytes.Contains(first, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	var records []Record
	var bad []Problem
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			bad = append(bad, Problem{File: file, Line: pe.StartLine, Msg: csvReason(pe)})
			if len(bad) > maxRowProblems {
				return nil, &BankError{Problems: bad}
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		records = append(records, Record{Line: line, Fields: rec})
		if len(records) > MaxTimetableRows+1 {
			break
		}
	}
	t, err := ReadTimetable(file, records, b)
	if err != nil {
		var be *BankError
		if errors.As(err, &be) {
			be.Problems = append(bad, be.Problems...)
		}
		return nil, err
	}
	t.Problems = append(bad, t.Problems...)
	slices.SortStableFunc(t.Problems, func(a, b Problem) int { return a.Line - b.Line })
	return t, nil
}

// csvReason words a CSV syntax error for a person.
func csvReason(pe *csv.ParseError) string {
	switch {
	case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
		return "a quote is not closed, or a field has a stray quote; put a field with commas or quotes in \"...\" and double the quotes inside"
	}
	return pe.Err.Error()
}

// ReadTimetable reads a timetable from its records, the first being the
// header row: the way in for CSV files and spreadsheets alike. Empty rows
// are skipped. Problems of the header, or more rows than
// MaxTimetableRows, are a *BankError; problems of rows are in the
// Timetable.
func ReadTimetable(file string, records []Record, b *Bank) (*Timetable, error) {
	for len(records) > 0 && blank(records[0].Fields) {
		records = records[1:]
	}
	if len(records) == 0 {
		return nil, &BankError{Problems: []Problem{{File: file, Msg: "is empty; the first row names the columns: " + strings.Join(TimetableColumns, ",")}}}
	}
	cols, probs := readHeader(file, records[0])
	if len(probs) > 0 {
		return nil, &BankError{Problems: probs}
	}
	rows := records[1:]
	if len(rows) > MaxTimetableRows {
		return nil, &BankError{Problems: []Problem{{File: file, Line: rows[MaxTimetableRows].Line,
			Msg: fmt.Sprintf("more than %d rows; split the timetable", MaxTimetableRows)}}}
	}
	t := &Timetable{File: file}
	for _, rec := range rows {
		if blank(rec.Fields) {
			continue
		}
		rr := rowReader{file: file, line: rec.Line, cols: cols, fields: rec.Fields, bank: b}
		bk := rr.booking(len(records[0].Fields))
		if len(rr.problems) > 0 {
			t.Problems = append(t.Problems, rr.problems...)
			t.Unbooked = append(t.Unbooked, bk)
			continue
		}
		t.Bookings = append(t.Bookings, bk)
	}
	return t, nil
}

func blank(fields []string) bool {
	return !slices.ContainsFunc(fields, func(f string) bool { return strings.TrimSpace(f) != "" })
}

// readHeader maps column names to field positions: every column known,
// none twice, the required ones present.
func readHeader(file string, rec Record) (map[string]int, []Problem) {
	cols := map[string]int{}
	suggested := map[string]bool{} // columns a misspelt one was taken for: not reported missing too
	var probs []Problem
	bad := func(format string, args ...any) {
		probs = append(probs, Problem{File: file, Line: rec.Line, Msg: fmt.Sprintf(format, args...)})
	}
	fields := rec.Fields
	for len(fields) > 0 && strings.TrimSpace(fields[len(fields)-1]) == "" {
		fields = fields[:len(fields)-1] // trailing separators, as some programs save
	}
	if len(fields) > maxColumns {
		bad("the first row names %d columns; a timetable has at most %d: %s", len(fields), len(TimetableColumns), strings.Join(TimetableColumns, ","))
		return nil, probs
	}
	for i, f := range fields {
		name := strings.ToLower(strings.TrimSpace(f))
		switch {
		case name == "":
			bad("column %d has no name; name it (%s) or remove it", i+1, strings.Join(TimetableColumns, ", "))
		case !slices.Contains(TimetableColumns, name):
			bad("unknown column %q%s; the columns are %s", clipText(f, 40), didYouMean(name, TimetableColumns), strings.Join(TimetableColumns, ", "))
			suggested[Closest(name, TimetableColumns)] = true
		case cols[name] > 0:
			bad("column %q appears twice", name)
		default:
			cols[name] = i + 1
		}
	}
	var missing []string
	for _, name := range TimetableColumns[:requiredColumns] {
		if cols[name] == 0 && !suggested[name] {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		noun := "column"
		if len(missing) > 1 {
			noun = "columns"
		}
		bad("no %s %s; the first row names the columns %s (role and plan optional)",
			andList(quoteAll(missing)), noun, strings.Join(TimetableColumns, ","))
	}
	for name := range cols {
		cols[name]-- // positions from 0
	}
	return cols, probs
}

func quoteAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strconv.Quote(x)
	}
	return out
}

// clipText shortens s for a message.
func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// rowReader checks one row, collecting its problems.
type rowReader struct {
	file     string
	line     int
	cols     map[string]int
	fields   []string
	bank     *Bank
	problems []Problem
}

func (rr *rowReader) fail(format string, args ...any) {
	rr.problems = append(rr.problems, Problem{File: rr.file, Line: rr.line, Msg: fmt.Sprintf(format, args...)})
}

// get is the trimmed field of a column; "" when the column or the field
// is missing.
func (rr *rowReader) get(col string) string {
	i, ok := rr.cols[col]
	if !ok || i >= len(rr.fields) {
		return ""
	}
	return strings.TrimSpace(rr.fields[i])
}

// booking checks every field of the row; width is the header's.
func (rr *rowReader) booking(width int) Booking {
	bk := Booking{Line: rr.line}
	if extra := rr.fields[min(width, len(rr.fields)):]; !blank(extra) {
		rr.fail("has %d fields; the header names %d (put a field with commas in quotes)", len(rr.fields), width)
		return bk
	}
	for _, f := range rr.fields {
		if len(f) > maxCell {
			rr.fail("a field is %d bytes long; at most %d", len(f), maxCell)
			return bk
		}
	}
	bk.Candidate = rr.name(ColCandidate, rr.get(ColCandidate))
	if bk.Candidate == "" && len(rr.problems) == 0 {
		rr.fail("candidate is empty")
	}
	bk.Level = rr.level()
	bk.Focus = rr.focus()
	bk.Date = rr.date()
	bk.Start = rr.start()
	for _, name := range strings.Split(rr.get(ColInterviewers), InterviewerSeparator) {
		bk.Interviewers = append(bk.Interviewers, rr.name("interviewer", name))
	}
	for len(bk.Interviewers) > 0 && bk.Interviewers[len(bk.Interviewers)-1] == "" {
		bk.Interviewers = bk.Interviewers[:len(bk.Interviewers)-1]
	}
	if len(bk.Interviewers) > MaxRounds {
		rr.fail("names %d interviewers; a loop has at most %d rounds", len(bk.Interviewers), MaxRounds)
	}
	if role, err := CleanTitle(rr.get(ColRole)); err != nil {
		rr.fail("role %s", reason(err))
	} else {
		bk.Role = role
	}
	bk.Plan = rr.get(ColPlan)
	return bk
}

// name is a person's name through CleanName, with the field named in a
// problem.
func (rr *rowReader) name(field, s string) string {
	n, err := CleanName(s)
	if err != nil {
		rr.fail("%s %s", field, reason(err))
	}
	return n
}

// reason is why CleanName or CleanTitle refused a value, without a field.
func reason(err error) string {
	var ne *NameError
	if errors.As(err, &ne) {
		return ne.Reason
	}
	return err.Error()
}

func (rr *rowReader) level() string {
	s := rr.get(ColLevel)
	if s == "" {
		rr.fail("level is empty; the levels are %s", strings.Join(rr.bank.LevelIDs(), ", "))
		return ""
	}
	l, err := rr.bank.ResolveLevel(s)
	if err != nil {
		rr.fail("unknown level %q%s; the levels are %s", clipText(s, 40), didYouMean(s, rr.bank.LevelIDs()), strings.Join(rr.bank.LevelIDs(), ", "))
		return ""
	}
	return l.ID
}

func (rr *rowReader) focus() []string {
	var out []string
	for _, id := range cleanList([]string{rr.get(ColFocus)}) {
		if _, ok := rr.bank.Area(id); !ok {
			rr.fail("unknown focus area %q%s; run `interviewkit areas` for the list", clipText(id, 40), didYouMean(id, rr.bank.AreaIDs()))
			continue
		}
		out = append(out, id)
	}
	return out
}

func (rr *rowReader) date() time.Time {
	s := rr.get(ColDate)
	d, err := ParseDate(s)
	if err != nil {
		var de *DateError
		switch {
		case s == "":
			rr.fail("date is empty; write it as YYYY-MM-DD")
		case errors.As(err, &de) && de.Early:
			rr.fail("date %s; write the interview's date, e.g. 2026-03-16", err)
		default:
			rr.fail("date %q is not a date; write it as YYYY-MM-DD, e.g. 2026-03-16", clipText(s, 40))
		}
	}
	return d
}

func (rr *rowReader) start() time.Duration {
	s := rr.get(ColStart)
	d, err := ParseClock(s)
	if err != nil {
		rr.fail("start %v", err)
	}
	return d
}

// ParseClock reads a clock time of day: "9:00", "09:30", "14:05", with
// seconds as spreadsheets save them ("09:30:00"), or with am or pm
// ("2:30 pm"). It returns the time since midnight.
func ParseClock(s string) (time.Duration, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), ""))
	if t == "" {
		return 0, errors.New("is empty; write a clock time, e.g. 09:00")
	}
	bad := fmt.Errorf("%q is not a clock time; write it as HH:MM, e.g. 09:00 or 14:30", clipText(s, 40))
	half := ""
	if strings.HasSuffix(t, "am") || strings.HasSuffix(t, "pm") {
		half, t = t[len(t)-2:], t[:len(t)-2]
	}
	parts := strings.Split(t, ":")
	if len(parts) < 2 && half != "" {
		parts = append(parts, "00")
	}
	if len(parts) < 2 || len(parts) > 3 || len(parts[1]) != 2 || len(parts[0]) > 2 {
		return 0, bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || p == "" || p[0] == '+' {
			return 0, bad
		}
		n[i] = v
	}
	h, m, sec := n[0], n[1], n[2]
	switch {
	case m > 59 || sec != 0:
		return 0, bad
	case half != "" && (h < 1 || h > 12):
		return 0, bad
	case half == "pm" && h < 12:
		h += 12
	case half == "am" && h == 12:
		h = 0
	case h > 23:
		return 0, bad
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, nil
}
