package main

// Help texts and examples that name a bank's levels or rounds take them
// from the active bank (the one --bank, $INTERVIEWKIT_BANK or the settings
// choose), so a team that interviews for another role never reads another
// role's levels in its help. The bank is read only when help is asked
// for; without one, the texts say where to look.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// bankWords are the bank's words in help texts.
type bankWords struct {
	levels string // "junior, mid, senior or lead (the Django developer bank's)"
	round  string // a round on one line, as --round takes it
	row    string // a timetable row, as batch reads it
}

// genericWords name no bank's levels or rounds.
var genericWords = bankWords{
	levels: "one of the bank's levels (see `interviewkit areas`)",
	round:  "TITLE: stages=STAGES; focus=AREAS; minutes=M; interviewer=NAME",
	row:    timetableRow("LEVEL", []string{"AREA", "AREA"}),
}

// timetableRow is an example row of a timetable at level with focus.
func timetableRow(level string, focus []string) string {
	return `"Ana López",` + level + `,"` + strings.Join(focus, ",") + `",2026-03-16,09:00,"Bo Chen;Cy Diaz;;Dee Ek"`
}

// wordsOf are bank b's words.
func wordsOf(b *kit.Bank) bankWords {
	ids := b.LevelIDs()
	levels := strings.Join(ids, ", ")
	if n := len(ids); n > 1 {
		levels = strings.Join(ids[:n-1], ", ") + " or " + ids[n-1]
	}
	areas := b.AreaIDs()
	row := genericWords.row
	if len(ids) > 0 {
		row = timetableRow(ids[max(0, len(ids)-2)], areas[:min(2, len(areas))])
	}
	return bankWords{levels: fmt.Sprintf("%s (the %s bank's)", levels, b.Title), round: b.ExampleRound(), row: row}
}

// levelFlagWith is --level, naming the levels in words.
func levelFlagWith(w bankWords) cli.Flag {
	return &cli.StringFlag{Name: "level", Aliases: []string{"l"}, Usage: "role `LEVEL`: " + w.levels}
}

// loopDescription is the loop command's description, its example round
// in words.
func loopDescription(w bankWords) string {
	return "Without --plan or --round the loop is the bank's default loop for the level.\n" +
		"A round on the command line reads\n" +
		"   --round \"" + w.round + "\"\n" +
		"with keys " + kit.RoundKeys + "; a title alone\n" +
		"takes the stages of the default round or stage it names. --round rounds follow the plan's rounds;\n" +
		"--focus replaces the plan's focus. --from MANIFEST rebuilds the loop a manifest.json records,\n" +
		"with the same questions and files, from the bank (which may have changed elsewhere).\n" +
		"--dry-run shows the loop and writes nothing: a preview of the default loop."
}

// withWords are the commands with their help in w's words: copies, so the
// commands themselves stay as built.
func withWords(cmds []*cli.Command, w bankWords) []*cli.Command {
	out := make([]*cli.Command, len(cmds))
	for i, c := range cmds {
		cp := *c
		cp.Flags = slices.Clone(c.Flags)
		for j, f := range cp.Flags {
			if slices.Contains(f.Names(), "level") {
				cp.Flags[j] = levelFlagWith(w)
			}
		}
		switch cp.Name {
		case "loop":
			cp.Description = loopDescription(w)
		case "batch":
			cp.Description = batchDescription(w)
		}
		out[i] = &cp
	}
	return out
}

// helpWords are the words of the bank a help request is about: the bank
// --bank, $INTERVIEWKIT_BANK or the settings choose, read only when args
// ask for help. Any trouble reading it gives the generic words; the
// command that needs the bank reports it.
func helpWords(args []string) bankWords {
	if !wantsHelp(args) {
		return genericWords
	}
	s, err := loadSettings(argValue(args, "config"))
	if err != nil {
		return genericWords
	}
	b, err := readBank(s.Bank(argValue(args, "bank")))
	if err != nil {
		return genericWords
	}
	return wordsOf(b)
}

// wantsHelp reports whether a command line asks for help.
func wantsHelp(args []string) bool {
	for i, a := range args {
		if a == "-h" || a == "--help" || a == "-help" || (i == 0 && a == "help") {
			return true
		}
	}
	return false
}

// argValue is the value of --name in args ("--name v" or "--name=v"), or "".
func argValue(args []string, name string) string {
	for i, a := range args {
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			return v
		}
		if a == "--"+name && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}
