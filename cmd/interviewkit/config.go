package main

// The config command prints every setting in effect and where it comes
// from (a flag, the environment, the settings file and its line, the bank,
// or interviewkit itself), so a team can see why a packet says what it
// says before it prints one.

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/urfave/cli/v2"
)

var configCmd = &cli.Command{
	Name:  "config",
	Usage: "show every setting in effect and where it comes from",
	UsageText: "interviewkit config [--config FILE] [--bank PATH] [--archive PATH] [--paper a4|letter] [--json]\n\n" +
		"   Settings come from flags, then the environment ($" + settings.EnvBank + ", $" + settings.EnvArchive + "),\n" +
		"   then the team's settings file (--config, $" + settings.EnvConfig + ", or " + settings.FileName + " in the\n" +
		"   working folder), then the bank (its rating names), then interviewkit's own defaults.",
	Flags: []cli.Flag{bankFlag(), archiveFlag(), &cli.StringFlag{Name: "paper", Usage: "`PAPER` size: a4 or letter"}, jsonFlag()},
	Action: func(c *cli.Context) error {
		s, err := teamSettings(c)
		if err != nil {
			return err
		}
		list, bankErr := effective(c, s)
		if c.Bool("json") {
			if err := writeConfigJSON(c.App.Writer, s, list); err != nil {
				return err
			}
		} else if err := configTable(c.App.Writer, s, list); err != nil {
			return err
		}
		return bankErr
	},
}

// effective lists every setting in effect. The bank is read for its title
// and its rating names; when it cannot be, the list says so and the error
// is returned after it.
func effective(c *cli.Context, s *settings.Settings) ([]settings.Setting, error) {
	choice := s.Bank(c.String("bank"))
	bank := choice.Name
	if choice.Path != "" && choice.Path != choice.Name {
		bank += " = " + choice.Path
	}
	b, bankErr := readBank(choice)
	if bankErr == nil {
		bank += fmt.Sprintf(" (%s bank, version %s)", b.Title, b.Version)
	} else {
		bank += " (cannot be read; see below)"
	}
	list := []settings.Setting{{Name: "bank", Value: bank, From: choice.From}}
	if s.File != nil {
		for _, nb := range s.File.Banks {
			list = append(list, settings.Setting{Name: "banks." + nb.Name, Value: nb.Path,
				From: settings.Source{Kind: settings.File, Where: fmt.Sprintf("%s:%d", s.File.Name, nb.Line)}})
		}
	}
	arch := s.Archive(c.String("archive"))
	if arch.V == "" {
		arch.V = archive.DefaultPath
	}
	pp := s.Paper(c.String("paper"))
	if pp.V == "" {
		pp.V = "a4"
	}
	list = append(list, settings.Setting{Name: "archive", Value: archive.Redact(arch.V), From: arch.From},
		settings.Setting{Name: "paper", Value: pp.V, From: pp.From})
	if bankErr != nil {
		b = nil
	}
	_, pol := s.Policy(b)
	list = append(list, pol...)
	if _, err := paper(c); err != nil {
		return list, err
	}
	return list, bankErr
}

// fileLine says which settings file is read and how it was found.
func fileLine(s *settings.Settings) string {
	if s.File == nil {
		return fmt.Sprintf("Settings file: none (give one with --config or $%s, or write %s in the working folder)",
			settings.EnvConfig, settings.FileName)
	}
	return fmt.Sprintf("Settings file: %s (%s)", s.Path, howFound(s))
}

// howFound says how the settings file was found.
func howFound(s *settings.Settings) string {
	switch s.Found.Kind {
	case settings.Flag:
		return "named by --config"
	case settings.Env:
		return "named by $" + settings.EnvConfig
	}
	return "found in the working folder"
}

func configTable(w io.Writer, s *settings.Settings, list []settings.Setting) error {
	fmt.Fprintln(w, fileLine(s))
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SETTING\tVALUE\tFROM")
	for _, st := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", st.Name, st.Value, st.From)
	}
	return tw.Flush()
}

func writeConfigJSON(w io.Writer, s *settings.Settings, list []settings.Setting) error {
	out := struct {
		File     string             `json:"file"`
		Found    string             `json:"found"`
		Settings []settings.Setting `json:"settings"`
	}{Settings: list}
	if s.File != nil {
		out.File, out.Found = s.Path, howFound(s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
