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

// loadBank reads the --bank bank, or the embedded one. The embedded bank
// is the one compiled from its YAML at build time (go generate ./data),
// which loads without parsing. A user's bank is a folder of YAML files or
// a single file; either way kit reads it through intake.Dir, an fs.FS that
// opens nothing but regular files and folders, its problems are located by
// the path as given, and once parsed it is kept compiled in the user's
// cache folder until one of its files changes.
func loadBank(c *cli.Context) (*kit.Bank, error) {
	path := c.String("bank")
	if path == "" {
		b, err := kit.DecodeBank(data.Compiled)
		if err != nil {
			return nil, fmt.Errorf("the embedded bank: %w; this build is broken, rebuild after `go generate ./data`", err)
		}
		return b, nil
	}
	src, err := readBank(path)
	if err != nil {
		return nil, err
	}
	cache, _ := bankcache.Default() // none where the user has no cache folder
	return cache.Load(src)
}

// parseBank reads the --bank bank, or the embedded one, by parsing its
// YAML: what validate checks is the files, not a compiled copy.
func parseBank(c *cli.Context) (*kit.Bank, error) {
	path := c.String("bank")
	if path == "" {
		return kit.Load(data.FS, "data")
	}
	src, err := readBank(path)
	if err != nil {
		return nil, err
	}
	return src.Parse()
}

// readBank reads the files of the user's bank at path.
func readBank(path string) (*kit.Source, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef("give the path of a bank file or folder", "no bank at %s", path)
	}
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return kit.ReadSource(intake.Dir(path), filepath.ToSlash(filepath.Clean(path)))
	}
	return kit.ReadSourceFile(intake.Dir(filepath.Dir(path)), filepath.Base(path), filepath.ToSlash(path))
}
