package main

// Shell completion and the manual page. The bash, zsh and fish scripts all
// ask the program itself what may come next (the hidden __complete
// command), so commands, flags, and the active bank's levels, focus areas
// and stages complete the same way in every shell, and a script never goes
// stale when interviewkit changes.

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// shells are the completion scripts, by shell.
var shells = map[string]string{
	"bash": `# bash completion for interviewkit; install with
#   interviewkit completion bash > ~/.local/share/bash-completion/completions/interviewkit
_interviewkit() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    COMPREPLY=($("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null))
}
complete -o default -F _interviewkit interviewkit
`,
	"zsh": `#compdef interviewkit
# zsh completion for interviewkit; install with
#   interviewkit completion zsh > "${fpath[1]}/_interviewkit"
_interviewkit() {
    local -a opts
    opts=("${(@f)$("${words[1]}" __complete "${(@)words[2,CURRENT-1]}" "${words[CURRENT]}" 2>/dev/null)}")
    if [[ -n "${opts[1]}" ]]; then
        compadd -- "${opts[@]}"
    else
        _files
    fi
}
if [[ "${funcstack[1]}" == "_interviewkit" ]]; then
    _interviewkit "$@"
else
    compdef _interviewkit interviewkit
fi
`,
	"fish": `# fish completion for interviewkit; install with
#   interviewkit completion fish > ~/.config/fish/completions/interviewkit.fish
function __interviewkit_complete
    set -l args (commandline -opc)
    set -e args[1]
    set -l out (interviewkit __complete $args (commandline -ct) 2>/dev/null)
    if test (count $out) -eq 0
        __fish_complete_path (commandline -ct)
    else
        printf '%s\n' $out
    end
end
complete -c interviewkit -f -a '(__interviewkit_complete)'
`,
}

var completionCmd = &cli.Command{
	Name:  "completion",
	Usage: "print the shell completion script for bash, zsh or fish",
	UsageText: "interviewkit completion bash|zsh|fish\n\n" +
		"   Install it once:\n" +
		"     interviewkit completion bash > ~/.local/share/bash-completion/completions/interviewkit\n" +
		"     interviewkit completion zsh > \"${fpath[1]}/_interviewkit\"\n" +
		"     interviewkit completion fish > ~/.config/fish/completions/interviewkit.fish\n" +
		"   Levels, focus areas and stages complete from the bank your settings choose.",
	Action: func(c *cli.Context) error {
		names := []string{"bash", "zsh", "fish"}
		shell := c.Args().First()
		script, ok := shells[shell]
		if !ok || c.NArg() != 1 {
			hint := "valid shells: " + strings.Join(names, ", ")
			if cl := kit.Closest(shell, names); cl != "" {
				hint = fmt.Sprintf("did you mean %q? %s", cl, hint)
			}
			return usagef(hint, "name one shell: completion bash, zsh or fish")
		}
		_, err := fmt.Fprint(c.App.Writer, script)
		return err
	},
}

var manCmd = &cli.Command{
	Name:      "man",
	Usage:     "print the manual page, in roff",
	UsageText: "interviewkit man > ~/.local/share/man/man1/interviewkit.1",
	Action: func(c *cli.Context) error {
		page, err := c.App.ToMan()
		if err != nil {
			return err
		}
		_, err = fmt.Fprint(c.App.Writer, page)
		return err
	},
}

// completeCmd answers the completion scripts: given the words typed after
// the program's name, the last being the one under the cursor, it prints
// what may come there, one a line; nothing lets the shell offer files.
var completeCmd = &cli.Command{
	Name:            "__complete",
	Hidden:          true,
	SkipFlagParsing: true,
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
	s, err := settings.Load(settings.Inputs{Config: argValue(words, "config"), Getenv: os.Getenv})
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
