package main

import (
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent reads the collector's GOGC setting.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

var sink []byte

func TestDeferGCCollectsOnlyOnceTheHeapGrows(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT is set, so the command leaves the collector alone")
	}
	// The heap the package's other tests leave behind counts toward the
	// limit, so the measurement runs in a test binary of its own.
	if os.Getenv("INTERVIEWKIT_GC_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeferGCCollectsOnlyOnceTheHeapGrows$", "-test.count=1")
		cmd.Env = append(os.Environ(), "INTERVIEWKIT_GC_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	// First let the hand-back of the test binary's own start finish, so it
	// cannot land in the middle of this test.
	waitForGCPercent(t, 100)
	deferGC(32 << 20)
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	before := stats.NumGC
	for range 8 { // 8 MiB of garbage: no collection
		sink = make([]byte, 1<<20)
	}
	runtime.ReadMemStats(&stats)
	if stats.NumGC != before {
		t.Fatalf("%d collections below the limit", stats.NumGC-before)
	}
	if p := gcPercent(); p != -1 {
		t.Fatalf("GOGC = %d before the first collection, want off", p)
	}
	for range 64 { // 64 MiB more: at least one collection
		sink = make([]byte, 1<<20)
	}
	runtime.ReadMemStats(&stats)
	if stats.NumGC == before {
		t.Fatal("no collection past the limit")
	}
	// The hand-back runs on the cleanup goroutine, soon after.
	waitForGCPercent(t, 100)
}

// waitForGCPercent collects until GOGC is p, as a cleanup sets it.
func waitForGCPercent(t *testing.T, p int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for gcPercent() != p {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC is %d, never %d", gcPercent(), p)
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func TestDeferGCLeavesTheUsersSettingAlone(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			debug.SetGCPercent(77)
			t.Setenv(env, "200")
			deferGC(32 << 20)
			if p := gcPercent(); p != 77 {
				t.Errorf("with %s set, GOGC became %d", env, p)
			}
		})
	}
}
