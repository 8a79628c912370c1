package archive

// What a scoresheet must prove before it is archived, beyond being well
// formed (check.go): that the parts a person must not edit are the ones
// the kit was made with. The kit ID is a hash of those parts
// (kit.IDFacts: candidate, role, level, date, seed, bank version, and
// each round's title, planned interviewer, minutes and questions in
// order), so it is computed again from the cells that hold them and
// compared with the Kit ID cell. A question ID changed to one the kit
// never held, a round title retyped or a seed edited gives another ID,
// and the file is refused. It proves consistency, not origin: the hash has
// no key, so someone who recomputes it can make a consistent file, but its
// ID then matches neither the packets nor what the archive already holds
// for the kit. Scores, notes, the interviewer typed in on the day, areas
// and weights are not covered; check.go checks their form.
//
// Values read from the file are also held to the rules of the ways in:
// question and area IDs are bank IDs (kit.ValidBankID), sheet names are
// names (kit.CleanLine) no longer than a spreadsheet allows, and notes
// hold no control characters but line breaks and tabs.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// maxSheetName is the longest sheet name Excel and LibreOffice accept.
const maxSheetName = 31

// checkIntegrity adds a problem for each value of s that breaks a way-in
// rule, and one when the kit ID does not match the facts it derives from.
func checkIntegrity(s *scoresheet.Completed, ps *problems) {
	ks := scoresheet.KitSheet
	for _, cr := range s.Rounds {
		if n := len([]rune(cr.Sheet)); n > maxSheetName {
			ps.add(ks, "", "round %d's sheet name is %d characters; a spreadsheet allows %d", cr.Number, n, maxSheetName)
		} else {
			checkName(ps, ks, "", fmt.Sprintf("round %d's sheet name", cr.Number), cr.Sheet, kit.CleanLine)
		}
		for _, row := range cr.Rows {
			if !kit.ValidBankID(row.QuestionID) {
				ps.add(cr.Sheet, row.Score.Ref, "question ID %q is not a bank's question ID (lowercase letters, digits and dashes)", clip(row.QuestionID))
			}
			if row.AreaID != "" && !kit.ValidBankID(row.AreaID) {
				ps.add(cr.Sheet, row.Score.Ref, "area ID %q of question %s is not a bank's area ID", clip(row.AreaID), clip(row.QuestionID))
			}
			if r, bad := controlChar(row.Notes.Typed()); bad {
				ps.add(cr.Sheet, row.Notes.Ref, "the notes on question %s hold a control character (%U)", clip(row.QuestionID), r)
			}
		}
	}
	facts, ok := idFacts(s, ps)
	if ok && kit.ValidID(s.KitID) && facts.ID() != s.KitID {
		ps.add(ks, "", "kit ID %s does not match the kit's facts and questions: a cell a person must not edit was changed "+
			"(a question ID, a round's title, minutes or planned interviewer, the candidate, role, level, date, seed or bank version); "+
			"collect the scoresheet as interviewkit wrote it, with only scores, notes, the interviewer and their recommendation typed in", s.KitID)
	}
}

// idFacts reads the facts a kit ID derives from out of s; false when one
// cannot be read, which is reported.
func idFacts(s *scoresheet.Completed, ps *problems) (kit.IDFacts, bool) {
	f := kit.IDFacts{Candidate: s.Candidate, Role: s.Role, LevelID: s.LevelID, Date: s.Date}
	ok := true
	seed, err := strconv.ParseUint(strings.TrimSpace(s.Seed), 10, 64)
	if err != nil {
		// A program may have turned the seed into a number.
		v, ferr := strconv.ParseFloat(strings.TrimSpace(s.Seed), 64)
		if ferr != nil || v < 0 || v != math.Trunc(v) || v >= 1<<53 {
			ps.add(scoresheet.KitSheet, "", "%s %q is not a whole number", strings.ToLower(scoresheet.LabelSeed), clip(s.Seed))
			ok = false
		}
		seed = uint64(v)
	}
	f.Seed = seed
	for _, cr := range s.Rounds {
		if cr.Minutes < 0 {
			ps.add(scoresheet.KitSheet, "", "round %d's minutes in the %q table are not a whole number", cr.Number, scoresheet.KitRoundsTable)
			ok = false
		}
		ids := make([]string, len(cr.Rows))
		for i, row := range cr.Rows {
			ids[i] = row.QuestionID
		}
		f.Rounds = append(f.Rounds, kit.IDRound{Title: cr.Title, Interviewer: cr.Interviewer, Minutes: cr.Minutes, Questions: ids})
	}
	return f, ok
}

// controlChar finds a control character other than a line break or a tab.
func controlChar(s string) (rune, bool) {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			return r, true
		}
	}
	return 0, false
}
