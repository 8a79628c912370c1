package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// Where settings come from, besides flags.
const (
	// FileName is the settings file found in the working folder.
	FileName = "interviewkit.yaml"
	// EnvConfig names the settings file, in place of FileName.
	EnvConfig = "INTERVIEWKIT_CONFIG"
	// EnvBank and EnvArchive set the bank and the archive.
	EnvBank    = "INTERVIEWKIT_BANK"
	EnvArchive = "INTERVIEWKIT_ARCHIVE"
	// Builtin names the bank embedded in interviewkit, wherever a bank is
	// named.
	Builtin = "builtin"
)

// ErrNoFile is a settings file named by --config or INTERVIEWKIT_CONFIG
// that is not there.
var ErrNoFile = errors.New("no settings file")

// Kind says what kind of place a value comes from.
type Kind int

// Kinds of source, from the weakest.
const (
	BuiltIn Kind = iota
	Bank
	File
	Env
	Flag
)

// Source is where a value comes from: a flag ("--bank"), a variable
// ("INTERVIEWKIT_BANK"), a line of the settings file or of the bank
// ("interviewkit.yaml:3"), or interviewkit itself.
type Source struct {
	Kind  Kind
	Where string
}

// MarshalText writes the source as String says it, for JSON.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s Source) String() string {
	switch s.Kind {
	case Flag:
		return "flag " + s.Where
	case Env:
		return "environment " + s.Where
	case File:
		return "settings " + s.Where
	case Bank:
		return "bank " + s.Where
	}
	return "built-in"
}

// Value is a setting's value and where it comes from; V is "" for a
// built-in value, which the caller knows.
type Value struct {
	V    string
	From Source
}

// Inputs are what Load looks at: the --config flag, the environment and
// the working folder.
type Inputs struct {
	Config string              // --config; "" when not given
	Getenv func(string) string // os.Getenv
	Dir    string              // the working folder; "" for the process's
	// Read reads the file a person names: the caller's one intake for
	// such files (regular files only, a size limit counted while reading).
	Read func(path string) ([]byte, error)
}

// Settings are a run's settings: the team's file, if any, and the
// environment, from which each setting's value is resolved with the flag
// the caller has. The zero value has neither: every setting is built in.
type Settings struct {
	// File is the team's settings file; nil when there is none.
	File *kit.TeamFile
	// Path is the file as found, Found how: flag --config, environment
	// INTERVIEWKIT_CONFIG, or File (Where "the working folder").
	Path  string
	Found Source

	dir    string // the file's folder, for its relative paths
	getenv func(string) string
}

// env is the variable's value; a zero Settings has no environment.
func (s *Settings) env(name string) string {
	if s.getenv == nil {
		return ""
	}
	return s.getenv(name)
}

// Load finds and reads the settings file: --config, else
// INTERVIEWKIT_CONFIG, else interviewkit.yaml in the working folder, else
// none. A file named by the flag or the variable must be there (ErrNoFile);
// a file with problems is a *kit.BankError listing them all.
func Load(in Inputs) (*Settings, error) {
	if in.Getenv == nil {
		in.Getenv = func(string) string { return "" }
	}
	s := &Settings{getenv: in.Getenv}
	switch {
	case in.Config != "":
		s.Path, s.Found = in.Config, Source{Flag, "--config"}
	case in.Getenv(EnvConfig) != "":
		s.Path, s.Found = in.Getenv(EnvConfig), Source{Env, EnvConfig}
	default:
		s.Path, s.Found = join(in.Dir, FileName), Source{Kind: File, Where: "the working folder"}
		if _, err := os.Lstat(s.Path); errors.Is(err, fs.ErrNotExist) {
			return &Settings{getenv: in.Getenv}, nil
		}
	}
	if in.Read == nil {
		return nil, errors.New("settings: no way to read the file")
	}
	data, err := in.Read(s.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s (%s)", ErrNoFile, s.Path, s.Found)
	}
	if err != nil {
		return nil, err
	}
	if s.File, err = kit.ParseTeamFile(data, filepath.ToSlash(s.Path)); err != nil {
		return nil, err
	}
	s.dir = filepath.Dir(s.Path)
	return s, nil
}

// fileAt is the settings file's source for a setting.
func (s *Settings) fileAt(setting string) Source {
	return Source{File, fmt.Sprintf("%s:%d", s.File.Name, s.File.Line(setting))}
}

// BankChoice is the bank to read and why.
type BankChoice struct {
	// Path is the bank's folder or file; "" for the built-in bank.
	Path string
	// Name is the bank as named where it was chosen: a name from the
	// file's banks, a path, or Builtin.
	Name string
	From Source
}

// Bank is the bank to read: the flag's (flag is --bank, "" when not
// given), else INTERVIEWKIT_BANK's, else the file's, else the built-in
// bank. Each may name a bank of the file's banks, Builtin, or a path.
func (s *Settings) Bank(flag string) BankChoice {
	switch {
	case flag != "":
		return s.namedBank(flag, Source{Flag, "--bank"}, "")
	case s.env(EnvBank) != "":
		return s.namedBank(s.env(EnvBank), Source{Env, EnvBank}, "")
	case s.File != nil && s.File.Bank != "":
		return s.namedBank(s.File.Bank, s.fileAt("bank"), s.dir)
	}
	return BankChoice{Name: Builtin}
}

// namedBank resolves a bank named at from: one of the file's banks (whose
// path is relative to the file), the built-in bank, or a path relative to
// dir ("" for the working folder).
func (s *Settings) namedBank(name string, from Source, dir string) BankChoice {
	c := BankChoice{Name: name, From: from}
	if s.File != nil {
		for _, nb := range s.File.Banks {
			if nb.Name == name {
				name, dir = nb.Path, s.dir
				break
			}
		}
	}
	if name != Builtin {
		c.Path = join(dir, name)
	}
	return c
}

// Archive is the archive's path or address: the flag's (--archive, ""
// when not given), else INTERVIEWKIT_ARCHIVE's, else the file's; "" with
// a built-in source when none says.
func (s *Settings) Archive(flag string) Value {
	switch {
	case flag != "":
		return Value{flag, Source{Flag, "--archive"}}
	case s.env(EnvArchive) != "":
		return Value{s.env(EnvArchive), Source{Env, EnvArchive}}
	case s.File != nil && s.File.Archive != "":
		v := s.File.Archive
		if !strings.Contains(v, "://") {
			v = join(s.dir, v)
		}
		return Value{v, s.fileAt("archive")}
	}
	return Value{}
}

// Paper is the paper size: the flag's (--paper, "" when not given), else
// the file's; "" with a built-in source when neither says.
func (s *Settings) Paper(flag string) Value {
	switch {
	case flag != "":
		return Value{flag, Source{Flag, "--paper"}}
	case s.File != nil && s.File.Paper != "":
		return Value{s.File.Paper, s.fileAt("paper")}
	}
	return Value{}
}

// join puts a relative path under dir; an absolute one stays.
func join(dir, path string) string {
	if dir == "" || dir == "." || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(dir, path)
}
