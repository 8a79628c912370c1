package kit

// This file proves a bank's default loop before interview day: at every
// level the loop has rounds for, over several draws, SelectLoop fills each
// round under the same limits `loop` applies, or the round that cannot be
// filled is a problem at the line that defines it. Validation of the
// bank's files (Load) stays fast; this check draws whole loops, so
// `interviewkit validate` runs it on its own.

import (
	"errors"
	"fmt"
	"strings"
)

// LoopDraws is how many draws LoopProblems tries at each level: seeds 0 to
// LoopDraws-1, as different as two candidates' default seeds.
const LoopDraws = 24

// LoopProblems draws the bank's default loop at every level that has
// rounds, without a focus, with seeds 0 to LoopDraws-1, and reports each
// round that cannot be filled, once per level, at the line that defines
// the round: how many draws failed and why the first did, with what would
// let it fill. A level without rounds is no problem: `loop` asks for a
// plan there. None when every draw fills.
func (b *Bank) LoopProblems() []Problem {
	var out []Problem
	for _, lv := range b.Levels {
		specs, err := DefaultLoop(b, lv.ID, nil)
		if err != nil {
			continue // no round at this level
		}
		failed := map[string]int{}
		first := map[string]error{}
		var order []string
		for seed := range uint64(LoopDraws) {
			_, err := SelectLoop(b, lv.ID, nil, specs, seed)
			if err == nil {
				continue
			}
			round := ""
			var tf *TooFewError
			if errors.As(err, &tf) {
				round = tf.Round
			}
			if failed[round] == 0 {
				order = append(order, round)
				first[round] = err
			}
			failed[round]++
		}
		for _, round := range order {
			file, line := "bank", 0
			for _, s := range specs {
				if s.Title == round {
					file, line = s.File, s.Line
				}
			}
			msg := fmt.Sprintf("the default loop at level %s cannot be filled in %d of %d draws: %v", lv.ID, failed[round], LoopDraws, first[round])
			var tf *TooFewError
			if errors.As(first[round], &tf) && len(tf.Relax) > 0 {
				ways := make([]string, len(tf.Relax))
				for i, r := range tf.Relax {
					ways[i] = fmt.Sprintf("%s (%s)", r, countOf(r.Have))
				}
				msg += "; to fill it: " + strings.Join(ways, "; ")
			}
			out = append(out, Problem{File: file, Line: line, Msg: msg})
		}
	}
	return out
}
