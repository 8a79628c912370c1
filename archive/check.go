package archive

// What a scoresheet must say before it is archived. The rules: the kit ID
// and facts on the Kit sheet are present, and the same wherever the file
// repeats them (custom properties, the block above each round); names and
// titles hold nothing the command line refuses in them (kit.CleanLine: no
// control characters, line breaks or invisible formatting);
// every score is 1-4, N/A or blank, exactly as the sheet's own formulas
// count it; the interviewer's recommendation is one of the dropdown's; each
// question is in the kit once. Every problem is reported, each with its
// sheet and cell, so one pass over a file says all that needs fixing.
// Custom properties are checked only when present: some programs drop them
// when they save.

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// Problem is one thing wrong with a scoresheet, located by sheet and cell
// when it has a place.
type Problem struct {
	Sheet   string
	Cell    string
	Message string
}

// String reads like `Django core!H7: score "three" is not 1-4 or N/A`.
func (p Problem) String() string {
	switch {
	case p.Sheet != "" && p.Cell != "":
		return p.Sheet + "!" + p.Cell + ": " + p.Message
	case p.Sheet != "":
		return p.Sheet + ": " + p.Message
	}
	return p.Message
}

// Score statuses as stored.
const (
	StatusScored = "scored"
	StatusNA     = "n/a"
	StatusBlank  = "blank"
)

// Kit is an archived kit's facts, as its Kit sheet states them.
type Kit struct {
	ID          string `json:"kit_id"`
	Candidate   string `json:"candidate"`
	Role        string `json:"role"`
	Level       string `json:"level"`
	LevelID     string `json:"level_id"`
	Date        string `json:"date"` // YYYY-MM-DD
	Seed        string `json:"seed"`
	BankTitle   string `json:"bank_title"`
	BankVersion string `json:"bank_version"`
	ToolVersion string `json:"tool_version"`
	Format      int    `json:"format"`
	Retention   string `json:"retention"`
	// Rule is the recommendation rule the scoresheet applies: its
	// thresholds and labels, as its Summary and Kit sheets state them.
	Rule kit.Rule `json:"rule"`
}

// Round is one round of a scoresheet, validated.
type Round struct {
	Number         int     `json:"round"`
	Sheet          string  `json:"sheet"`
	Title          string  `json:"title"`
	Interviewer    string  `json:"interviewer"`
	Recommendation string  `json:"recommendation"` // the interviewer's own call, or ""
	Scores         []Score `json:"scores"`
}

// Score is one question's result in a round.
type Score struct {
	Position   int     `json:"position"`
	QuestionID string  `json:"question_id"`
	Area       string  `json:"area"`
	AreaID     string  `json:"area_id"`
	Weight     float64 `json:"weight"`
	Status     string  `json:"status"` // StatusScored, StatusNA or StatusBlank
	Value      int     `json:"score"`  // 1-4 when scored, else 0
	Notes      string  `json:"notes"`
	Cell       string  `json:"cell"`
}

// Text is the score as a person writes it: 1-4, N/A or "".
func (s Score) Text() string {
	switch s.Status {
	case StatusScored:
		return strconv.Itoa(s.Value)
	case StatusNA:
		return kit.ScoreNA
	}
	return ""
}

// sheetRecord is a scoresheet that passed the checks.
type sheetRecord struct {
	kit    Kit
	rounds []Round
}

// counts returns how many questions of a round were scored, not applicable
// and left blank.
func (r *Round) counts() (scored, na, blank int) {
	for _, s := range r.Scores {
		switch s.Status {
		case StatusScored:
			scored++
		case StatusNA:
			na++
		default:
			blank++
		}
	}
	return scored, na, blank
}

// unscored lists the questions left blank.
func (r *Round) unscored() []string {
	var ids []string
	for _, s := range r.Scores {
		if s.Status == StatusBlank {
			ids = append(ids, s.QuestionID)
		}
	}
	return ids
}

// untouched reports whether nobody typed anything in the round: no score,
// no N/A, no note, no recommendation. Such a round in a later file (one
// interviewer's copy of a loop) never replaces archived scores.
func (r *Round) untouched() bool {
	if r.Recommendation != "" {
		return false
	}
	for _, s := range r.Scores {
		if s.Status != StatusBlank || s.Notes != "" {
			return false
		}
	}
	return true
}

