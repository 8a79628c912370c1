package scoresheet

// Reading a completed scoresheet back. The file comes from outside: saved by
// Excel or LibreOffice, written by another program, or not a scoresheet at
// all. So the reader follows three rules.
//
//   - The package is opened by internal/xlsx within Limits: sizes checked
//     before anything is unpacked, parts streamed, far cells skipped.
//   - Everything is found by sheet name, label and header name (layout.go),
//     never by coordinates.
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

	"github.com/interviewkit/interviewkit/internal/xlsx"
	"github.com/interviewkit/interviewkit/kit"
)

// Limits on a file the reader accepts. A real scoresheet is tens of
// kilobytes zipped and well under a megabyte unzipped; these leave room for
// long notes and for whatever Excel adds when it saves, and no more.
const (
	// MaxSize is the largest file, in bytes, the reader opens.
	MaxSize = 8 << 20
	// MaxUnzipped caps the sum of the zip entries' declared sizes.
	MaxUnzipped = 64 << 20
)

// Limits on the counts a scoresheet's cells control, each checked before
// anything multiplies by it: every round sheet is read once, so the work is
// at most MaxRounds sheets of MaxRoundRows question rows.
const (
	// MaxRounds is the most rounds a Kit sheet may list: kit.MaxRounds.
	MaxRounds = kit.MaxRounds
	// MaxRoundRows is the most question rows a round sheet may hold:
	// kit.MaxRoundQuestions.
	MaxRoundRows = kit.MaxRoundQuestions
)

// limits are the reader's limits on every count the file controls.
var limits = xlsx.Limits{
	Name:          "a scoresheet",
	Size:          MaxSize,
	Unzipped:      MaxUnzipped,
	Parts:         2000,
	Rows:          5000, // a scoresheet has a few dozen
	Columns:       64,
	SharedStrings: 500_000,
}

// Errors a reader returns, for callers to branch on with errors.Is.
var (
	// ErrTooLarge is a file, or a part of it, past the size limits.
	ErrTooLarge = xlsx.ErrTooLarge
	// ErrUnreadable is a file that is not a readable .xlsx workbook: not
	// a zip, truncated, encrypted, or damaged inside.
	ErrUnreadable = xlsx.ErrUnreadable
	// ErrOtherWorkbook is a readable workbook without the sheets, labels
	// or header rows of an interviewkit scoresheet.
	ErrOtherWorkbook = errors.New("not an interviewkit scoresheet")
)

