package kit

// This file reads a bank's files, each through internal/intake whatever
// the file system: regular files only, at most maxBankFile bytes each and
// maxBankBytes in all, counted while reading, at most MaxBankFiles files,
// so a device, a pipe, a huge file or a folder of thousands cannot hang or
// exhaust a run. kit opens nothing itself: a caller hands it an fs.FS (the
// embedded bank, or intake.Dir of a user's folder).

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// Bank is a validated question bank: its taxonomy, default loop, timing and
// questions, in file order.
type Bank struct {
	Title       string // "Django developer"
	Role        string // default role title printed on a kit
	Description string
	// WrittenFor names the versions the bank's answers are written for,
	// e.g. "Django 5.2 LTS and 6.0; Python 3.12+"; empty when a bank does
	// not say.
	WrittenFor string
	// Ratings are the bank's names for the scores 1 to 4, the default of
	// its role that a team's settings may override; zero when the bank
	// names none. RatingsAt is where they are written, "file:line".
	Ratings   Ratings
	RatingsAt string
	Taxonomy
	Timing    Timing
	Loop      []LoopRound
	Questions []*Question
	// Version identifies what the bank says: a short hash of its content
	// (BankPrint.Version), not of its files, recorded on every kit so a
	// score can be traced to its wording.
	Version string

	byID   map[string]*Question
	frame  string            // the fingerprint of everything but the questions
	prints map[string]string // each question's fingerprint, by id
}

// Timing is the time a round spends outside the bank's questions.
type Timing struct {
	Intro              int `json:"intro"`
	CandidateQuestions int `json:"candidate_questions"`
	Close              int `json:"close"`
	// Short caps the intro, the candidate's questions and the close of a
	// slot shorter than Short.Under minutes; its zero value is
	// DefaultShortSlot.
	Short ShortSlot `json:"short_slot"`
}

// ShortSlot is how a short round keeps time for its questions: a slot of
// under Under minutes spends at most Intro, CandidateQuestions and Close
// minutes on them. Under 10 or less turns the caps off, since no round is
// shorter.
type ShortSlot struct {
	Under              int `json:"under"`
	Intro              int `json:"intro"`
	CandidateQuestions int `json:"candidate_questions"`
	Close              int `json:"close"`
}

// DefaultShortSlot caps a slot under 40 minutes at a 3-minute intro, 5
// minutes of the candidate's questions and a 2-minute close, so a
// 20-minute behavioural round still has time for its questions.
var DefaultShortSlot = ShortSlot{Under: 40, Intro: 3, CandidateQuestions: 5, Close: 2}

// DefaultTiming is a bank's timing when it sets none.
var DefaultTiming = Timing{Intro: 5, CandidateQuestions: 10, Close: 5, Short: DefaultShortSlot}

// LoopRound is one round of the bank's default interview loop.
type LoopRound struct {
	Title  string   `json:"title"`
	Stages []string `json:"stages"`
	Areas  []string `json:"areas"` // empty: every area the loop is asked for
	// Minutes is the round's slot per level id; a level missing here, or
	// with 0, skips the round.
	Minutes map[string]int `json:"minutes"`
	File    string         `json:"-"`
	Line    int            `json:"-"`
}

// Question returns the question with the given id.
func (b *Bank) Question(id string) (*Question, bool) {
	q, ok := b.byID[id]
	return q, ok
}

// Load reads every .yaml and .yml file under the root of fsys, in sorted path
// order, as one bank. Problem locations are the file's path prefixed with
// label ("data/orm.yaml:12"). A bank with problems yields a *BankError listing
// all of them.
func Load(fsys fs.FS, label string) (*Bank, error) {
	src, err := ReadSource(fsys, label)
	if err != nil {
		return nil, err
	}
	return src.Parse()
}

// LoadFile reads the one bank file name of fsys, naming it label in
// messages ("mybank.yaml:3"): a bank kept in a single file.
func LoadFile(fsys fs.FS, name, label string) (*Bank, error) {
	src, err := ReadSourceFile(fsys, name, label)
	if err != nil {
		return nil, err
	}
	return src.Parse()
}

