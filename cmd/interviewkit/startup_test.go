package main

import (
	"runtime/debug"
	"testing"
)

// slowInit are modules whose package initialisers cost milliseconds on
// every run of the command, whatever it is asked to do: go-runewidth
// builds its width tables at start-up (10-30 ms here). pdfcpu's api
// package links it through form filling, which scan does not use; scan
// reads PDFs through pdfcpu's core package instead.
var slowInit = []string{"github.com/mattn/go-runewidth"}

// TestNoSlowInitialisers keeps such modules out of the command: the test
// binary links what the command links, and more.
func TestNoSlowInitialisers(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information in this binary")
	}
	for _, dep := range info.Deps {
		for _, slow := range slowInit {
			if dep.Path == slow {
				t.Errorf("%s %s is linked into the command; see slowInit", dep.Path, dep.Version)
			}
		}
	}
}