// hash identifies what was typed into the round, whatever program saved
// the file: the same values give the same hash.
func (r *Round) hash() string {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	field(r.Sheet)
	field(r.Title)
	field(r.Interviewer)
	field(r.Recommendation)
	for _, s := range r.Scores {
		field(s.QuestionID)
		field(s.AreaID)
		field(strconv.FormatFloat(s.Weight, 'g', -1, 64))
		field(s.Status)
		field(strconv.Itoa(s.Value))
		field(s.Notes)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// problems collects what is wrong with a scoresheet.
type problems []Problem

func (ps *problems) add(sheet, cell, format string, args ...any) {
	*ps = append(*ps, Problem{Sheet: sheet, Cell: cell, Message: fmt.Sprintf(format, args...)})
}

// check validates a scoresheet as read and turns it into a record, or
// returns every problem it has.
func check(s *scoresheet.Completed) (*sheetRecord, []Problem) {
	var ps problems
	k := checkKit(s, &ps)
	k.Rule = checkRule(s, &ps)
	seen := map[string]string{} // question id -> sheet!cell of its first row
	var rounds []Round
	for _, cr := range s.Rounds {
		rounds = append(rounds, checkRound(cr, k, seen, &ps))
	}
	checkIntegrity(s, &ps)
	if len(ps) > 0 {
		return nil, ps
	}
	return &sheetRecord{kit: k, rounds: rounds}, nil
}

// checkKit checks the Kit sheet's facts and the document properties that
// repeat them.
func checkKit(s *scoresheet.Completed, ps *problems) Kit {
	k := Kit{
		ID: s.KitID, Candidate: s.Candidate, Role: s.Role, Level: s.Level, LevelID: s.LevelID,
		Date: s.Date, Seed: s.Seed, BankTitle: s.BankTitle, BankVersion: s.BankVersion,
		ToolVersion: s.ToolVersion, Retention: s.Retention,
	}
	ks := scoresheet.KitSheet
	checkName(ps, ks, "", "candidate", k.Candidate, kit.CleanLine)
	checkName(ps, ks, "", "role", k.Role, kit.CleanLine)
	if !kit.ValidID(k.ID) {
		ps.add(ks, "", "%s %q is not a kit ID (four and four letters or digits, like K7QF-3M2A)", scoresheet.LabelKitID, clip(k.ID))
	}
	if k.Candidate == "" {
		ps.add(ks, "", "no %s", strings.ToLower(scoresheet.LabelCandidate))
	}
	if _, err := kit.ParseDate(k.Date); err != nil {
		ps.add(ks, "", "%s %q is not an interview date (YYYY-MM-DD, from %s)", strings.ToLower(scoresheet.LabelDate), clip(k.Date), kit.FirstDate.Format(time.DateOnly))
	}
	switch f, err := strconv.Atoi(s.Format); {
	case s.Format == "":
		ps.add(ks, "", "no %s", strings.ToLower(scoresheet.LabelFormat))
	case err != nil || f < 1:
		ps.add(ks, "", "%s %q is not a number", strings.ToLower(scoresheet.LabelFormat), clip(s.Format))
	case f > scoresheet.FormatVersion:
		ps.add(ks, "", "%s %d is newer than this interviewkit reads (up to %d); upgrade interviewkit",
			strings.ToLower(scoresheet.LabelFormat), f, scoresheet.FormatVersion)
	default:
		k.Format = f
	}
	for _, p := range []struct{ name, want, what string }{
		{scoresheet.PropertyKitID, k.ID, "the Kit sheet's kit ID"},
		{scoresheet.PropertyFormat, s.Format, "the Kit sheet's scoresheet format"},
		{scoresheet.PropertyBankVersion, k.BankVersion, "the Kit sheet's bank version"},
	} {
		if v, ok := s.Properties[p.name]; ok && v != p.want {
			ps.add("", "", "document property %s is %q but %s is %q", p.name, clip(v), p.what, clip(p.want))
		}
	}
	return k
}

// checkRound checks a round sheet against the kit's facts and turns it
// into a Round; seen holds where each question was first found.
func checkRound(cr scoresheet.CompletedRound, k Kit, seen map[string]string, ps *problems) Round {
	sh := cr.Sheet
	for _, c := range []struct {
		cell        scoresheet.Cell
		label, want string
	}{
		{cr.KitID, scoresheet.LabelKitID, k.ID},
		{cr.Candidate, scoresheet.LabelCandidate, k.Candidate},
		{cr.Date, scoresheet.LabelDate, k.Date},
	} {
		switch got := strings.TrimSpace(c.cell.Text); {
		case c.cell.Ref == "":
			ps.add(sh, "", "no %q label", c.label)
		case got != c.want:
			ps.add(sh, c.cell.Ref, "%s %q differs from the Kit sheet's %q", strings.ToLower(c.label[:1])+c.label[1:], clip(got), clip(c.want))
		}
	}
	checkName(ps, scoresheet.KitSheet, "", fmt.Sprintf("round %d's title", cr.Number), cr.Title, kit.CleanLine)
	r := Round{Number: cr.Number, Sheet: sh, Title: cr.Title,
		Interviewer: checkName(ps, sh, cr.InterviewerCell.Ref, "interviewer", cr.InterviewerCell.Typed(), kit.CleanLine)}
	if r.Interviewer == "" {
		r.Interviewer = checkName(ps, scoresheet.KitSheet, "", fmt.Sprintf("round %d's interviewer", cr.Number), cr.Interviewer, kit.CleanLine)
	}
	if rec := cr.Recommendation; rec.Kind != scoresheet.CellEmpty {
		if call, ok := recommendation(rec, k.Rule.Labels.List()); ok {
			r.Recommendation = call
		} else {
			ps.add(sh, rec.Ref, "interviewer's recommendation %q is not one of %s", clip(rec.Typed()), orList(k.Rule.Labels.List()))
		}
	}
	if cr.Questions >= 0 && cr.Questions != len(cr.Rows) {
		ps.add(sh, "", "%d question rows, but the Kit sheet's rounds table says %d", len(cr.Rows), cr.Questions)
	}
	for i, row := range cr.Rows {
		r.Scores = append(r.Scores, checkScore(sh, i+1, row, seen, ps))
	}
	return r
}

// checkScore checks one question row: the question asked once in the kit,
// a positive weight, and a score kit.ParseScore accepts.
func checkScore(sh string, position int, row scoresheet.ScoreRow, seen map[string]string, ps *problems) Score {
	sc := Score{Position: position, QuestionID: row.QuestionID, Area: row.Area, AreaID: row.AreaID,
		Notes: strings.TrimSpace(row.Notes.Typed()), Cell: row.Score.Ref}
	if sc.AreaID == "" {
		sc.AreaID = sc.Area
	}
	if where, dup := seen[sc.QuestionID]; dup {
		ps.add(sh, row.Score.Ref, "question %s is also at %s; a kit asks each question once", clip(sc.QuestionID), where)
	} else {
		seen[sc.QuestionID] = sh + "!" + row.Score.Ref
	}
	w, err := strconv.ParseFloat(strings.TrimSpace(row.Weight.Text), 64)
	if row.Weight.Kind != scoresheet.CellNumber || err != nil || w <= 0 || math.IsInf(w, 0) {
		ps.add(sh, row.Weight.Ref, "weight %q of question %s is not a positive number", clip(row.Weight.Typed()), clip(sc.QuestionID))
	}
	sc.Weight = w
	switch status, v, err := scoresheet.ParseScore(row.Score); {
	case err != nil:
		ps.add(sh, row.Score.Ref, "%v", err)
	case status == kit.ScoreGiven:
		sc.Status, sc.Value = StatusScored, v
	case status == kit.ScoreNotApplicable:
		sc.Status = StatusNA
	default:
		sc.Status = StatusBlank
	}
	return sc
}

// recommendation matches a typed recommendation to the dropdown's choices,
// the kit's labels, ignoring case and surrounding spaces as a
// spreadsheet's list does.
func recommendation(c scoresheet.Cell, labels []string) (string, bool) {
	if c.Kind != scoresheet.CellText {
		return "", false
	}
	t := strings.TrimSpace(c.Text)
	if t == "" {
		return "", true
	}
	for _, r := range labels {
		if strings.EqualFold(t, r) {
			return r, true
		}
	}
	return "", false
}

// checkName checks a name or title from the file as every way in checks
// one (kit.CleanLine, which is kit.CleanName without the length limit an
// earlier run decided), and returns it cleaned; a refused one is a problem
// at sheet!cell, called field.
func checkName(ps *problems, sheet, cell, field, s string, clean func(string) (string, error)) string {
	v, err := clean(s)
	var ne *kit.NameError
	if errors.As(err, &ne) {
		ne.Field = field
		ps.add(sheet, cell, "%v", ne)
		return ""
	}
	if err != nil {
		ps.add(sheet, cell, "%s: %v", field, err)
		return ""
	}
	return v
}

// clip shortens a value quoted in a message.
func clip(s string) string {
	const n = 60
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// orList joins choices as a person would: "a, b or c".
func orList(choices []string) string {
	if len(choices) < 2 {
		return strings.Join(choices, "")
	}
	return strings.Join(choices[:len(choices)-1], ", ") + " or " + choices[len(choices)-1]
}
