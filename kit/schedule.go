package kit

import (
	"fmt"
	"time"
)

// DefaultStart is the clock time a loop's first round starts at unless the
// caller says otherwise.
const DefaultStart = 9 * time.Hour

// Slot is one round's place in the day: from Start to End, as durations
// since midnight.
type Slot struct {
	Round      int // index into Kit.Rounds
	Start, End time.Duration
}

// Schedule lays the kit's rounds out back to back from start, in loop
// order. It is the one schedule the overview prints and the loop command
// shows.
func (k *Kit) Schedule(start time.Duration) []Slot {
	out := make([]Slot, len(k.Rounds))
	at := start
	for i := range k.Rounds {
		end := at + time.Duration(k.Rounds[i].Minutes())*time.Minute
		out[i] = Slot{Round: i, Start: at, End: end}
		at = end
	}
	return out
}

// Clock writes a time of day from a duration since midnight: "09:45". A
// day that runs past midnight reads "25:10" rather than start again.
func Clock(d time.Duration) string {
	m := int(d / time.Minute)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}
