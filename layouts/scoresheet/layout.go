package scoresheet

// The scoresheet's layout is a contract with whoever reads a completed sheet
// back (the archive, HR's own macros): sheets are found by name, values by
// the label written in the cell to their left, and question rows by the
// header row RoundColumns. Readers look things up by these names, never by
// coordinates, so rows can move between format versions without breaking
// them; a change that renames or removes anything here bumps
// FormatVersion.

import (
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/interviewkit/interviewkit/kit"
)

// FormatVersion is the version of this layout, stored on the Kit sheet
// under LabelFormat and in the custom property PropertyFormat.
const FormatVersion = 1

// Sheets every scoresheet has besides one scoring sheet per round. The Kit
// sheet's rounds table (KitRoundsTable) names the round sheets.
const (
	SummarySheet = "Summary"
	KitSheet     = "Kit"
)

// Labels. On the Kit and Summary sheets, and in the block above a round
// sheet's questions, each value sits in the cell right of its label.
const (
	// Kit sheet, and repeated where a person needs them.
	LabelKitID       = "Kit ID"
	LabelCandidate   = "Candidate"
	LabelRole        = "Role"
	LabelLevel       = "Level"
	LabelLevelID     = "Level ID"
	LabelDate        = "Date" // ISO 8601, YYYY-MM-DD, stored as text
	LabelSeed        = "Seed" // stored as text: a uint64 does not fit a spreadsheet number
	LabelBank        = "Question bank"
	LabelBankVersion = "Bank version"
	LabelToolVersion = "Tool version"
	LabelFormat      = "Scoresheet format"
	LabelRetention   = "Retention"

	// Round sheets: the interviewer's name and own recommendation are
	// typed in (prefilled when the kit names the interviewer).
	LabelRound           = "Round"
	LabelInterviewer     = "Interviewer"
	LabelInterviewerCall = "Interviewer's recommendation"
	LabelScoring         = "Scoring"

	// Summary sheet: results computed by formula.
	LabelOverall        = "Overall"
	LabelRecommendation = "Recommendation"
	LabelQuestions      = "Questions"
	LabelScored         = "Scored"
	LabelUnscored       = "Unscored"

	// Summary sheet: the recommendation rule's thresholds, which the
	// formulas read from these cells. The first three are the labels of
	// the default rule's thresholds; ThresholdLabels gives a kit's.
	LabelStrongYesAt = "Strong yes at or above"
	LabelYesAt       = "Yes at or above"
	LabelNoAt        = "No at or above"
	LabelMinScored   = "Scored share needed"
	LabelRule        = "Rule"

	// LabelRecommendations, on the Kit sheet, lists the recommendation
	// labels a kit's rule uses, in form order, separated by "; " (kit
	// labels hold no semicolon). It is written only when they are not the
	// default rule's, which a sheet without it uses.
	LabelRecommendations = "Recommendation labels"
)

// ThresholdLabels label the Summary's thresholds of a rule with the given
// labels: "<strong yes> at or above", "<yes> at or above", "<no> at or
// above" (LabelStrongYesAt, LabelYesAt and LabelNoAt for the default
// labels).
func ThresholdLabels(l kit.RecommendationLabels) [3]string {
	return [3]string{l.StrongYes + " at or above", l.Yes + " at or above", l.No + " at or above"}
}

// Round sheet columns, in order from column A. The header row holds exactly
// these names; one row per question follows, in packet order, until the
// first row with an empty ID.
const (
	ColumnNumber   = "#"
	ColumnID       = "ID"
	ColumnQuestion = "Question"
	ColumnArea     = "Area"
	ColumnLevels   = "Levels"
	ColumnMinutes  = "Minutes"
	ColumnWeight   = "Weight"
	ColumnScore    = "Score" // typed in: 1-4, N/A or blank
	ColumnNotes    = "Notes" // typed in
	// Hidden helper columns the formulas use: the area's id, whether the
	// score counts (1) or not (0), and its points (the score, or empty).
	ColumnAreaID  = "Area ID"
	ColumnCounted = "Counted"
	ColumnPoints  = "Points"
)

// RoundColumns is the header row of every round sheet.
var RoundColumns = []string{
	ColumnNumber, ColumnID, ColumnQuestion, ColumnArea, ColumnLevels, ColumnMinutes,
	ColumnWeight, ColumnScore, ColumnNotes, ColumnAreaID, ColumnCounted, ColumnPoints,
}

// Tables. Each starts with a title cell in column A, then a header row, then
// one row per item until the first empty cell in column A.
const (
	// KitRoundsTable on the Kit sheet lists the rounds and their sheets.
	// Its Interviewer is the one the kit was made for; the round sheet's
	// LabelInterviewer cell holds whoever ran the round.
	KitRoundsTable = "Rounds"
	// SummaryRoundsTable and SummaryAreasTable on the Summary sheet hold
	// per-round and per-area results.
	SummaryRoundsTable = "Results by round"
	SummaryAreasTable  = "Results by area"
	// SummaryInterviewersTable and SummarySpreadTable follow them on the
	// Summary sheet of a kit with several rounds: results by interviewer,
	// and how far the interviewers' averages on each area lie apart, as
	// kit.SummarizeLoop computes them. Rounds whose Interviewer cells name
	// the same person by kit.PersonKey (case, spacing and the accents of
	// Latin letters aside) are one interviewer; a round naming nobody is
	// an interviewer of its own, shown as "Not named (<sheet>)". The
	// interviewers table has one row per round and ends, like every table,
	// at the first empty cell in column A.
	SummaryInterviewersTable = "Results by interviewer"
	SummarySpreadTable       = "Spread between interviewers"
)

