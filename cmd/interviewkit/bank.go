package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/internal/bankcache"
	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// bankFlag is --bank, on every command that reads a bank.
func bankFlag() cli.Flag {
	return &cli.StringFlag{
		Name: "bank",
		Usage: "the question bank: a `PATH` (a YAML file or a folder of them), a name from the settings' banks, or " +
			settings.Builtin + " (default: $" + settings.EnvBank + ", else the settings' bank, else the built-in bank)",
		TakesFile: true,
	}
}

// loadBank reads the bank the run is set to (--bank, else
// $INTERVIEWKIT_BANK, else the settings' bank), or the embedded one. The
// embedded bank is the one compiled from its YAML at build time (go
// generate ./data), which loads without parsing. A user's bank is a folder
// of YAML files or a single file; either way kit reads it through
// intake.Dir, an fs.FS that opens nothing but regular files and folders,
// and once parsed it is kept compiled in the user's cache folder until one
// of its files changes.
func loadBank(c *cli.Context) (*kit.Bank, error) {
	s, err := teamSettings(c)
	if err != nil {
		return nil, err
	}
	return readBank(s.Bank(c.String("bank")))
}

// readBank reads the chosen bank. The embedded bank is the one compiled
// from its YAML at build time (go generate ./data), which loads without
// parsing. A user's bank is a folder of YAML files or a single file;
// either way kit reads it through an fs.FS, its problems are located by
// the path as given, and once parsed it is kept compiled in the user's
// cache folder until one of its files changes.
func readBank(choice settings.BankChoice) (*kit.Bank, error) {
	if choice.Path == "" {
		b, err := kit.DecodeBank(data.Compiled)
		if err != nil {
			return nil, fmt.Errorf("the embedded bank: %w; this build is broken, rebuild after `go generate ./data`", err)
		}
		return b, nil
	}
	src, err := readSource(choice)
	if err != nil {
		return nil, err
	}
	cache, _ := bankcache.Default() // none where the user has no cache folder
	return cache.Load(src)
}

// parseBank reads the bank the run is set to, or the embedded one, by
// parsing its YAML: what validate checks is the files, not a compiled
// copy.
func parseBank(c *cli.Context) (*kit.Bank, error) {
	s, err := teamSettings(c)
	if err != nil {
		return nil, err
	}
	choice := s.Bank(c.String("bank"))
	if choice.Path == "" {
		return kit.Load(data.FS, "data")
	}
	src, err := readSource(choice)
	if err != nil {
		return nil, err
	}
	return src.Parse()
}

// readSource reads the files of the user's bank the choice names.
func readSource(choice settings.BankChoice) (*kit.Source, error) {
	path := choice.Path
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		hint := "give the path of a bank file or folder"
		if choice.From.Kind != settings.Flag {
			hint += fmt.Sprintf(", or fix %s", choice.From)
		}
		return nil, usagef(hint, "no bank at %s (%s)", path, choice.From)
	}
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return kit.ReadSource(intake.Dir(path), filepath.ToSlash(filepath.Clean(path)))
	}
	return kit.ReadSourceFile(intake.Dir(filepath.Dir(path)), filepath.Base(path), filepath.ToSlash(path))
}
