package kit

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
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
	Taxonomy
	Timing    Timing
	Loop      []LoopRound
	Questions []*Question
	// Version identifies the bank's exact content: a short hash of its
	// files, recorded on every kit so a score can be traced to its wording.
	Version string

	byID map[string]*Question
}

// Timing is the time a round spends outside the bank's questions.
type Timing struct {
	Intro              int `json:"intro"`
	CandidateQuestions int `json:"candidate_questions"`
	Close              int `json:"close"`
}

// LoopRound is one round of the bank's default interview loop.
type LoopRound struct {
	Title  string
	Stages []string
	Areas  []string // empty: every area the loop is asked for
	// Minutes is the round's slot per level id; a level missing here, or
	// with 0, skips the round.
	Minutes map[string]int
	File    string
	Line    int
}

// Question returns the question with the given id.
func (b *Bank) Question(id string) (*Question, bool) {
	q, ok := b.byID[id]
	return q, ok
}

// maxBankFile bounds one bank file; a bank is prose typed by people, so
// anything larger is a mistake, not a bank.
const maxBankFile = 8 << 20

// Load reads every .yaml and .yml file under the root of fsys, in sorted path
// order, as one bank. Problem locations are the file's path prefixed with
// label ("data/orm.yaml:12"). A bank with problems yields a *BankError listing
// all of them.
func Load(fsys fs.FS, label string) (*Bank, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
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
	files := make([]bankFile, 0, len(names))
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		files = append(files, bankFile{name: path.Join(label, name), data: data})
	}
	if len(files) == 0 {
		return nil, &BankError{Problems: []Problem{{File: label, Msg: "no .yaml files found"}}}
	}
	return parse(files)
}

// Open reads a bank from disk: a single YAML file or a folder of them.
func Open(p string) (*Bank, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return Load(os.DirFS(p), filepath.ToSlash(filepath.Clean(p)))
	}
	if info.Size() > maxBankFile {
		return nil, &BankError{Problems: []Problem{{File: p, Msg: "file is larger than 8 MiB; not a question bank"}}}
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	return parse([]bankFile{{name: filepath.ToSlash(p), data: data}})
}

type bankFile struct {
	name string
	data []byte
}

// parse decodes and validates files as one bank.
func parse(files []bankFile) (*Bank, error) {
	p := &parser{bank: &Bank{byID: map[string]*Question{}}}
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(path.Base(f.name)))
		h.Write([]byte{0})
		h.Write(f.data)
		h.Write([]byte{0})
		if len(f.data) > maxBankFile {
			p.problem(f.name, 0, "", "file is larger than 8 MiB; not a question bank")
			continue
		}
		p.file(f.name, f.data)
	}
	p.bank.Version = hex.EncodeToString(h.Sum(nil))[:12]
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
	return p.bank, nil
}