// LabelSpreadAt is, in a loop's Summary, the label of the spread between
// interviewers (kit.SpreadFlagAt) at which SummarySpreadTable flags an
// area; it sits with the rule's other thresholds.
const LabelSpreadAt = "Spread flagged at"

// SpreadFlagText is the Flag column's value for a flagged area; the column
// is empty otherwise.
var SpreadFlagText = "Differ by " + strconv.FormatFloat(kit.SpreadFlagAt, 'f', -1, 64) + " or more"

// SpreadSameText is the "Lowest / highest by" column's value when every
// interviewer who scored the area gave it the same average.
const SpreadSameText = "Same average"

// NotNamedPrefix starts the name shown for a round's interviewer when the
// round names nobody: "Not named (Django core)".
const NotNamedPrefix = "Not named"

// Hidden columns of SummaryRoundsTable: a round's weights times its
// points, and the weights of its scored questions. The weighted averages
// divide the one by the other.
const (
	ColumnWeightedPoints = "Weighted points"
	ColumnScoredWeight   = "Scored weight"
)

// Table headers, in column order from A.
var (
	KitRoundsColumns     = []string{"#", "Sheet", "Title", LabelInterviewer, "Minutes", LabelQuestions, "Focus areas"}
	SummaryRoundsColumns = []string{"Sheet", LabelInterviewer, LabelQuestions, LabelScored, LabelUnscored,
		"Average", LabelRecommendation, LabelInterviewerCall, ColumnWeightedPoints, ColumnScoredWeight}
	SummaryAreasColumns = []string{"Area", ColumnAreaID, LabelQuestions, LabelScored, "Average"}
	// SummaryInterviewersColumns are followed, in hidden columns, by one
	// column per row of SummaryAreasTable headed ColumnAverageIn plus the
	// area's ID: the interviewer's plain average in that area.
	SummaryInterviewersColumns = []string{LabelInterviewer, "Rounds", LabelQuestions, LabelScored, LabelUnscored,
		"Average", LabelRecommendation}
	// SummarySpreadColumns: Lowest and Highest are the least and greatest
	// of the interviewers' averages in the area, Spread their difference
	// when at least two interviewers scored it; "Lowest / highest by" names
	// whose averages they are.
	SummarySpreadColumns = []string{"Area", ColumnAreaID, "Interviewers", "Lowest", "Highest", "Spread", "Flag",
		"Lowest / highest by"}
)

// Hidden helper columns of SummaryRoundsTable in a kit with several
// rounds, after ColumnScoredWeight: who ran the round as the formulas
// compare it (kit.PersonKey of the Interviewer cell, or " round N" when it
// names nobody), the number of that interviewer in
// SummaryInterviewersTable, the name shown there; then two columns per row
// of SummaryAreasTable, headed by a prefix and the area's ID: the round's
// points and scored questions in that area; last, after the interviewers
// table's hidden columns, the parts of the person key, headed
// ColumnPersonKeyPart and a number from 1, each a chain of at most 50
// functions, since Excel nests no deeper than 64.
const (
	ColumnPerson        = "Person"
	ColumnPersonNumber  = "Person number"
	ColumnShownAs       = "Shown as"
	ColumnPointsIn      = "Points in "
	ColumnScoredIn      = "Scored in "
	ColumnPersonKeyPart = "Person key part "
	ColumnAverageIn     = "Average in "
)

// Custom document properties, so a file manager or the archive can tell
// which kit a file belongs to without opening the sheets.
const (
	PropertyKitID       = "KitID"
	PropertyFormat      = "ScoresheetFormat"
	PropertyBankVersion = "BankVersion"
	PropertyToolVersion = "ToolVersion"
)

// ProtectionPassword unlocks the protected sheets. It is no secret (the
// README prints it): protection keeps honest people from overwriting
// formulas by accident; it is not security.
const ProtectionPassword = "interviewkit"

// maxSheetName is Excel's limit on a sheet name, in UTF-16 code units.
const maxSheetName = 31

// RoundSheetNames returns the sheet name of each round of k: its title made
// valid for a sheet (no []:*?/\ characters, at most 31 characters, no quote
// at either end) and unique, ignoring case, among the rounds and the fixed
// sheets.
func RoundSheetNames(k *kit.Kit) []string {
	used := map[string]bool{strings.ToLower(SummarySheet): true, strings.ToLower(KitSheet): true,
		"history": true} // Excel reserves "History"
	names := make([]string, len(k.Rounds))
	for i, r := range k.Rounds {
		base := cleanSheetName(r.Title)
		if base == "" {
			base = "Round " + strconv.Itoa(i+1)
		}
		name := base
		for n := 2; used[strings.ToLower(name)]; n++ {
			suffix := " (" + strconv.Itoa(n) + ")"
			name = clipUTF16(base, maxSheetName-len(suffix)) + suffix
		}
		used[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}

// cleanSheetName turns a round title into a valid sheet name, or "".
func cleanSheetName(title string) string {
	title = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune(`[]:*?/\`, r):
			return '-'
		case r < ' ' || r == 0x7f:
			return ' '
		}
		return r
	}, title)
	title = strings.Join(strings.Fields(title), " ")
	title = strings.Trim(clipUTF16(title, maxSheetName), "' ")
	return title
}

// clipUTF16 shortens s to at most n UTF-16 code units, on a rune boundary.
func clipUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r)
		if units > n {
			return strings.TrimRight(s[:i], " ")
		}
	}
	return s
}

// sheetRef quotes a sheet name for use in a formula: 'Django core'!
func sheetRef(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'!"
}
