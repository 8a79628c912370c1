package archive

// Collecting follows four rules. A file is read and checked whole before
// anything is written, and written in one transaction: archived entirely or
// not at all. A bad file is reported and skipped; it never stops the next
// one. Collecting what is already archived changes nothing, not even a
// timestamp. A corrected round replaces the archived one and the replaced
// version stays in the history, except that a round nobody typed anything
// into (another interviewer's copy of a loop) never replaces scores.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/interviewkit/interviewkit/layouts"
)

// Status is what collecting one file did.
type Status int

// Statuses of a collected file. Whether an archived or updated file is
// also incomplete is Result.Incomplete.
const (
	Unchanged Status = iota // everything in it was archived already
	Archived                // a kit new to the archive
	Updated                 // a kit already archived: a round is new or corrected
	Rejected                // nothing from the file was archived; see Err
)

// String is the word collect prints for the status.
func (s Status) String() string {
	switch s {
	case Archived:
		return "archived"
	case Updated:
		return "updated"
	case Rejected:
		return "rejected"
	}
	return "unchanged"
}

// Change is what collecting did to one round.
type Change int

// Round changes.
const (
	RoundUnchanged Change = iota // the archive holds the same scores
	RoundNew                     // the round was not archived before
	RoundReplaced                // a correction: the earlier version went to the history
	RoundKept                    // blank in this file; the archived scores stay
)

// Errors of rejected files, for errors.Is. Files that cannot be read at all
// wrap layouts.ErrUnreadable, layouts.ErrTooLarge or layouts.ErrNotScoresheet.
var (
	// ErrInvalid is a scoresheet with problems: a score typed past the
	// dropdown, facts that disagree between sheets. Result.Problems lists them.
	ErrInvalid = errors.New("the scoresheet has problems")
	// ErrConflict is a scoresheet that contradicts what the archive holds
	// for the same kit. Result.Problems says how.
	ErrConflict = errors.New("the scoresheet contradicts the archive")
)

// Result is the outcome of collecting one file.
type Result struct {
	Source   string
	Status   Status
	Kit      Kit // what the file says; zero when it could not be read
	Rounds   []RoundResult
	Problems []Problem // why an ErrInvalid or ErrConflict file was rejected
	Err      error     // why the file was rejected; nil otherwise
}

// RoundResult is the outcome for one round of a collected file.
type RoundResult struct {
	Number  int
	Sheet   string
	Change  Change
	Version int // the archived version after collecting
	// Unscored lists the questions of the archived version left blank;
	// NoRecommendation says the interviewer's own call is missing.
	Unscored         []string
	Questions        int
	NoRecommendation bool
}

// Incomplete reports whether the archived scoresheet still has blank scores
// or a missing interviewer's recommendation.
func (r *Result) Incomplete() bool {
	for _, rr := range r.Rounds {
		if len(rr.Unscored) > 0 || rr.NoRecommendation {
			return true
		}
	}
	return false
}

// testHookRoundStored, when set, runs inside a file's transaction after each
// round is written; tests use it to kill the process mid-file.
var testHookRoundStored func(kitID string, round int)

// Files lists the files args name: a file as it is, a folder's .xlsx files
// at any depth, sorted, leaving out Excel's "~$" lock files and hidden
// files. An argument that names nothing comes back as a rejected Result.
func Files(args []string) (files []string, missing []Result) {
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			missing = append(missing, Result{Source: arg, Status: Rejected, Err: pathError(err)})
			continue
		}
		if !info.IsDir() {
			add(filepath.Clean(arg))
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				missing = append(missing, Result{Source: p, Status: Rejected, Err: pathError(err)})
				return nil
			}
			name := d.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(name), ".xlsx") && !strings.HasPrefix(name, "~$") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			missing = append(missing, Result{Source: arg, Status: Rejected, Err: pathError(err)})
		}
		slices.Sort(found)
		for _, p := range found {
			add(p)
		}
	}
	return files, missing
}

// pathError drops the path from an os error: results name their file.
func pathError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errNotExist{}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errNotExist is a path that names nothing; it is fs.ErrNotExist.
type errNotExist struct{}

func (errNotExist) Error() string        { return "no such file or folder" }
func (errNotExist) Is(target error) bool { return target == fs.ErrNotExist }

// prepared is a file read and checked, ready to store.
type prepared struct {
	source, sourceHash string
	rec                *sheetRecord
}