// Source is a bank's files as read and not yet parsed: what Load reads,
// split from parsing so a caller can look a parsed bank up by the files'
// Key first and Parse only what it has not seen.
type Source struct {
	files []bankFile
}

// ReadSource reads the files Load would read, as Load does.
func ReadSource(fsys fs.FS, label string) (*Source, error) {
	var names []string
	err := intake.WalkFS(fsys, ".", maxBankEntries, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if ext := path.Ext(p); ext == ".yaml" || ext == ".yml" {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	if len(names) == 0 {
		return nil, &BankError{Problems: []Problem{{File: label, Msg: "no .yaml files found"}}}
	}
	if len(names) > MaxBankFiles {
		return nil, &BankError{Problems: []Problem{{File: label,
			Msg: fmt.Sprintf("holds %d .yaml files; a bank has at most %d", len(names), MaxBankFiles)}}}
	}
	files := make([]bankFile, len(names))
	total := 0
	for i, name := range names {
		files[i].name = path.Join(label, name)
		if files[i].data, files[i].problem, err = readBankFile(fsys, name); err != nil {
			return nil, err
		}
		if total += len(files[i].data); total > maxBankBytes {
			return nil, &BankError{Problems: []Problem{{File: label,
				Msg: fmt.Sprintf("its .yaml files are larger than %d MiB together; not a question bank", maxBankBytes>>20)}}}
		}
	}
	return &Source{files: files}, nil
}

// ReadSourceFile reads the one file LoadFile would read, as LoadFile does.
func ReadSourceFile(fsys fs.FS, name, label string) (*Source, error) {
	data, problem, err := readBankFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return &Source{files: []bankFile{{name: label, data: data, problem: problem}}}, nil
}

// Parse decodes and validates the source as one bank, as Load does.
func (s *Source) Parse() (*Bank, error) { return parse(s.files) }

// Key identifies the source exactly: a SHA-256 of every file's located
// name and bytes, or the problem that kept them from being read. Sources
// with the same key parse to the same bank or the same problems, at the
// same locations.
func (s *Source) Key() [sha256.Size]byte {
	h := sha256.New()
	h.Write([]byte("interviewkit bank source\x00"))
	var n [8]byte
	field := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	for _, f := range s.files {
		field([]byte(f.name))
		field([]byte(f.problem))
		field(f.data)
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])
	return key
}

// readBankFile reads one file through the intake: a problem says why the
// file is not read as a bank file; an error is a failure to read it.
func readBankFile(fsys fs.FS, name string) (data []byte, problem string, err error) {
	data, err = intake.ReadFS(fsys, name, maxBankFile)
	switch {
	case errors.Is(err, intake.ErrNotRegular):
		return nil, "not a regular file; a bank is YAML files", nil
	case errors.Is(err, intake.ErrTooLarge):
		return nil, "file is larger than 8 MiB; not a question bank", nil
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == name && name != "." {
			// The file is named where the problem is reported.
			return nil, "cannot be read: " + pe.Err.Error(), nil
		}
		return nil, "", err
	}
	return data, "", nil
}

// bankFile is one file of a bank as read: its located name, and its bytes
// or the problem that kept them from being read.
type bankFile struct {
	name    string
	data    []byte
	problem string
}

// parse decodes and validates files as one bank.
func parse(files []bankFile) (*Bank, error) {
	p := &parser{bank: &Bank{byID: map[string]*Question{}}}
	read := 0
	for _, f := range files {
		if f.problem != "" {
			p.problem(f.name, 0, "", "%s", f.problem)
			continue
		}
		read++
		p.file(f.name, f.data)
	}
	if read == 0 {
		// Nothing could be read: that is the whole story, not the
		// sections no file defines.
		return nil, &BankError{Problems: p.problems}
	}
	p.validate()
	if len(p.problems) > 0 {
		slices.SortStableFunc(p.problems, func(a, b Problem) int {
			if c := strings.Compare(a.File, b.File); c != 0 {
				return c
			}
			return a.Line - b.Line
		})
		return nil, &BankError{Problems: p.problems}
	}
	bp := p.bank.print()
	p.bank.frame, p.bank.prints, p.bank.Version = bp.Frame, bp.Questions, bp.Version()
	return p.bank, nil
}
