package main

// The team's settings, as every command reads them: found once per run
// (internal/settings), then each setting resolved with the command's own
// flag, flag over environment over file over bank over built-in.

import (
	"errors"
	"fmt"
	"os"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

// configFlag is --config, on the app and on every command.
func configFlag() cli.Flag {
	return &cli.StringFlag{
		Name:      "config",
		Usage:     "read the team's settings from `FILE` (default: $" + settings.EnvConfig + ", else " + settings.FileName + " in the working folder)",
		TakesFile: true,
	}
}

// flagValue is a flag's value wherever on the command line it was given:
// on the command, or before it on the app.
func flagValue(c *cli.Context, name string) string {
	for _, x := range c.Lineage() {
		if x.IsSet(name) {
			return x.String(name)
		}
	}
	return ""
}

// settingsKey keeps the run's settings in the app's metadata.
const settingsKey = "settings"

// teamSettings are the run's settings, read once. A settings file named by
// --config or INTERVIEWKIT_CONFIG that is not there is bad usage; a file
// with problems lists them all (settingsError).
func teamSettings(c *cli.Context) (*settings.Settings, error) {
	if s, ok := c.App.Metadata[settingsKey].(*settings.Settings); ok {
		return s, nil
	}
	s, err := loadSettings(flagValue(c, "config"))
	var be *kit.BankError
	switch {
	case errors.Is(err, settings.ErrNoFile):
		return nil, &usageError{err: err, hint: "give the path of the team's settings file (YAML), or leave --config and $" + settings.EnvConfig + " out"}
	case errors.As(err, &be):
		return nil, &settingsError{be}
	case err != nil:
		return nil, err
	}
	c.App.Metadata[settingsKey] = s
	return s, nil
}

// maxSettingsFile bounds what is read of a settings file;
// kit.ParseTeamFile refuses anything past its own limit, so one byte more
// is enough to know.
const maxSettingsFile = 1<<20 + 1

// loadSettings finds and reads the settings, --config being config.
func loadSettings(config string) (*settings.Settings, error) {
	return settings.Load(settings.Inputs{Config: config, Getenv: os.Getenv,
		Read: func(path string) ([]byte, error) {
			return readSmallFile(path, maxSettingsFile, "give a settings file (interviewkit.yaml), or leave --config out")
		}})
}

// settingsError is a settings file with problems; report prints each.
type settingsError struct{ *kit.BankError }

func (e *settingsError) Unwrap() error { return e.BankError }

// policy is the team's policy with bank b.
func policy(c *cli.Context, b *kit.Bank) (kit.Policy, error) {
	s, err := teamSettings(c)
	if err != nil {
		return kit.Policy{}, err
	}
	p, _ := s.Policy(b)
	return p, nil
}

// paper is the paper size: --paper, else the settings', else A4. A paper
// the settings file names wrongly is reported at its line.
func paper(c *cli.Context) (layouts.Paper, error) {
	s, err := teamSettings(c)
	if err != nil {
		return layouts.Paper{}, err
	}
	v := s.Paper(c.String("paper"))
	if v.V == "" {
		return layouts.A4, nil
	}
	p, err := layouts.PaperNamed(v.V)
	if err != nil {
		return p, &usageError{err: fmt.Errorf("%s: %w", v.From.Where, err)}
	}
	return p, nil
}

// archivePath is the archive: --archive, else $INTERVIEWKIT_ARCHIVE, else
// the settings', else archive.DefaultPath.
func archivePath(c *cli.Context) (string, error) {
	s, err := teamSettings(c)
	if err != nil {
		return "", err
	}
	if v := s.Archive(c.String("archive")); v.V != "" {
		return v.V, nil
	}
	return archive.DefaultPath, nil
}
