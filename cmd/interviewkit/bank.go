package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interviewkit/interviewkit/data"
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
// $INTERVIEWKIT_BANK, else the settings' bank), or the embedded one. A
// user's bank is a folder of YAML files or a single file; either way kit
// reads it through an fs.FS, and its problems are located by the path as
// given.
func loadBank(c *cli.Context) (*kit.Bank, error) {
	s, err := teamSettings(c)
	if err != nil {
		return nil, err
	}
	return readBank(s.Bank(c.String("bank")))
}

// readBank reads the chosen bank: the embedded one, or a folder or file.
func readBank(choice settings.BankChoice) (*kit.Bank, error) {
	if choice.Path == "" {
		return kit.Load(data.FS, "data")
	}
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
		return kit.Load(os.DirFS(path), filepath.ToSlash(filepath.Clean(path)))
	}
	return kit.LoadFile(os.DirFS(filepath.Dir(path)), filepath.Base(path), filepath.ToSlash(path))
}
