package kit

// This file lays a loop's rounds out in the day: back to back from the
// policy's start, with the policy's breaks between rounds. A break is taken
// at the round end nearest its time, the earlier one when two are as near.
// The start of the day and its end count as places too: a break nearer the
// start than the first round's end is before the loop and is not taken,
// and one nearer the end of the last round than any round end before it is
// after the loop. So a morning loop keeps its lunch for the afternoon, and
// a loop that runs across noon breaks for lunch between two rounds.

import (
	"fmt"
	"time"
)

// Slot is one round's place in the day: from Start to End, as durations
// since midnight.
type Slot struct {
	Round      int // index into Kit.Rounds
	Start, End time.Duration
}

// BreakSlot is one break's place in the day: after round After (an index
// into Kit.Rounds), from Start to End.
type BreakSlot struct {
	Break
	After      int
	Start, End time.Duration
}

// Schedule lays the kit's rounds out from start, in loop order, with the
// policy's breaks between them (Breaks says where). It is the one schedule
// the overview prints and the loop command shows.
func (k *Kit) Schedule(start time.Duration) []Slot {
	slots, _ := k.day(start)
	return slots
}

// Breaks is where the policy's breaks fall in the day that Schedule lays
// out from start: each after the round whose end is nearest its time.
func (k *Kit) Breaks(start time.Duration) []BreakSlot {
	_, breaks := k.day(start)
	return breaks
}

// day lays out rounds and breaks together.
func (k *Kit) day(start time.Duration) ([]Slot, []BreakSlot) {
	out := make([]Slot, len(k.Rounds))
	var breaks []BreakSlot
	pending := k.Policy.Breaks
	length := func(i int) time.Duration { return time.Duration(k.Rounds[i].Minutes()) * time.Minute }
	at := start
	for i := range k.Rounds {
		out[i] = Slot{Round: i, Start: at, End: at + length(i)}
		at = out[i].End
		if i == len(k.Rounds)-1 {
			break // breaks still pending fall after the loop
		}
		for i == 0 && len(pending) > 0 && 2*pending[0].At <= start+at {
			pending = pending[1:] // nearer the start: before the loop
		}
		for len(pending) > 0 && pending[0].At-at <= at+length(i+1)-pending[0].At {
			b := pending[0]
			pending = pending[1:]
			bs := BreakSlot{Break: b, After: i, Start: at, End: at + time.Duration(b.Minutes)*time.Minute}
			breaks = append(breaks, bs)
			at = bs.End
		}
	}
	return out, breaks
}

// Clock writes a time of day from a duration since midnight: "09:45". A
// day that runs past midnight reads "25:10" rather than start again.
func Clock(d time.Duration) string {
	m := int(d / time.Minute)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}
