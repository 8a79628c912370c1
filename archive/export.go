package archive

// Export writes the archive as a table HR can open: one row per candidate,
// round and question. Its rules: a CSV cell a spreadsheet would take for a
// formula (starting with = + - @, a tab or a carriage return) is prefixed
// with ' so it stays text; in the .xlsx every value is stored as text or a
// number, never a formula. With History, replaced versions come too, each
// row saying which version it is and when it was collected and replaced:
// everything the archive holds on a person, for an access request.

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// Filter chooses what Rows returns.
type Filter struct {
	// Candidate finds candidates whose name contains it, ignoring case
	// and accents; empty means everyone.
	Candidate string
	// Since keeps interviews on or after this date (YYYY-MM-DD); empty
	// means all.
	Since string
	// History adds the versions corrections replaced.
	History bool
}

// Row is one question of one round of one kit, as exported.
type Row struct {
	KitID          string  `json:"kit_id"`
	Date           string  `json:"date"`
	Candidate      string  `json:"candidate"`
	Role           string  `json:"role"`
	Level          string  `json:"level"`
	BankTitle      string  `json:"bank_title"`   // the bank the kit was made from
	BankVersion    string  `json:"bank_version"` // its version then
	Round          int     `json:"round"`
	RoundTitle     string  `json:"round_title"`
	Interviewer    string  `json:"interviewer"`
	Recommendation string  `json:"recommendation"`
	QuestionID     string  `json:"question_id"`
	Area           string  `json:"area"`
	AreaID         string  `json:"area_id"`
	Weight         float64 `json:"weight"`
	Score          string  `json:"score"` // 1-4, N/A or "" (blank)
	Notes          string  `json:"notes"`
	// Where the row comes from; exported with History.
	Version     int    `json:"version"`
	Current     bool   `json:"current"`
	CollectedAt string `json:"collected_at"`
	ReplacedAt  string `json:"replaced_at,omitempty"`
	SourceFile  string `json:"source_file"`
	Retention   string `json:"retention"`
}

// Rows returns the archived rows the filter keeps, by date, candidate, kit,
// round, version and question.
func (a *Archive) Rows(ctx context.Context, f Filter) ([]Row, error) {
	q := `SELECT k.kit_id, k.interview_date, k.candidate, k.role, k.level, k.bank_title, k.bank_version, k.retention,
			v.round, v.title, v.interviewer, v.recommendation, v.version, v.replaced_at IS NULL,
			v.collected_at, coalesce(v.replaced_at, ''), v.source_file,
			s.question_id, s.area, s.area_id, s.weight, s.status, coalesce(s.score, 0), s.notes
		FROM kits k JOIN versions v ON v.kit_id = k.kit_id JOIN scores s ON s.version_id = v.id
		WHERE (? OR v.replaced_at IS NULL) AND k.interview_date >= ? AND instr(k.candidate_key, ?) > 0
		ORDER BY k.interview_date, k.candidate_key, k.kit_id, v.round, v.version, s.position`
	rows, err := a.db.QueryContext(ctx, q, f.History, f.Since, kit.PersonKey(f.Candidate))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		var r Row
		var status string
		var value int
		if err := rows.Scan(&r.KitID, &r.Date, &r.Candidate, &r.Role, &r.Level, &r.BankTitle, &r.BankVersion, &r.Retention,
			&r.Round, &r.RoundTitle, &r.Interviewer, &r.Recommendation, &r.Version, &r.Current,
			&r.CollectedAt, &r.ReplacedAt, &r.SourceFile,
			&r.QuestionID, &r.Area, &r.AreaID, &r.Weight, &status, &value, &r.Notes); err != nil {
			return nil, err
		}
		r.Score = Score{Status: status, Value: value}.Text()
		out = append(out, r)
	}
	return out, rows.Err()
}

// Candidates lists the distinct candidates of rows, in order.
func Candidates(rows []Row) []string {
	var names []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.Candidate] {
			seen[r.Candidate] = true
			names = append(names, r.Candidate)
		}
	}
	return names
}

// exportColumns are the export's columns; the history ones come with
// History.
var (
	exportColumns = []string{"Kit ID", "Date", "Candidate", "Role", "Level", "Round", "Round title",
		"Interviewer", "Interviewer's recommendation", "Question ID", "Area", "Weight", "Score", "Notes"}
	historyColumns = []string{"Version", "Current", "Collected", "Replaced", "Source file", "Retention"}
)

// columns returns the header of an export.
func columns(history bool) []string {
	if history {
		return append(append([]string{}, exportColumns...), historyColumns...)
	}
	return exportColumns
}

// values returns a row's cells in column order: text, or a number for the
// round, weight, score and version.
func (r Row) values(history bool) []any {
	var score any = r.Score
	if n, err := strconv.Atoi(r.Score); err == nil {
		score = n
	}
	v := []any{r.KitID, r.Date, r.Candidate, r.Role, r.Level, r.Round, r.RoundTitle,
		r.Interviewer, r.Recommendation, r.QuestionID, r.Area, r.Weight, score, r.Notes}
	if history {
		current := "no"
		if r.Current {
			current = "yes"
		}
		v = append(v, r.Version, current, r.CollectedAt, r.ReplacedAt, r.SourceFile, r.Retention)
	}
	return v
}

// WriteCSV writes rows as CSV with a header line.
func WriteCSV(w io.Writer, rows []Row, history bool) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(columns(history)); err != nil {
		return err
	}
	rec := make([]string, len(columns(history)))
	for _, r := range rows {
		for i, v := range r.values(history) {
			switch v := v.(type) {
			case string:
				rec[i] = CSVSafe(v)
			case float64:
				rec[i] = strconv.FormatFloat(v, 'f', -1, 64)
			default:
				rec[i] = fmt.Sprint(v)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// CSVSafe keeps a spreadsheet from reading a cell as a formula: text that
// starts with = + - @, a tab or a carriage return gets a leading '.
func CSVSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// exportWidths are the export's wider columns, in Excel's units.
var exportWidths = map[string]float64{"Candidate": 24, "Round title": 22, "Interviewer": 20,
	"Interviewer's recommendation": 14, "Question ID": 28, "Area": 24, "Notes": 60,
	"Collected": 24, "Replaced": 24, "Source file": 40, "Retention": 40, "Role": 20}

// WriteXLSX writes rows as a workbook with one sheet, "Scores", whose
// header row is frozen and filtered.
func WriteXLSX(w io.Writer, rows []Row, history bool) error {
	t := scoresheet.Table{Name: "Scores", Columns: columns(history), Widths: exportWidths}
	for _, r := range rows {
		t.Rows = append(t.Rows, r.values(history))
	}
	return scoresheet.WriteTable(w, t)
}
