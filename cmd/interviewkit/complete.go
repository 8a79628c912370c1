package main

// What may come next on a command line, for the completion scripts: the
// hidden __complete command. It reads no more than it needs: the settings
// file, and the bank only to complete a level, focus area or stage.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/urfave/cli/v2"
)

// completeCmd answers the completion scripts: given the words typed after
// the program's name, the last being the one under the cursor, it prints
// what may come there, one a line; nothing lets the shell offer files.
var completeCmd = &cli.Command{
	Name:            "__complete",
	Hidden:          true,
	SkipFlagParsing: true,
	HideHelp:        true, // "help" and "--help" are words to complete here
	HideHelpCommand: true,
	Action: func(c *cli.Context) error {
		words := c.Args().Slice()
		cur := ""
		if len(words) > 0 {
			cur, words = words[len(words)-1], words[:len(words)-1]
		}
		for _, s := range completions(c.App, words, cur) {
			fmt.Fprintln(c.App.Writer, s)
		}
		return nil
	},
}

// completions are what may come at cur after words.
func completions(app *cli.App, words []string, cur string) []string {
	var cmd *cli.Command
	flags := app.Flags
	var prev cli.Flag // a flag waiting for its value
	for _, w := range words {
		if prev != nil {
			prev = nil
			continue
		}
		if strings.HasPrefix(w, "-") {
			if name := strings.TrimLeft(w, "-"); !strings.Contains(name, "=") {
				if f := findFlag(flags, name); f != nil && takesValue(f) {
					prev = f
				}
			}
			continue
		}
		if cmd == nil {
			if cmd = app.Command(w); cmd != nil {
				flags = append(slices.Clone(cmd.Flags), app.Flags...)
			}
		}
	}
	if name, value, ok := strings.Cut(cur, "="); ok && strings.HasPrefix(name, "--") {
		return prefixed(name+"=", flagValues(findFlag(flags, strings.TrimLeft(name, "-")), words, value))
	}
	switch {
	case prev != nil:
		return flagValues(prev, words, cur)
	case strings.HasPrefix(cur, "-"):
		var out []string
		for _, f := range flags {
			if n := "--" + f.Names()[0]; strings.HasPrefix(n, cur) {
				out = append(out, n)
			}
		}
		return out
	case cmd == nil, cmd.Name == "help":
		var out []string
		for _, c := range app.Commands {
			if !c.Hidden && strings.HasPrefix(c.Name, cur) {
				out = append(out, c.Name)
			}
		}
		return out
	case cmd.Name == "completion":
		return matching([]string{"bash", "zsh", "fish"}, cur)
	}
	return nil
}

// flagValues are the values a flag may take that start as cur does: the
// active bank's levels, areas and stages, the settings' banks, papers and
// formats; none for a path, which the shell completes.
func flagValues(f cli.Flag, words []string, cur string) []string {
	if f == nil {
		return nil
	}
	s, err := loadSettings(argValue(words, "config"))
	if err != nil {
		return nil
	}
	switch name := f.Names()[0]; name {
	case "paper":
		return matching([]string{"a4", "letter"}, cur)
	case "format":
		return matching([]string{"csv", "xlsx", "json"}, cur)
	case "bank":
		names := []string{settings.Builtin}
		if s.File != nil {
			for _, nb := range s.File.Banks {
				names = append(names, nb.Name)
			}
		}
		return matching(names, cur)
	case "level", "focus", "stage":
		b, err := readBank(s.Bank(argValue(words, "bank")))
		if err != nil {
			return nil
		}
		ids := map[string][]string{"level": b.LevelIDs(), "focus": b.AreaIDs(), "stage": b.StageIDs()}[name]
		if name == "level" {
			return matching(ids, cur)
		}
		// A comma-separated list completes its last entry.
		done, last := "", cur
		if i := strings.LastIndexByte(cur, ','); i >= 0 {
			done, last = cur[:i+1], cur[i+1:]
		}
		return prefixed(done, matching(ids, last))
	}
	return nil
}

func findFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		if slices.Contains(f.Names(), name) {
			return f
		}
	}
	return nil
}

// takesValue reports whether a flag is followed by a value.
func takesValue(f cli.Flag) bool {
	df, ok := f.(cli.DocGenerationFlag)
	return ok && df.TakesValue()
}

func matching(list []string, cur string) []string {
	var out []string
	for _, s := range list {
		if strings.HasPrefix(s, cur) {
			out = append(out, s)
		}
	}
	return out
}

func prefixed(p string, list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = p + s
	}
	return out
}
