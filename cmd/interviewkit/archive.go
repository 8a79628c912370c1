package main

import (
	"errors"
	"strings"
	"time"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/urfave/cli/v2"
)

// archiveFlag is --archive, on every command that uses the HR archive: a
// SQLite file, or a postgres:// URL for a team's shared archive. The
// environment variable keeps a URL's password out of shell history and
// the process list; the archive prints it masked.
func archiveFlag() cli.Flag {
	return &cli.StringFlag{
		Name:        "archive",
		Aliases:     []string{"a"},
		Usage:       "the archive: a SQLite file `PATH`, or a postgres:// URL",
		DefaultText: "$" + archiveEnv + ", else the settings' archive, else " + archive.DefaultPath,
		TakesFile:   true,
	}
}

// archiveEnv names the environment variable that gives the archive; the
// settings (archivePath) read it after --archive and before the file.
const archiveEnv = settings.EnvArchive

// The archive's schema_version table records which interviewkit migrated it.
func init() { archive.ToolVersion = version }

// openArchive opens the archive the run is set to (archivePath), which
// must exist.
func openArchive(c *cli.Context) (*archive.Archive, error) {
	path, err := archivePath(c)
	if err != nil {
		return nil, err
	}
	a, err := archive.OpenExisting(path)
	if errors.Is(err, archive.ErrNoArchive) {
		return nil, &hintedError{err: err, hint: "collect scoresheets first (`interviewkit collect DIR`), or give the archive with --archive PATH"}
	}
	return a, archiveError(err)
}

// archiveError gives an --archive that is not an archive its likely fix;
// the file itself was left as it was.
func archiveError(err error) error {
	if errors.Is(err, archive.ErrNotArchive) {
		return &hintedError{err: err, hint: "--archive names the archive's own file (default " + archive.DefaultPath + "); the file given was left as it is"}
	}
	return err
}

// dateFlag reads a YYYY-MM-DD flag; "" when it is not set.
func dateFlag(c *cli.Context, name string) (string, error) {
	d := strings.TrimSpace(c.String(name))
	if d == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return "", usagef("write the date as YYYY-MM-DD, e.g. 2025-03-14", "--%s %q is not a date", name, d)
	}
	return d, nil
}
