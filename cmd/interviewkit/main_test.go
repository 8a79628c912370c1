package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"
)

func TestMain(m *testing.M) {
	// The tests choose their banks, settings and archives themselves; a
	// developer's own settings must not leak in. (Scripts run the binary
	// again as "interviewkit", with the environment they set.)
	if filepath.Base(os.Args[0]) != "interviewkit" {
		for _, v := range []string{settings.EnvConfig, settings.EnvBank, settings.EnvArchive} {
			os.Unsetenv(v)
		}
	}
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
	testkit.NeedTools(t, "apt-get install python3 poppler-utils", "python3", "pdftotext")
	runScripts(t, "testdata/tools")
}

func runScripts(t *testing.T, dir string) {
	examples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	fill, err := scriptFile("testdata/tools/archive.txtar", "fill.py")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           dir,
		UpdateScripts: *update,
		// $EXAMPLES holds the example banks; every script finds fill.py,
		// the Python scoresheet filler of archive.txtar, in its folder.
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			return os.WriteFile(filepath.Join(env.WorkDir, "fill.py"), fill, 0o644)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": exitsCmd,
		},
		Condition: toolCondition,
	})
}

// toolCondition is the script condition [tool:NAME]: true when the program
// is installed, and always under CI, where the command then fails rather
// than the check being skipped, as testkit.NeedTools does for tests.
func toolCondition(cond string) (bool, error) {
	name, ok := strings.CutPrefix(cond, "tool:")
	if !ok {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	if os.Getenv("CI") != "" {
		return true, nil
	}
	_, err := exec.LookPath(name)
	return err == nil, nil
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

// scriptFile is the file name held in the txtar archive at path.
func scriptFile(path, name string) ([]byte, error) {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return nil, err
	}
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, nil
		}
	}
	return nil, fmt.Errorf("%s holds no %s", path, name)
}
