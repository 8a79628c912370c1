//go:build unix

package main

// The hostile corpus: every command given what an attacker, a broken
// program or a careless colleague would give it. Each case runs the real
// command in a folder of its own and asserts the exit code and the message;
// that no panic or stack trace reached the user; that it finished (a hang
// is killed and fails the case) within bounded memory; that no temporary
// file was left; and that nothing in the folder changed but what the case
// allows, by hashing every file before and after. The cases live in
// hostile_*_test.go, by way in: banks, names and flags, plans and
// manifests, the archive.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostile is one case of the corpus.
type hostile struct {
	name string
	// cmd is the command the case attacks, for the corpus's coverage.
	cmd string
	// setup prepares the case's folder, the command's working folder.
	setup          func(t *testing.T, dir string)
	args           []string
	code           int    // the exit code wanted
	err            string // a regexp stderr must match; "" wants stderr empty
	out            string // a regexp stdout must match, when set
	notOut, notErr string // regexps stdout and stderr must not match, when set
	// changes are the paths, relative to the folder, that may change or
	// appear; everything else must be left byte for byte.
	changes []string
	// rssMB bounds the command's peak memory; 0 is defaultRSS.
	rssMB int64
	// run replaces the single command for cases of several at once; it
	// returns each command's result for the usual checks.
	run func(t *testing.T, dir string) []ran
	// after checks anything else once the command ran.
	after func(t *testing.T, dir string, r ran)
}

// ran is a finished command: exit code, output, peak memory.
type ran struct {
	code           int
	stdout, stderr string
	rssMB          int64
}

const (
	defaultRSS  = 150 // MB; the embedded bank and a kit need about 30
	caseTimeout = 90 * time.Second
)

// TestHostileInput runs the corpus. It runs the built command about 160
// times, so it is left out of -short.
func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("the hostile corpus runs the command about 160 times; skipped with -short")
	}
	cases := hostileCases(t)
	for _, c := range cases {
		t.Run(c.cmd+"/"+c.name, func(t *testing.T) {
			t.Parallel()
			runHostile(t, c)
		})
	}
}

// hostileCases is the whole corpus.
func hostileCases(t *testing.T) []hostile {
	var all []hostile
	for _, part := range [][]hostile{bankCases(t), cacheCases(t), flagCases(t), loopCases(t), archiveCases(t), scanCases(t)} {
		all = append(all, part...)
	}
	return all
}

// TestHostileCorpusCoversEveryCommand keeps the corpus honest: at least
// 100 cases, every command attacked, no two cases of one name.
func TestHostileCorpusCoversEveryCommand(t *testing.T) {
	cases := hostileCases(t)
	if len(cases) < 100 {
		t.Errorf("the corpus has %d cases; it needs at least 100", len(cases))
	}
	seen := map[string]bool{}
	per := map[string]int{}
	for _, c := range cases {
		key := c.cmd + "/" + c.name
		if seen[key] {
			t.Errorf("two cases named %s", key)
		}
		seen[key] = true
		per[c.cmd]++
	}
	for _, cmd := range []string{"generate", "loop", "plan", "questions", "areas", "validate", "collect", "export", "report", "purge", "copy-archive", "batch", "scan"} {
		if per[cmd] == 0 {
			t.Errorf("no case attacks %s", cmd)
		}
	}
	t.Logf("%d cases: %v", len(cases), per)
}

var stackTrace = regexp.MustCompile(`panic:|goroutine \d+ \[|runtime error|internal error`)

func runHostile(t *testing.T, c hostile) {
	dir := t.TempDir()
	if c.setup != nil {
		c.setup(t, dir)
	}
	before := treeHashes(t, dir)
	var results []ran
	if c.run != nil {
		results = c.run(t, dir)
	} else {
		results = []ran{command(t, dir, c.args...)}
	}
	for _, r := range results {
		if stackTrace.MatchString(r.stdout + r.stderr) {
			t.Errorf("a stack trace reached the user:\n%s%s", r.stdout, r.stderr)
		}
		if limit := orDefault(c.rssMB, defaultRSS); r.rssMB > limit {
			t.Errorf("peak memory %d MB; the limit is %d MB", r.rssMB, limit)
		}
	}
	r := results[0]
	t.Logf("exit %d, peak memory %d MB", r.code, r.rssMB)
	if r.code != c.code {
		t.Errorf("exit code %d; want %d\nstdout:\n%s\nstderr:\n%s", r.code, c.code, r.stdout, r.stderr)
	}
	match(t, "stderr", r.stderr, c.err, true)
	if c.out != "" {
		match(t, "stdout", r.stdout, c.out, true)
	}
	if c.notOut != "" {
		match(t, "stdout", r.stdout, c.notOut, false)
	}
	if c.notErr != "" {
		match(t, "stderr", r.stderr, c.notErr, false)
	}
	after := treeHashes(t, dir)
	checkTree(t, before, after, c.changes)
	if c.after != nil {
		c.after(t, dir, r)
	}
}

func orDefault(v, def int64) int64 {
	if v == 0 {
		return def
	}
	return v
}

// match wants s to match re (or not to); an empty re wants s empty.
func match(t *testing.T, what, s, re string, want bool) {
	t.Helper()
	if re == "" {
		if s != "" && want {
			t.Errorf("%s should be empty:\n%s", what, s)
		}
		return
	}
	if regexp.MustCompile(re).MatchString(s) != want {
		verb := "does not match"
		if !want {
			verb = "matches"
		}
		t.Errorf("%s %s %q:\n%s", what, verb, re, s)
	}
}