// CollectFiles collects each file in order, reading several at once, and
// calls report with each result as soon as it is stored. It stops early
// only when ctx is done.
func (a *Archive) CollectFiles(ctx context.Context, paths []string, report func(Result)) error {
	type job struct {
		p   *prepared
		res Result
	}
	jobs := make([]chan job, len(paths))
	for i := range jobs {
		jobs[i] = make(chan job, 1)
	}
	workers := min(runtime.GOMAXPROCS(0), len(paths))
	// ahead bounds how far reading runs ahead of storing.
	ahead := make(chan struct{}, 4*workers+1)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				p, res := readFile(paths[i])
				jobs[i] <- job{p, res}
			}
		})
	}
	done := make(chan struct{})
	defer func() { close(done); wg.Wait() }()
	go func() {
		defer close(next)
		for i := range paths {
			select {
			case ahead <- struct{}{}:
			case <-done:
				return
			}
			select {
			case next <- i:
			case <-done:
				return
			}
		}
	}()
	for i := range paths {
		var j job
		select {
		case j = <-jobs[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-ahead
		res := j.res
		if j.p != nil {
			res = a.store(ctx, j.p)
		}
		report(res)
	}
	return nil
}

// CollectFile collects the file at path.
func (a *Archive) CollectFile(ctx context.Context, path string) Result {
	p, res := readFile(path)
	if p == nil {
		return res
	}
	return a.store(ctx, p)
}

// Collect collects one scoresheet read from r; source names it in results
// and in the history.
func (a *Archive) Collect(ctx context.Context, source string, r io.Reader) Result {
	p, res := read(source, r)
	if p == nil {
		return res
	}
	return a.store(ctx, p)
}

// readFile opens, reads and checks the file at path.
func readFile(path string) (*prepared, Result) {
	f, err := os.Open(path)
	if err != nil {
		return nil, Result{Source: path, Status: Rejected, Err: pathError(err)}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, Result{Source: path, Status: Rejected, Err: errors.New("is a folder")}
	}
	return read(path, f)
}

// read reads a scoresheet from r and checks it. It returns what to store,
// or the result of a rejected file.
func read(source string, r io.Reader) (p *prepared, res Result) {
	res = Result{Source: source, Status: Rejected}
	defer func() {
		// The last line of defence: a bug on a strange file costs that
		// file, never the collect.
		if v := recover(); v != nil {
			p, res.Err = nil, fmt.Errorf("%w: reading it failed unexpectedly (%v); please report this file", layouts.ErrUnreadable, v)
		}
	}()
	data, err := io.ReadAll(io.LimitReader(r, layouts.MaxScoresheetSize+1))
	if err != nil {
		res.Err = pathError(err)
		return nil, res
	}
	if len(data) > layouts.MaxScoresheetSize {
		res.Err = fmt.Errorf("%w: the file is larger than %d MB", layouts.ErrTooLarge, layouts.MaxScoresheetSize>>20)
		return nil, res
	}
	sheet, err := layouts.ReadScoresheet(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		res.Err = err
		return nil, res
	}
	res.Kit = Kit{ID: sheet.KitID, Candidate: sheet.Candidate, Date: sheet.Date}
	rec, problems := check(sheet)
	if len(problems) > 0 {
		res.Problems = problems
		res.Err = fmt.Errorf("%w: %s", ErrInvalid, problemSummary(problems))
		return nil, res
	}
	sum := sha256.Sum256(data)
	return &prepared{source: source, sourceHash: hex.EncodeToString(sum[:]), rec: rec}, Result{}
}

// problemSummary is the first problem and how many more there are.
func problemSummary(ps []Problem) string {
	if len(ps) == 1 {
		return ps[0].String()
	}
	return fmt.Sprintf("%s (and %d more)", ps[0], len(ps)-1)
}

// timestamp is how the archive writes a moment: RFC 3339 in UTC, to the
// millisecond, so timestamps sort as text.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// store writes a checked scoresheet in one transaction.
func (a *Archive) store(ctx context.Context, p *prepared) Result {
	k := p.rec.kit
	res := Result{Source: p.source, Kit: k}
	var conflicts []Problem
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		res.Rounds, conflicts = nil, nil
		now := timestamp(a.now())
		newKit, err := storeKit(ctx, tx, k, len(p.rec.rounds), now)
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
			rr, err := storeRound(ctx, tx, k.ID, r, p, now)
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
func storeKit(ctx context.Context, tx *sql.Tx, k Kit, rounds int, now string) (bool, error) {
	var old Kit
	var oldRounds int
	err := tx.QueryRowContext(ctx, `SELECT candidate, role, level_id, interview_date, seed, bank_version, rounds
		FROM kits WHERE kit_id = ?`, k.ID).Scan(&old.Candidate, &old.Role, &old.LevelID, &old.Date, &old.Seed, &old.BankVersion, &oldRounds)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = tx.ExecContext(ctx, `INSERT INTO kits (kit_id, candidate, candidate_key, role, level, level_id,
			interview_date, seed, bank_title, bank_version, tool_version, format, retention, rounds, first_collected)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			k.ID, k.Candidate, foldName(k.Candidate), k.Role, k.Level, k.LevelID, k.Date, k.Seed,
			k.BankTitle, k.BankVersion, k.ToolVersion, k.Format, k.Retention, rounds, now)
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
func storeRound(ctx context.Context, tx *sql.Tx, kitID string, r *Round, p *prepared, now string) (RoundResult, error) {
	scored, na, blank := r.counts()
	rr := RoundResult{Number: r.Number, Sheet: r.Sheet, Questions: len(r.Scores), Unscored: r.unscored(),
		NoRecommendation: r.Recommendation == ""}
	hash := r.hash()
	var (
		curID, curVersion, curBlank, curQuestions int
		curHash, curSheet, curRec                 string
	)
	err := tx.QueryRowContext(ctx, `SELECT id, version, content_hash, sheet, blank, questions, recommendation
		FROM versions WHERE kit_id = ? AND round = ? AND replaced_at IS NULL`, kitID, r.Number).
		Scan(&curID, &curVersion, &curHash, &curSheet, &curBlank, &curQuestions, &curRec)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		rr.Change, rr.Version = RoundNew, 1
	case err != nil:
		return rr, err
	case curHash == hash:
		rr.Change, rr.Version = RoundUnchanged, curVersion
		return rr, nil
	default:
		ids, err := questionIDs(ctx, tx, curID)
		if err != nil {
			return rr, err
		}
		if curSheet != r.Sheet || !slices.Equal(ids, r.questionIDs()) {
			return rr, conflictError{{Sheet: r.Sheet, Message: fmt.Sprintf(
				"round %d of kit %s is archived as sheet %q with other questions; this file's round differs", r.Number, kitID, clip(curSheet))}}
		}
		if r.untouched() {
			// Keep what was typed; report what is archived.
			archived, err := blankIDs(ctx, tx, curID)
			if err != nil {
				return rr, err
			}
			rr.Change, rr.Version, rr.Unscored, rr.NoRecommendation = RoundKept, curVersion, archived, curRec == ""
			return rr, nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE versions SET replaced_at = ? WHERE id = ?`, now, curID); err != nil {
			return rr, err
		}
		rr.Change, rr.Version = RoundReplaced, curVersion+1
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO versions (kit_id, round, version, sheet, title, interviewer, recommendation,
		questions, scored, not_applicable, blank, content_hash, source_file, source_hash, collected_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		kitID, r.Number, rr.Version, r.Sheet, r.Title, r.Interviewer, r.Recommendation,
		len(r.Scores), scored, na, blank, hash, p.source, p.sourceHash, now)
	if err != nil {
		return rr, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return rr, err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO scores (version_id, position, question_id, area, area_id, weight,
		status, score, notes, cell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return rr, err
	}
	defer stmt.Close()
	for _, s := range r.Scores {
		var value any
		if s.Status == StatusScored {
			value = s.Value
		}
		if _, err := stmt.ExecContext(ctx, id, s.Position, s.QuestionID, s.Area, s.AreaID, s.Weight,
			s.Status, value, s.Notes, s.Cell); err != nil {
			return rr, err
		}
	}
	return rr, nil
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
func questionIDs(ctx context.Context, tx *sql.Tx, versionID int) ([]string, error) {
	return strings1(ctx, tx, `SELECT question_id FROM scores WHERE version_id = ? ORDER BY position`, versionID)
}

// blankIDs lists an archived version's unscored question ids.
func blankIDs(ctx context.Context, tx *sql.Tx, versionID int) ([]string, error) {
	return strings1(ctx, tx, `SELECT question_id FROM scores WHERE version_id = ? AND status = 'blank' ORDER BY position`, versionID)
}

// strings1 runs a query of one text column.
func strings1(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
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
