package archive

// Writing a checked scoresheet: the kit once, then each round as new, as a
// correction of the current version (which becomes history), or not at all
// when nothing changed; all in one transaction per file.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

// timestamp is how the archive writes a moment: RFC 3339 in UTC, to the
// millisecond, so timestamps sort as text.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// store writes a checked scoresheet in one transaction.
func (a *Archive) store(ctx context.Context, p *prepared) Result {
	k := p.rec.kit
	res := Result{Source: p.source, Kit: k}
	var conflicts []Problem
	err := a.inTx(ctx, func(t *tx) error {
		res.Rounds, conflicts = nil, nil
		now := timestamp(a.now())
		newKit, err := storeKit(ctx, t, k, len(p.rec.rounds), now)
		if err != nil {
			var c conflictError
			if errors.As(err, &c) {
				conflicts = c
			}
			return err
		}
		res.Status = Unchanged
		if newKit {
			res.Status = Archived
		}
		for i := range p.rec.rounds {
			r := &p.rec.rounds[i]
			rr, err := storeRound(ctx, t, k.ID, r, p, now)
			if err != nil {
				var c conflictError
				if errors.As(err, &c) {
					conflicts = c
				}
				return err
			}
			if (rr.Change == RoundNew || rr.Change == RoundReplaced) && res.Status == Unchanged {
				res.Status = Updated
			}
			res.Rounds = append(res.Rounds, rr)
			if testHookRoundStored != nil {
				testHookRoundStored(k.ID, r.Number)
			}
		}
		if p.also != nil {
			return p.also(ctx, t, now)
		}
		return nil
	})
	if err != nil {
		res.Status, res.Rounds = Rejected, nil
		if conflicts != nil {
			res.Problems = conflicts
			res.Err = fmt.Errorf("%w: %s", ErrConflict, problemSummary(conflicts))
		} else {
			res.Err = fmt.Errorf("archive %s: %w", a.path, err)
		}
	}
	return res
}

// conflictError lists how a file contradicts the archive.
type conflictError []Problem

func (c conflictError) Error() string { return problemSummary(c) }

