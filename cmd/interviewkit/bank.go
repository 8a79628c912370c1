package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// bankFlag is --bank, on every command that reads a bank.
func bankFlag() cli.Flag {
	return &cli.StringFlag{
		Name:      "bank",
		Usage:     "read the question bank from `PATH` (a YAML file or a folder of them) instead of the embedded Django bank",
		TakesFile: true,
	}
}

// loadBank reads the --bank bank, or the embedded one. A user's bank is a
// folder of YAML files or a single file; either way kit reads it through
// intake.Dir, an fs.FS that opens nothing but regular files and folders,
// and its problems are located by the path as given.
func loadBank(c *cli.Context) (*kit.Bank, error) {
	path := c.String("bank")
	if path == "" {
		return kit.Load(data.FS, "data")
	}
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef("give the path of a bank file or folder", "no bank at %s", path)
	}
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return kit.Load(intake.Dir(path), filepath.ToSlash(filepath.Clean(path)))
	}
	return kit.LoadFile(intake.Dir(filepath.Dir(path)), filepath.Base(path), filepath.ToSlash(path))
}
