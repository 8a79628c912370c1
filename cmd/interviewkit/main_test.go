package main

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"interviewkit": func() {
			code := run(os.Args, os.Stdout, os.Stderr)
			writePeak() // for the hostile corpus, when it asks
			os.Exit(code)
		},
	})
}

// TestScripts runs the command-line scripts in testdata/script: flags, exit
// codes, output and the files that must or must not exist afterwards.
// Refresh golden output with `go test ./cmd/interviewkit -update`.
func TestScripts(t *testing.T) { runScripts(t, "testdata/script") }

// TestToolScripts runs the scripts that need outside programs, in
// testdata/tools: python3 fills in scoresheets as a person's spreadsheet
// program would. They run in full mode, and under CI a missing program
// fails them.
func TestToolScripts(t *testing.T) {
	testkit.NeedTools(t, "apt-get install python3", "python3")
	runScripts(t, "testdata/tools")
}

func runScripts(t *testing.T, dir string) {
	testscript.Run(t, testscript.Params{
		Dir:           dir,
		UpdateScripts: *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": exitsCmd,
		},
	})
}

// exitsCmd is the script command `exits N prog args...`: run prog and fail
// unless it exits with status N. Its output is kept for stdout/stderr checks.
func exitsCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N prog [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}