// command runs interviewkit in dir with a timeout, as a person would.
func command(t *testing.T, dir string, args ...string) ran {
	t.Helper()
	r, err := runCommand(dir, args...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// runCommand is command without a test: a hang or a failure to start is
// the error.
func runCommand(dir string, args ...string) (ran, error) {
	ctx, cancel := context.WithTimeout(context.Background(), caseTimeout)
	defer cancel()
	peak, err := os.CreateTemp("", "interviewkit-peak-")
	if err != nil {
		return ran{}, err
	}
	peak.Close()
	defer os.Remove(peak.Name())
	cmd := exec.CommandContext(ctx, "interviewkit", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", peakEnv+"="+peak.Name(), "XDG_CACHE_HOME="+cacheHome(dir))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &limited{b: &stdout}, &limited{b: &stderr}
	err = cmd.Run()
	if ctx.Err() != nil {
		return ran{}, fmt.Errorf("interviewkit %s did not finish in %s: it hangs", clip(strings.Join(args, " "), 200), caseTimeout)
	}
	r := ran{stdout: stdout.String(), stderr: stderr.String()}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			return r, fmt.Errorf("running interviewkit: %v", err)
		}
		r.code = ee.ExitCode()
	}
	r.rssMB = readPeak(peak.Name())
	return r, nil
}

// peakEnv names the file a command run by the corpus writes its peak
// memory to. The kernel's own count for a child (rusage) starts from the
// test process's memory, which a child shares until it runs, so the child
// reads its own high-water mark instead.
const peakEnv = "INTERVIEWKIT_TEST_PEAK"

// writePeak writes the process's peak resident memory, in kB, to the file
// peakEnv names, where /proc has it.
func writePeak() {
	path := os.Getenv(peakEnv)
	if path == "" {
		return
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			os.WriteFile(path, []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))), 0o644)
		}
	}
}

// readPeak reads what writePeak wrote, in MB; 0 when nothing was.
func readPeak(path string) int64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	var kb int64
	fmt.Sscan(string(b), &kb)
	return kb >> 10
}

// execCommand is the command for dir, unstarted, for a case that kills it.
func execCommand(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("interviewkit", args...)
	cmd.Dir = dir
	return cmd
}

// sleepBriefly waits a little while polling for something to appear.
func sleepBriefly() { time.Sleep(5 * time.Millisecond) }

// limited keeps the first megabyte of output: a command that floods its
// output fails its case without flooding the test's memory.
type limited struct{ b *bytes.Buffer }

func (l *limited) Write(p []byte) (int, error) {
	if room := 1<<20 - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// treeHashes maps every path under dir to what it is: a regular file's
// SHA-256, a link's target, or the kind of anything else. Nothing but
// regular files is opened.
func treeHashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			m[rel] = "link " + target
			return err
		case d.Type().IsRegular():
			b, err := os.ReadFile(p)
			sum := sha256.Sum256(b)
			m[rel] = hex.EncodeToString(sum[:])
			return err
		case d.IsDir():
			m[rel] = "folder"
		default:
			m[rel] = d.Type().String()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkTree wants after to equal before but under the allowed paths, and
// no temporary file of interviewkit's anywhere.
func checkTree(t *testing.T, before, after map[string]string, allowed []string) {
	t.Helper()
	ok := func(p string) bool {
		return slices.ContainsFunc(allowed, func(a string) bool {
			// The path itself, what is in it, and what sits beside it
			// under its name (a kept "out.replaced-...", "hr.db-wal").
			return p == a || strings.HasPrefix(p, a+string(filepath.Separator)) || strings.HasPrefix(p, a+".") || strings.HasPrefix(p, a+"-")
		})
	}
	for p, h := range before {
		if after[p] != h && !ok(p) {
			t.Errorf("%s changed (or went); it must be left as it was", p)
		}
	}
	for p := range after {
		if strings.Contains(p, ".interviewkit-tmp-") {
			t.Errorf("a temporary file was left: %s", p)
		}
		if _, was := before[p]; !was && !ok(p) {
			t.Errorf("%s appeared", p)
		}
	}
}

// Helpers for setting a case's folder up.

func put(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func putString(t *testing.T, dir, name, s string) string { return put(t, dir, name, []byte(s)) }

func fifo(t *testing.T, dir, name string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
}

func link(t *testing.T, dir, target, name string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, p); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// sparse makes a file of size bytes that takes no room on disk: stat says
// it is large, and reading it gives zeros.
func sparse(t *testing.T, dir, name string, size int64) {
	t.Helper()
	p := putString(t, dir, name, "")
	if err := os.Truncate(p, size); err != nil {
		t.Fatal(err)
	}
}

// copyTree copies the regular files under src into dir/name.
func copyTree(t *testing.T, src, dir, name string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		put(t, dir, filepath.Join(name, rel), b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// wantFile wants the file at dir/name to hold data.
func wantFile(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("%s: %d bytes, %v; want the %d bytes it held", name, len(got), err, len(data))
	}
}

// globOne is the one path matching pattern under dir.
func globOne(t *testing.T, dir, pattern string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(m) != 1 {
		t.Fatalf("%s matches %v (%v); want one", pattern, m, err)
	}
	return m[0]
}

func repeat(s string, n int) string { return strings.Repeat(s, n) }

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
