package archive

// Archiving what was read from paper. A round read from its scanned packet
// becomes the same record a typed scoresheet does: the kit's own
// scoresheet, from its folder, with the scores read from paper put in, goes
// through the same checks and is stored by the same code (a new version, a
// correction that keeps the earlier one in the history, or nothing when
// nothing changed), one transaction per round. The scanned pages are kept
// beside the record, in the same transaction. A round a person must settle
// first is stored as a scoresheet nobody typed in (blank when new, left as
// archived otherwise) with its pages; its scores wait for the corrected
// scoresheet to be collected.

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// PageScan is one scanned page of a round's packet, as the scanner stored
// it.
type PageScan struct {
	Page       int    // the page of the round's packet, from 1
	Format     string // "jpeg" or "png"
	Image      []byte
	Source     string // the file scanned
	SourcePage int    // the page in that file; 0 for a photo
}

// ScanRound is one round read from paper.
type ScanRound struct {
	Number int // the round, from 1
	// Store archives the round's scores; when false (a row awaits a
	// person) the round is archived as blank, or kept as it is archived,
	// and only its pages are added.
	Store bool
	Pages []PageScan
}

// ErrNoRound is a scanned round the kit's scoresheet does not have.
var ErrNoRound = errors.New("the scoresheet has no such round")

// CollectScan archives one round read from paper. sheet is the kit's
// scoresheet as read from its folder, with the scores read from paper put
// into the round's sheet. The round is checked and stored as Collect
// stores a scoresheet with nothing typed in its other rounds: the round as
// a new version, a correction (the earlier version kept in the history) or
// unchanged, and each other round kept as archived, or archived blank when
// it is new. With round.Store false (a row awaits a person) the round
// itself is taken as blank too, so nothing read from it is archived. The
// round's pages are kept beside the record in the same transaction.
// source names the scanned files in results and in the history.
func (a *Archive) CollectScan(ctx context.Context, source string, sheet *scoresheet.Completed, round ScanRound) Result {
	res := Result{Source: source, Status: Rejected}
	if sheet == nil || round.Number < 1 || round.Number > len(sheet.Rounds) {
		res.Err = fmt.Errorf("%w: round %d", ErrNoRound, round.Number)
		return res
	}
	res.Kit = Kit{ID: sheet.KitID, Candidate: sheet.Candidate, Date: sheet.Date}
	keep := round.Number
	if !round.Store {
		keep = 0
	}
	rec, problems := check(onlyRound(sheet, keep))
	if len(problems) > 0 {
		res.Problems = problems
		res.Err = fmt.Errorf("%w: %s", ErrInvalid, problemSummary(problems))
		return res
	}
	for _, p := range round.Pages {
		if p.Format != "jpeg" && p.Format != "png" {
			res.Err = fmt.Errorf("page %d: image format %q is not jpeg or png", p.Page, clip(p.Format))
			return res
		}
	}
	h := sha256.New()
	for _, p := range round.Pages {
		sum := sha256.Sum256(p.Image)
		h.Write(sum[:])
	}
	p := &prepared{source: source, sourceHash: hex.EncodeToString(h.Sum(nil)), rec: rec,
		also: func(ctx context.Context, t *tx, now string) error { return keepPages(ctx, t, rec.kit.ID, round, now) }}
	return a.store(ctx, p)
}

// onlyRound is sheet with nothing typed in any round but round n (none
// when n is 0).
func onlyRound(sheet *scoresheet.Completed, n int) *scoresheet.Completed {
	s := *sheet
	s.Rounds = slices.Clone(sheet.Rounds)
	for i := range s.Rounds {
		if i == n-1 {
			continue
		}
		r := &s.Rounds[i]
		r.Recommendation = scoresheet.Cell{Ref: r.Recommendation.Ref}
		r.Rows = slices.Clone(r.Rows)
		for j := range r.Rows {
			row := &r.Rows[j]
			row.Score = scoresheet.Cell{Ref: row.Score.Ref}
			row.Notes = scoresheet.Cell{Ref: row.Notes.Ref}
		}
	}
	return &s
}

