package layouts

// Reading a completed scoresheet back. The file comes from outside: saved by
// Excel or LibreOffice, written by another program, or not a scoresheet at
// all. So the reader follows four rules.
//
//   - Sizes are checked before anything is unpacked: the file, the number of
//     zip parts and their declared sizes (archive/zip refuses a part that
//     inflates past its declared size, so the check holds).
//   - It streams the few XML parts it needs itself rather than open the
//     workbook with excelize, which makes every sheet dense when it loads
//     one: a 100 KB file with a cell at column XFD on every row would cost
//     gigabytes. Cells past maxSheetRows or maxSheetColumns are ignored; a
//     scoresheet never has any.
//   - Everything is found by sheet name, label and header name
//     (scoresheet_layout.go), never by coordinates.
//   - It reports what the cells say without judging them: whether a score is
//     acceptable is ParseScore's call, whether the sheet as a whole is, the
//     archive's. It never panics; a damaged file is ErrUnreadable.

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// Limits on a file the reader accepts. A real scoresheet is tens of
// kilobytes zipped and well under a megabyte unzipped; these leave room for
// long notes and for whatever Excel adds when it saves, and no more.
const (
	// MaxScoresheetSize is the largest file, in bytes, the reader opens.
	MaxScoresheetSize = 8 << 20
	// MaxUnzippedSize caps the sum of the zip entries' declared sizes.
	MaxUnzippedSize = 64 << 20
	// maxZipEntries caps the number of parts in the package.
	maxZipEntries = 2000
	// maxSheetRows and maxSheetColumns bound the cells read from a sheet.
	maxSheetRows    = 5000
	maxSheetColumns = 64
	// maxSharedStrings caps the shared string table.
	maxSharedStrings = 500_000
)

// Errors a reader returns, for callers to branch on with errors.Is.
var (
	// ErrTooLarge is a file, or a zip entry, past the size limits.
	ErrTooLarge = errors.New("too large for a scoresheet")
	// ErrUnreadable is a file that is not a readable .xlsx workbook: not
	// a zip, truncated, encrypted, or damaged inside.
	ErrUnreadable = errors.New("not a readable .xlsx workbook")
	// ErrNotScoresheet is a workbook without the sheets, labels or header
	// rows of an interviewkit scoresheet.
	ErrNotScoresheet = errors.New("not an interviewkit scoresheet")
)

// CompletedScoresheet is what a filled-in scoresheet says, as read from the
// file. Values are as typed or stored; nothing is checked for consistency.
type CompletedScoresheet struct {
	// Facts from the Kit sheet, by label. Date is as stored (YYYY-MM-DD);
	// a date a program turned into a spreadsheet date is written back as
	// YYYY-MM-DD.
	KitID       string
	Candidate   string
	Role        string
	Level       string
	LevelID     string
	Date        string
	Seed        string
	BankTitle   string
	BankVersion string
	ToolVersion string
	Format      string // ScoresheetFormat as written, e.g. "1"
	Retention   string
	// Properties are the custom document properties, as text. Some
	// programs drop them when they save (openpyxl does), so a missing one
	// is not a fault.
	Properties map[string]string
	Rounds     []CompletedRound
}

// CompletedRound is one round sheet of a completed scoresheet.
type CompletedRound struct {
	Number int    // position in the Kit sheet's rounds table, from 1
	Sheet  string // the sheet's name
	// From the Kit sheet's rounds table.
	Title       string
	Interviewer string // as planned; the round sheet's own cell is InterviewerCell
	Questions   int    // the number of questions the table announces; -1 when unreadable
	// From the block above the questions.
	KitID           Cell
	Candidate       Cell
	Date            Cell
	InterviewerCell Cell // the interviewer's name, typed in or prefilled
	Recommendation  Cell // the interviewer's own call
	Rows            []ScoreRow
}

// ScoreRow is one question row of a round sheet.
type ScoreRow struct {
	QuestionID string
	Area       string
	AreaID     string
	Weight     Cell
	Score      Cell
	Notes      Cell
}

