package main

// This file sets the garbage collector for a run of the command. A run is
// short: a kit, a loop or a listing allocates a few tens of megabytes and
// exits, and collecting garbage that the exit would free anyway cost a
// third of a kit's instructions. So the collector waits until the heap
// reaches gcStartHeap; at its first collection it goes back to Go's usual
// pacing (GOGC=100) for the rest of the run, so a large run (a 200-question
// packet, a big archive) never collects over and over near a limit. GOGC or
// GOMEMLIMIT set in the environment win over all of this.

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

// gcStartHeap is the heap size of the run's first collection: above what a
// 12-question kit or a default loop allocates in all.
const gcStartHeap = 64 << 20

func init() { deferGC(gcStartHeap) }

// deferGC turns the collector off until the heap reaches limit bytes, then
// back to its usual pacing.
func deferGC(limit int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(limit)
	// The cleanup of an object nothing refers to runs after the first
	// collection: the moment to hand pacing back.
	runtime.AddCleanup(new([64]byte), func(int) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}, 0)
}
