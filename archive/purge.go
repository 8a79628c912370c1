package archive

// Purging ends a retention period: every kit interviewed before the date
// goes, with all its versions (history included), scores and scanned
// pages, in one transaction. Then the archive is rewritten without them (the dialect's
// compact): in SQLite the file is rebuilt (VACUUM) and the write-ahead log
// emptied, so the deleted records are gone from the disk, not merely
// unlinked, and secure_delete zeroes freed pages in the meantime; in
// PostgreSQL VACUUM FULL rewrites the three tables without the dead rows.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrNotOwner is a purge by a role that does not own the archive's tables
// in PostgreSQL, which could delete rows but not rewrite the tables
// without them.
var ErrNotOwner = errors.New("only the role that owns the archive's tables may purge, so the deleted rows can be rewritten away")

// Purged is one kit a purge deletes.
type Purged struct {
	KitID     string `json:"kit_id"`
	Candidate string `json:"candidate"`
	Date      string `json:"date"`
	Rounds    int    `json:"rounds"`
	Versions  int    `json:"versions"` // current and history
	Scores    int    `json:"scores"`   // score rows, history included
	Pages     int    `json:"pages"`    // scanned pages kept
}

// Purge deletes every kit interviewed before the date (YYYY-MM-DD) and
// returns what it deleted; with dryRun it deletes nothing and returns what
// it would.
func (a *Archive) Purge(ctx context.Context, before string, dryRun bool) ([]Purged, error) {
	if _, err := time.Parse(time.DateOnly, before); err != nil {
		return nil, fmt.Errorf("purge: %q is not a date (YYYY-MM-DD)", before)
	}
	if a.d.mayCompact != nil && !dryRun {
		if err := a.d.mayCompact(ctx, a.db); err != nil {
			return nil, fmt.Errorf("purge: %w", err)
		}
	}
	var gone []Purged
	err := a.inTx(ctx, func(t *tx) error {
		gone = nil
		rows, err := t.QueryContext(ctx, `SELECT k.kit_id, k.candidate, k.interview_date, k.rounds,
				(SELECT count(*) FROM versions v WHERE v.kit_id = k.kit_id),
				(SELECT count(*) FROM versions v JOIN scores s ON s.version_id = v.id WHERE v.kit_id = k.kit_id),
				(SELECT count(*) FROM page_scans p WHERE p.kit_id = k.kit_id)
			FROM kits k WHERE k.interview_date < ? ORDER BY k.interview_date, k.candidate_key, k.kit_id`, before)
		if err != nil {
			return err
		}
		for rows.Next() {
			var p Purged
			if err := rows.Scan(&p.KitID, &p.Candidate, &p.Date, &p.Rounds, &p.Versions, &p.Scores, &p.Pages); err != nil {
				rows.Close()
				return err
			}
			gone = append(gone, p)
		}
		rows.Close()
		if err := rows.Err(); err != nil || dryRun {
			return err
		}
		// Versions, scores and scanned pages go with their kit (ON DELETE
		// CASCADE).
		_, err = t.ExecContext(ctx, `DELETE FROM kits WHERE interview_date < ?`, before)
		return err
	})
	if err != nil || dryRun || len(gone) == 0 {
		return gone, err
	}
	for _, q := range a.d.compact {
		if _, err := a.db.ExecContext(ctx, q); err != nil {
			return gone, fmt.Errorf("purged, but could not rewrite the archive without the deleted records (%s): %w", q, err)
		}
	}
	return gone, nil
}