// ReadScoresheet reads a completed scoresheet from the size bytes of r. It
// returns an error wrapping ErrTooLarge, ErrUnreadable or ErrNotScoresheet
// when the file cannot be read as one; it never panics.
func ReadScoresheet(r io.ReaderAt, size int64) (s *CompletedScoresheet, err error) {
	defer func() {
		// Nothing below should panic; if something does, it is this
		// file's fault, and still no reason to crash a whole collect.
		if p := recover(); p != nil {
			s, err = nil, fmt.Errorf("%w: damaged inside (%v)", ErrUnreadable, p)
		}
	}()
	if size > MaxScoresheetSize {
		return nil, fmt.Errorf("%w: the file is %s; a scoresheet is at most %s", ErrTooLarge, byteSize(size), byteSize(MaxScoresheetSize))
	}
	zr, err := openPackage(r, size)
	if err != nil {
		return nil, err
	}
	wb, err := openWorkbook(zr)
	if err != nil {
		return nil, err
	}
	return wb.scoresheet()
}

func (wb *workbook) scoresheet() (*CompletedScoresheet, error) {
	if wb.sheetIndex(KitSheet) < 0 {
		return nil, fmt.Errorf("%w: it has no %q sheet (its sheets: %s)", ErrNotScoresheet, KitSheet,
			clipText(strings.Join(wb.sheetNames(), ", "), 120))
	}
	g, err := wb.readSheet(KitSheet)
	if err != nil {
		return nil, err
	}
	s := &CompletedScoresheet{Properties: wb.props}
	facts := []struct {
		label string
		dst   *string
	}{
		{LabelKitID, &s.KitID}, {LabelCandidate, &s.Candidate}, {LabelRole, &s.Role},
		{LabelLevel, &s.Level}, {LabelLevelID, &s.LevelID}, {LabelDate, &s.Date},
		{LabelSeed, &s.Seed}, {LabelBank, &s.BankTitle}, {LabelBankVersion, &s.BankVersion},
		{LabelToolVersion, &s.ToolVersion}, {LabelFormat, &s.Format}, {LabelRetention, &s.Retention},
	}
	table := g.title(KitRoundsTable)
	end := table
	if end < 0 {
		end = len(g)
	}
	labels := make([]string, len(facts))
	for i, fact := range facts {
		labels[i] = fact.label
	}
	found := g.labels(0, end, labels...)
	for _, fact := range facts {
		if at, ok := found[fact.label]; ok {
			*fact.dst = g.text(at[0], at[1])
		}
	}
	if s.KitID == "" {
		return nil, fmt.Errorf("%w: the %s sheet has no %q", ErrNotScoresheet, KitSheet, LabelKitID)
	}
	s.Date = dateText(s.Date)
	if table < 0 {
		return nil, fmt.Errorf("%w: the %s sheet has no %q table", ErrNotScoresheet, KitSheet, KitRoundsTable)
	}
	if s.Rounds, err = roundsTable(g, table); err != nil {
		return nil, err
	}
	for i := range s.Rounds {
		r := &s.Rounds[i]
		if wb.sheetIndex(r.Sheet) < 0 {
			return nil, fmt.Errorf("%w: round %d's sheet %q is missing", ErrNotScoresheet, r.Number, r.Sheet)
		}
		rg, err := wb.readSheet(r.Sheet)
		if err != nil {
			return nil, err
		}
		if err := readRound(rg, r); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// labels finds labelled values in rows from..to (zero-based, to exclusive):
// scanning each row left to right, a cell holding one of the labels is a
// label and the cell right of it its value, which is skipped, so a value
// that reads like a label (a candidate named "Role") is never taken for one.
// The first occurrence of each label wins. It returns the zero-based row and
// column of each value.
func (g grid) labels(from, to int, labels ...string) map[string][2]int {
	want := map[string]bool{}
	for _, l := range labels {
		want[l] = true
	}
	found := map[string][2]int{}
	for r := max(from, 0); r < min(to, len(g)); r++ {
		for c := 0; c < len(g[r]); c++ {
			v := strings.TrimSpace(g[r][c].Text)
			if g[r][c].Kind != CellText || !want[v] {
				continue
			}
			if _, seen := found[v]; !seen {
				found[v] = [2]int{r, c + 1}
			}
			c++ // the value
		}
	}
	return found
}

// title finds the row whose first cell is s, a table's title, or -1.
func (g grid) title(s string) int {
	for r := range g {
		if g.text(r, 0) == s {
			return r
		}
	}
	return -1
}

// columns maps the names in a header row to their zero-based columns; the
// first of two equal names wins.
func (g grid) columns(row int) map[string]int {
	cols := map[string]int{}
	if row < 0 || row >= len(g) {
		return cols
	}
	for c := range g[row] {
		if v := g.text(row, c); v != "" {
			if _, dup := cols[v]; !dup {
				cols[v] = c
			}
		}
	}
	return cols
}

// Column names of the Kit sheet's rounds table (KitRoundsColumns).
const (
	kitColumnSheet     = "Sheet"
	kitColumnTitle     = "Title"
	kitColumnQuestions = LabelQuestions
)

// roundsTable reads the Kit sheet's rounds table, whose title is in row
// title (zero-based).
func roundsTable(g grid, title int) ([]CompletedRound, error) {
	head := title + 1
	cols := g.columns(head)
	for _, name := range []string{kitColumnSheet, kitColumnTitle} {
		if _, ok := cols[name]; !ok {
			return nil, fmt.Errorf("%w: the %s sheet's %q table has no %q column", ErrNotScoresheet, KitSheet, KitRoundsTable, name)
		}
	}
	get := func(row int, name string) string {
		if c, ok := cols[name]; ok {
			return g.text(row, c)
		}
		return ""
	}
	var rounds []CompletedRound
	for row := head + 1; row < len(g) && g.text(row, 0) != ""; row++ {
		r := CompletedRound{
			Number:      len(rounds) + 1,
			Sheet:       get(row, kitColumnSheet),
			Title:       get(row, kitColumnTitle),
			Interviewer: get(row, LabelInterviewer),
			Questions:   -1,
		}
		if n, err := strconv.ParseFloat(get(row, kitColumnQuestions), 64); err == nil && n >= 0 && n == math.Trunc(n) && n < maxSheetRows {
			r.Questions = int(n)
		}
		if r.Sheet == "" {
			return nil, fmt.Errorf("%w: round %d in the %s sheet's %q table names no sheet", ErrNotScoresheet, r.Number, KitSheet, KitRoundsTable)
		}
		rounds = append(rounds, r)
	}
	if len(rounds) == 0 {
		return nil, fmt.Errorf("%w: the %s sheet's %q table lists no rounds", ErrNotScoresheet, KitSheet, KitRoundsTable)
	}
	return rounds, nil
}

// readRound reads a round sheet: the labelled block, the header row and the
// question rows below it, until the first row without an ID.
func readRound(g grid, r *CompletedRound) error {
	head := -1
	var cols map[string]int
	for row := range g {
		cols = g.columns(row)
		_, id := cols[ColumnID]
		_, score := cols[ColumnScore]
		if id && score {
			head = row
			break
		}
	}
	if head < 0 {
		return fmt.Errorf("%w: sheet %s has no header row with %q and %q", ErrNotScoresheet, r.Sheet, ColumnID, ColumnScore)
	}
	blocks := []struct {
		label string
		dst   *Cell
	}{
		{LabelKitID, &r.KitID}, {LabelCandidate, &r.Candidate}, {LabelDate, &r.Date},
		{LabelInterviewer, &r.InterviewerCell}, {LabelInterviewerCall, &r.Recommendation},
	}
	labels := make([]string, len(blocks))
	for i, b := range blocks {
		labels[i] = b.label
	}
	found := g.labels(0, head, labels...)
	for _, b := range blocks {
		if at, ok := found[b.label]; ok {
			*b.dst = g.at(at[0], at[1])
		}
	}
	if r.Date.Kind == CellNumber {
		r.Date.Text = dateText(r.Date.Text)
	}
	cell := func(row int, name string) Cell {
		c, ok := cols[name]
		if !ok {
			return Cell{}
		}
		return g.at(row, c)
	}
	text := func(row int, name string) string { return strings.TrimSpace(cell(row, name).Text) }
	for row := head + 1; row < len(g) && text(row, ColumnID) != ""; row++ {
		r.Rows = append(r.Rows, ScoreRow{
			QuestionID: text(row, ColumnID),
			Area:       text(row, ColumnArea),
			AreaID:     text(row, ColumnAreaID),
			Weight:     cell(row, ColumnWeight),
			Score:      cell(row, ColumnScore),
			Notes:      cell(row, ColumnNotes),
		})
	}
	return nil
}

// dateText returns a date as YYYY-MM-DD: text as it is, a spreadsheet date
// serial (what a program makes of a typed date) converted.
func dateText(s string) string {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 1 || v > 2958465 { // 9999-12-31
		return s
	}
	// Day 0 is 1899-12-30 in the 1900 date system as spreadsheets use it
	// (after Lotus's leap-year bug, for every date after February 1900).
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(v)).Format(time.DateOnly)
}
