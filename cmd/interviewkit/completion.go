package main

// Shell completion and the manual page. The bash, zsh and fish scripts all
// ask the program itself what may come next (the hidden __complete
// command), so commands, flags, and the active bank's levels, focus areas
// and stages complete the same way in every shell, and a script never goes
// stale when interviewkit changes.

import (
	"fmt"
	"strings"

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
		page, err := c.App.ToManWithSection(1)
		if err != nil {
			return err
		}
		_, err = fmt.Fprint(c.App.Writer, page)
		return err
	},
}