// Completed is what a filled-in scoresheet says, as read from the
// file. Values are as typed or stored; nothing is checked for consistency.
type Completed struct {
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
	Format      string // FormatVersion as written, e.g. "1"
	Retention   string
	// RecommendationLabels is the Kit sheet's LabelRecommendations, as
	// written ("Strong no; No; ..."); "" when the sheet lists none, so
	// uses the default rule's labels.
	RecommendationLabels string
	// Thresholds are the Summary's cells of the recommendation rule:
	// strong yes, yes and no at or above, and the scored share needed,
	// found by their labels (ThresholdLabels of the kit's labels, and
	// LabelMinScored); a cell with no Ref was not found.
	Thresholds [4]Cell
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
	Minutes     int    // the round's slot as the table says; -1 when unreadable
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

// Read reads a completed scoresheet from the size bytes of r. It returns
// an error wrapping ErrTooLarge, ErrUnreadable or ErrOtherWorkbook when the
// file cannot be read as one; it never panics.
func Read(r io.ReaderAt, size int64) (s *Completed, err error) {
	defer func() {
		// Nothing below should panic; if something does, it is this
		// file's fault, and still no reason to crash a whole collect.
		if p := recover(); p != nil {
			s, err = nil, fmt.Errorf("%w: damaged inside (%v)", ErrUnreadable, p)
		}
	}()
	wb, err := xlsx.Open(r, size, limits)
	if err != nil {
		return nil, err
	}
	s, err = readKitSheet(wb)
	if err != nil {
		return nil, err
	}
	if err := readThresholds(wb, s); err != nil {
		return nil, err
	}
	for i := range s.Rounds {
		r := &s.Rounds[i]
		if !wb.HasSheet(r.Sheet) {
			return nil, fmt.Errorf("%w: round %d's sheet %q is missing", ErrOtherWorkbook, r.Number, r.Sheet)
		}
		g, err := wb.Sheet(r.Sheet)
		if err != nil {
			return nil, err
		}
		if err := readRound(g, r); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// readKitSheet reads the Kit sheet: the kit's facts and its rounds table.
func readKitSheet(wb *xlsx.Workbook) (*Completed, error) {
	if !wb.HasSheet(KitSheet) {
		return nil, fmt.Errorf("%w: it has no %q sheet (its sheets: %s)", ErrOtherWorkbook, KitSheet,
			clipText(strings.Join(wb.Sheets(), ", "), 120))
	}
	g, err := wb.Sheet(KitSheet)
	if err != nil {
		return nil, err
	}
	s := &Completed{Properties: wb.Properties()}
	facts := []struct {
		label string
		dst   *string
	}{
		{LabelKitID, &s.KitID}, {LabelCandidate, &s.Candidate}, {LabelRole, &s.Role},
		{LabelLevel, &s.Level}, {LabelLevelID, &s.LevelID}, {LabelDate, &s.Date},
		{LabelSeed, &s.Seed}, {LabelBank, &s.BankTitle}, {LabelBankVersion, &s.BankVersion},
		{LabelToolVersion, &s.ToolVersion}, {LabelFormat, &s.Format}, {LabelRetention, &s.Retention},
		{LabelRecommendations, &s.RecommendationLabels},
	}
	table := tableTitle(g, KitRoundsTable)
	end := table
	if end < 0 {
		end = len(g)
	}
	labels := make([]string, len(facts))
	for i, fact := range facts {
		labels[i] = fact.label
	}
	found := findLabels(g, 0, end, labels...)
	for _, fact := range facts {
		if at, ok := found[fact.label]; ok {
			*fact.dst = g.Text(at[0], at[1])
		}
	}
	if s.KitID == "" {
		return nil, fmt.Errorf("%w: the %s sheet has no %q", ErrOtherWorkbook, KitSheet, LabelKitID)
	}
	s.Date = dateText(s.Date)
	if table < 0 {
		return nil, fmt.Errorf("%w: the %s sheet has no %q table", ErrOtherWorkbook, KitSheet, KitRoundsTable)
	}
	if s.Rounds, err = roundsTable(g, table); err != nil {
		return nil, err
	}
	return s, nil
}

// readThresholds reads the Summary's thresholds, labelled after the
// recommendation labels the Kit sheet lists (the default rule's when it
// lists none). A workbook without a Summary leaves them not found.
func readThresholds(wb *xlsx.Workbook, s *Completed) error {
	if !wb.HasSheet(SummarySheet) {
		return nil
	}
	g, err := wb.Sheet(SummarySheet)
	if err != nil {
		return err
	}
	labels := kit.DefaultRule().Labels
	if parts := strings.Split(s.RecommendationLabels, ";"); len(parts) == 5 {
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		labels = kit.RecommendationLabels{StrongNo: parts[0], No: parts[1], Yes: parts[2], StrongYes: parts[3], NoDecision: parts[4]}
	}
	th := ThresholdLabels(labels)
	names := []string{th[0], th[1], th[2], LabelMinScored}
	found := findLabels(g, 0, len(g), names...)
	for i, name := range names {
		if at, ok := found[name]; ok {
			s.Thresholds[i] = g.At(at[0], at[1])
		}
	}
	return nil
}

// Column names of the Kit sheet's rounds table (KitRoundsColumns).
const (
	kitColumnSheet     = "Sheet"
	kitColumnTitle     = "Title"
	kitColumnQuestions = LabelQuestions
	kitColumnMinutes   = "Minutes"
)

// roundsTable reads the Kit sheet's rounds table, whose title is in row
// title (zero-based).
func roundsTable(g xlsx.Grid, title int) ([]CompletedRound, error) {
	head := title + 1
	cols := headerColumns(g, head)
	for _, name := range []string{kitColumnSheet, kitColumnTitle} {
		if _, ok := cols[name]; !ok {
			return nil, fmt.Errorf("%w: the %s sheet's %q table has no %q column", ErrOtherWorkbook, KitSheet, KitRoundsTable, name)
		}
	}
	get := func(row int, name string) string {
		if c, ok := cols[name]; ok {
			return g.Text(row, c)
		}
		return ""
	}
	var rounds []CompletedRound
	for row := head + 1; row < len(g) && g.Text(row, 0) != ""; row++ {
		r := CompletedRound{
			Number:      len(rounds) + 1,
			Sheet:       get(row, kitColumnSheet),
			Title:       get(row, kitColumnTitle),
			Interviewer: get(row, LabelInterviewer),
			Questions:   -1,
		}
		r.Questions = count(get(row, kitColumnQuestions), limits.Rows)
		r.Minutes = count(get(row, kitColumnMinutes), 100_000)
		if r.Sheet == "" {
			return nil, fmt.Errorf("%w: round %d in the %s sheet's %q table names no sheet", ErrOtherWorkbook, r.Number, KitSheet, KitRoundsTable)
		}
		if len(rounds) == MaxRounds {
			return nil, fmt.Errorf("%w: the %s sheet's %q table lists more than %d rounds; a loop has at most %d",
				ErrTooLarge, KitSheet, KitRoundsTable, MaxRounds, MaxRounds)
		}
		for _, prev := range rounds {
			if prev.Sheet == r.Sheet {
				return nil, fmt.Errorf("%w: the %s sheet's %q table lists sheet %q for rounds %d and %d; each round has its own sheet",
					ErrOtherWorkbook, KitSheet, KitRoundsTable, clipText(r.Sheet, 40), prev.Number, r.Number)
			}
		}
		rounds = append(rounds, r)
	}
	if len(rounds) == 0 {
		return nil, fmt.Errorf("%w: the %s sheet's %q table lists no rounds", ErrOtherWorkbook, KitSheet, KitRoundsTable)
	}
	return rounds, nil
}

// count reads a whole number from 0 to below limit, or -1.
func count(s string, limit int) int {
	if n, err := strconv.ParseFloat(s, 64); err == nil && n >= 0 && n == math.Trunc(n) && n < float64(limit) {
		return int(n)
	}
	return -1
}

// readRound reads a round sheet: the labelled block, the header row and the
// question rows below it, until the first row without an ID.
func readRound(g xlsx.Grid, r *CompletedRound) error {
	head := -1
	var cols map[string]int
	for row := range g {
		cols = headerColumns(g, row)
		_, id := cols[ColumnID]
		_, score := cols[ColumnScore]
		if id && score {
			head = row
			break
		}
	}
	if head < 0 {
		return fmt.Errorf("%w: sheet %s has no header row with %q and %q", ErrOtherWorkbook, r.Sheet, ColumnID, ColumnScore)
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
	found := findLabels(g, 0, head, labels...)
	for _, b := range blocks {
		if at, ok := found[b.label]; ok {
			*b.dst = g.At(at[0], at[1])
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
		return g.At(row, c)
	}
	text := func(row int, name string) string { return strings.TrimSpace(cell(row, name).Text) }
	for row := head + 1; row < len(g) && text(row, ColumnID) != ""; row++ {
		if len(r.Rows) == MaxRoundRows {
			return fmt.Errorf("%w: sheet %s has more than %d question rows; a round holds at most %d",
				ErrTooLarge, clipText(r.Sheet, 40), MaxRoundRows, MaxRoundRows)
		}
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
