package main

import (
	"errors"
	"io/fs"

	"github.com/interviewkit/interviewkit/data"
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

// loadBank reads the --bank bank, or the embedded one.
func loadBank(c *cli.Context) (*kit.Bank, error) {
	path := c.String("bank")
	if path == "" {
		return kit.Load(data.FS, "data")
	}
	b, err := kit.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef("give the path of a bank file or folder", "no bank at %s", path)
	}
	return b, err
}