// storeKit inserts the kit, or checks that the archived one states the same
// facts. It reports whether the kit is new.
func storeKit(ctx context.Context, t *tx, k Kit, rounds int, now string) (bool, error) {
	var old Kit
	var oldRounds int
	err := t.QueryRowContext(ctx, `SELECT candidate, role, level_id, interview_date, seed, bank_version, rounds
		FROM kits WHERE kit_id = ?`, k.ID).Scan(&old.Candidate, &old.Role, &old.LevelID, &old.Date, &old.Seed, &old.BankVersion, &oldRounds)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = t.ExecContext(ctx, `INSERT INTO kits (kit_id, candidate, candidate_key, role, level, level_id,
			interview_date, seed, bank_title, bank_version, tool_version, format, retention, rounds, first_collected, rule)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			k.ID, k.Candidate, kit.PersonKey(k.Candidate), k.Role, k.Level, k.LevelID, k.Date, k.Seed,
			k.BankTitle, k.BankVersion, k.ToolVersion, k.Format, k.Retention, rounds, now, ruleText(k.Rule))
		return err == nil, err
	}
	if err != nil {
		return false, err
	}
	var c conflictError
	for _, f := range []struct{ what, old, new string }{
		{"candidate", old.Candidate, k.Candidate},
		{"role", old.Role, k.Role},
		{"level", old.LevelID, k.LevelID},
		{"date", old.Date, k.Date},
		{"seed", old.Seed, k.Seed},
		{"bank version", old.BankVersion, k.BankVersion},
		{"number of rounds", fmt.Sprint(oldRounds), fmt.Sprint(rounds)},
	} {
		if f.old != f.new {
			c = append(c, Problem{Sheet: "", Message: fmt.Sprintf("kit %s is archived with %s %q; this file says %q",
				k.ID, f.what, clip(f.old), clip(f.new))})
		}
	}
	if c != nil {
		return false, c
	}
	return false, nil
}

// storeRound archives one round: as a new round, a correction of the
// current version, or not at all when nothing changed.
func storeRound(ctx context.Context, t *tx, kitID string, r *Round, p *prepared, now string) (RoundResult, error) {
	rr := RoundResult{Number: r.Number, Sheet: r.Sheet, Questions: len(r.Scores), Unscored: r.unscored(),
		NoRecommendation: r.Recommendation == ""}
	hash := r.hash()
	var cur struct {
		id, version, typed int
		hash, sheet, rec   string
	}
	// cur.typed counts what a person typed into the current version:
	// scores, N/A and notes; with cur.rec, whether it is more than blank.
	err := t.QueryRowContext(ctx, `SELECT id, version, content_hash, sheet, recommendation,
			scored + not_applicable + (SELECT count(*) FROM scores s WHERE s.version_id = v.id AND s.notes != '')
		FROM versions v WHERE kit_id = ? AND round = ? AND replaced_at IS NULL`, kitID, r.Number).
		Scan(&cur.id, &cur.version, &cur.hash, &cur.sheet, &cur.rec, &cur.typed)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		rr.Change, rr.Version = RoundNew, 1
	case err != nil:
		return rr, err
	case cur.hash == hash:
		rr.Change, rr.Version = RoundUnchanged, cur.version
		return rr, nil
	default:
		ids, err := questionIDs(ctx, t, cur.id)
		if err != nil {
			return rr, err
		}
		if cur.sheet != r.Sheet || !slices.Equal(ids, r.questionIDs()) {
			return rr, conflictError{{Sheet: r.Sheet, Message: fmt.Sprintf(
				"round %d of kit %s is archived as sheet %q with other questions; this file's round differs", r.Number, kitID, clip(cur.sheet))}}
		}
		if r.untouched() {
			// Keep what was typed; report what is archived.
			archived, err := blankIDs(ctx, t, cur.id)
			if err != nil {
				return rr, err
			}
			rr.Change, rr.Version, rr.Unscored, rr.NoRecommendation = RoundKept, cur.version, archived, cur.rec == ""
			return rr, nil
		}
		if cur.typed == 0 && cur.rec == "" {
			// The archived round is the blank sheet as printed (collected
			// before anyone typed in it): nothing to keep in the history.
			_, err = t.ExecContext(ctx, `DELETE FROM versions WHERE id = ?`, cur.id)
			rr.Change, rr.Version = RoundNew, cur.version
		} else {
			_, err = t.ExecContext(ctx, `UPDATE versions SET replaced_at = ? WHERE id = ?`, now, cur.id)
			rr.Change, rr.Version = RoundReplaced, cur.version+1
		}
		if err != nil {
			return rr, err
		}
	}
	return rr, insertVersion(ctx, t, kitID, r, rr.Version, hash, p, now)
}

// insertVersion writes a version of a round and its scores.
func insertVersion(ctx context.Context, t *tx, kitID string, r *Round, version int, hash string, p *prepared, now string) error {
	scored, na, blank := r.counts()
	var id int64
	err := t.QueryRowContext(ctx, `INSERT INTO versions (kit_id, round, version, sheet, title, interviewer, recommendation,
		questions, scored, not_applicable, blank, content_hash, source_file, source_hash, collected_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		kitID, r.Number, version, r.Sheet, r.Title, r.Interviewer, r.Recommendation,
		len(r.Scores), scored, na, blank, hash, p.source, p.sourceHash, now).Scan(&id)
	if err != nil {
		return err
	}
	stmt, err := t.PrepareContext(ctx, `INSERT INTO scores (version_id, position, question_id, area, area_id, weight,
		status, score, notes, cell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, s := range r.Scores {
		var value any
		if s.Status == StatusScored {
			value = s.Value
		}
		if _, err := stmt.ExecContext(ctx, id, s.Position, s.QuestionID, s.Area, s.AreaID, s.Weight,
			s.Status, value, s.Notes, s.Cell); err != nil {
			return err
		}
	}
	return nil
}

// questionIDs lists a round's question ids in order.
func (r *Round) questionIDs() []string {
	ids := make([]string, len(r.Scores))
	for i, s := range r.Scores {
		ids[i] = s.QuestionID
	}
	return ids
}

// questionIDs lists an archived version's question ids in order.
func questionIDs(ctx context.Context, t *tx, versionID int) ([]string, error) {
	return strings1(ctx, t, `SELECT question_id FROM scores WHERE version_id = ? ORDER BY position`, versionID)
}

// blankIDs lists an archived version's unscored question ids.
func blankIDs(ctx context.Context, t *tx, versionID int) ([]string, error) {
	return strings1(ctx, t, `SELECT question_id FROM scores WHERE version_id = ? AND status = 'blank' ORDER BY position`, versionID)
}

// strings1 runs a query of one text column.
func strings1(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
