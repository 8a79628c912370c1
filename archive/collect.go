package archive

// Collecting follows four rules. A file is read and checked whole before
// anything is written, and written in one transaction: archived entirely or
// not at all. A bad file is reported and skipped; it never stops the next
// one. Collecting what is already archived changes nothing, not even a
// timestamp. A corrected round replaces the archived one and the replaced
// version stays in the history. A round nobody typed anything into (another
// interviewer's copy of a loop) never replaces scores, and is never kept as
// history when scores replace it.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
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
	RoundNew                     // the round was not archived before, or only blank
	RoundReplaced                // a correction: the earlier version went to the history
	RoundKept                    // blank in this file; the archived scores stay
)

// Errors of rejected files, for errors.Is. Files that cannot be read at all
// wrap scoresheet.ErrUnreadable, scoresheet.ErrTooLarge or scoresheet.ErrOtherWorkbook.
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

// prepared is a file read and checked, ready to store.
type prepared struct {
	source, sourceHash string
	rec                *sheetRecord
	// also, when set, writes more in the same transaction, after the
	// rounds (the scanned pages of a scan).
	also func(ctx context.Context, t *tx, now string) error
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

// readFile opens, reads and checks the file at path, through the intake:
// a regular file only (a named pipe or a device is refused before it can
// hang the collect), at most scoresheet.MaxSize bytes, counted as read.
func readFile(path string) (*prepared, Result) {
	f, err := intake.Open(path, scoresheet.MaxSize)
	if err != nil {
		return nil, Result{Source: path, Status: Rejected, Err: intakeError(err)}
	}
	defer f.Close()
	return read(path, f)
}

// intakeError words a file the intake refused, without its path: results
// name their file.
func intakeError(err error) error {
	if errors.Is(err, intake.ErrTooLarge) {
		return fmt.Errorf("%w: the file is larger than %d MB", scoresheet.ErrTooLarge, scoresheet.MaxSize>>20)
	}
	return pathError(err)
}

// read reads a scoresheet from r and checks it. It returns what to store,
// or the result of a rejected file.
func read(source string, r io.Reader) (p *prepared, res Result) {
	res = Result{Source: source, Status: Rejected}
	defer func() {
		// The last line of defence: a bug on a strange file costs that
		// file, never the collect.
		if v := recover(); v != nil {
			p, res.Err = nil, fmt.Errorf("%w: reading it failed unexpectedly (%v); please report this file", scoresheet.ErrUnreadable, v)
		}
	}()
	data, err := io.ReadAll(intake.LimitReader(r, scoresheet.MaxSize))
	if err != nil {
		res.Err = intakeError(err)
		return nil, res
	}
	sheet, err := scoresheet.Read(bytes.NewReader(data), int64(len(data)))
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
