// Command stages runs generate's work up to a stage and stops, so counting
// the instructions of each run (bench/instructions does, with valgrind)
// and subtracting gives the cost of each stage:
//
//	stages -upto init|bank|select|packet|scoresheet [-yaml]
//
// init is start-up alone; bank loads the embedded bank (the compiled one,
// or with -yaml a parse of its YAML); select chooses 12 senior questions
// and seals the kit; packet and scoresheet render them, one after the
// other, into memory. Nothing is written to disk: that is the command's
// part, timed whole by bench/process.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

var stages = []string{"init", "bank", "select", "packet", "scoresheet"}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "stages: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	upto, yaml := "", false
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "-upto":
			if i+1 < len(args) {
				upto = args[i+1]
				i++
			}
		case "-yaml":
			yaml = true
		default:
			return fmt.Errorf("unknown argument %q", args[i])
		}
	}
	last := slices.Index(stages, upto)
	if last < 0 {
		return fmt.Errorf("-upto takes one of %v", stages)
	}
	reached := func(stage string) bool { return slices.Index(stages, stage) <= last }
	if !reached("bank") {
		return nil
	}
	var b *kit.Bank
	var err error
	if yaml {
		b, err = kit.Load(data.FS, "data")
	} else {
		b, err = kit.DecodeBank(data.Compiled)
	}
	if err != nil || !reached("select") {
		return err
	}
	sel, err := kit.Select(b, kit.Criteria{Level: "senior", Count: 12, Seed: 7})
	if err != nil {
		return err
	}
	iv := kit.Interview{Candidate: "Alex Morgan", Date: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)}
	k := kit.New(b, iv, 7, []kit.Round{{Title: kit.RoundTitle(sel.Stages), Selection: *sel}}, "stages")
	if !reached("packet") {
		return nil
	}
	if err := layouts.WritePacket(io.Discard, k, 0, layouts.PacketOptions{}); err != nil || !reached("scoresheet") {
		return err
	}
	return scoresheet.Write(io.Discard, k)
}