// keepPages stores a round's scanned pages; one already kept, the same
// image of the same page, is kept once.
func keepPages(ctx context.Context, t *tx, kitID string, round ScanRound, now string) error {
	for _, p := range round.Pages {
		sum := sha256.Sum256(p.Image)
		_, err := t.ExecContext(ctx, `INSERT INTO page_scans (kit_id, round, page, format, image, image_hash,
			source_file, source_page, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (kit_id, round, page, image_hash) DO NOTHING`,
			kitID, round.Number, p.Page, p.Format, p.Image, hex.EncodeToString(sum[:]), p.Source, p.SourcePage, now)
		if err != nil {
			return err
		}
	}
	return nil
}

// PageScanInfo describes a kept page, without its image.
type PageScanInfo struct {
	KitID      string `json:"kit_id"`
	Round      int    `json:"round"`
	Page       int    `json:"page"`
	Format     string `json:"format"`
	Bytes      int    `json:"bytes"`
	Source     string `json:"source_file"`
	SourcePage int    `json:"source_page"`
	ScannedAt  string `json:"scanned_at"`
}

// PageScans lists the pages kept for a kit, by round and page.
func (a *Archive) PageScans(ctx context.Context, kitID string) ([]PageScanInfo, error) {
	rows, err := a.db.QueryContext(ctx, `SELECT kit_id, round, page, format, length(image), source_file, source_page, scanned_at
		FROM page_scans WHERE kit_id = ? ORDER BY round, page, id`, kitID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PageScanInfo
	for rows.Next() {
		var s PageScanInfo
		if err := rows.Scan(&s.KitID, &s.Round, &s.Page, &s.Format, &s.Bytes, &s.Source, &s.SourcePage, &s.ScannedAt); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// PageImage returns the image kept for a kit's round and page, the latest
// scan of it, with its format.
func (a *Archive) PageImage(ctx context.Context, kitID string, round, page int) ([]byte, string, error) {
	var img []byte
	var format string
	err := a.db.QueryRowContext(ctx, `SELECT image, format FROM page_scans WHERE kit_id = ? AND round = ? AND page = ?
		ORDER BY id DESC LIMIT 1`, kitID, round, page).Scan(&img, &format)
	return img, format, err
}

// SettledSince reports whether a person settled kit's round after these
// page images were kept for it, and the version they archived: every image
// is already in page_scans for the round (the same bytes, so the same
// scan), and the round's current version was collected later from
// something other than a scan (a corrected review workbook, a typed
// scoresheet). Scanning those images again has nothing to add to what the
// person decided. Any image not kept before, or no such later version,
// gives ok false.
func (a *Archive) SettledSince(ctx context.Context, kitID string, round int, images [][]byte) (version int, ok bool, err error) {
	if len(images) == 0 {
		return 0, false, nil
	}
	var source, collected string
	err = a.db.QueryRowContext(ctx, `SELECT version, source_file, collected_at FROM versions
		WHERE kit_id = ? AND round = ? AND replaced_at IS NULL`, kitID, round).Scan(&version, &source, &collected)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil || strings.HasPrefix(source, ScanSourcePrefix) {
		return 0, false, err
	}
	for _, img := range images {
		sum := sha256.Sum256(img)
		var scanned sql.NullString // NULL: the image was never kept
		err := a.db.QueryRowContext(ctx, `SELECT min(scanned_at) FROM page_scans
			WHERE kit_id = ? AND round = ? AND image_hash = ?`, kitID, round, hex.EncodeToString(sum[:])).Scan(&scanned)
		if err != nil {
			return 0, false, err
		}
		if !scanned.Valid || scanned.String >= collected {
			return 0, false, nil
		}
	}
	return version, true, nil
}

// ScanSourcePrefix starts the source a scan archives a round from ("scan
// of stack.pdf"): a version from a scan is the paper's reading, not a
// person's decision.
const ScanSourcePrefix = "scan of "
