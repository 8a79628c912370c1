package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// Environment of the collect helper process.
const (
	envHelper = "INTERVIEWKIT_ARCHIVE_COLLECT_HELPER" // the archive path
	envFiles  = "INTERVIEWKIT_ARCHIVE_FILES"          // the folder to collect
	envKillAt = "INTERVIEWKIT_ARCHIVE_KILL_AT"        // kill itself after this many rounds are written
)

func TestMain(m *testing.M) {
	if path := os.Getenv(envHelper); path != "" {
		os.Exit(collectHelper(path))
	}
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// collectHelper collects a folder into the archive at path, as the collect
// command does. With envKillAt it kills itself, without warning, inside the
// transaction of a file, after that many rounds have been written.
func collectHelper(path string) int {
	if n, err := strconv.Atoi(os.Getenv(envKillAt)); err == nil {
		written := 0
		testHookRoundStored = func(string, int) {
			if written++; written == n {
				p, _ := os.FindProcess(os.Getpid())
				p.Kill()
				time.Sleep(time.Minute)
			}
		}
	}
	a, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer a.Close()
	files, _ := Files([]string{os.Getenv(envFiles)})
	err = a.CollectFiles(context.Background(), files, func(r Result) {
		if r.Err != nil {
			fmt.Fprintln(os.Stderr, r.Source, r.Err)
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// helper starts the collect helper on dir.
func helper(t *testing.T, db, dir string, killAt int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envHelper+"="+db, envFiles+"="+dir)
	if killAt > 0 {
		cmd.Env = append(cmd.Env, envKillAt+"="+strconv.Itoa(killAt))
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// killedFiles writes n filled three-round scoresheets into a folder.
func killedFiles(t *testing.T, n, rounds int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		k := newKit(t, fmt.Sprintf("Killed %03d", i), "2026-05-04", rounds, uint64(300+i))
		writeFile(t, dir, fmt.Sprintf("k%03d.xlsx", i), fillWithExcelize(t, blankSheet(t, k), fullFill(k, i)))
	}
	return dir
}

// countKits returns how many kits the archive at path holds.
func countKits(t *testing.T, a *Archive) int {
	t.Helper()
	var n int
	if err := a.db.QueryRow("SELECT count(*) FROM kits").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestKilledInsideTransactionLeavesArchiveConsistent kills a collect
// between two rounds of one file: the file's earlier rounds were written
// but not committed, so the kit must be wholly absent afterwards.
func TestKilledInsideTransactionLeavesArchiveConsistent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		const files, rounds = 8, 3
		dir := killedFiles(t, files, rounds)
		db := b.archive(t)
		cmd := helper(t, db, dir, 4*rounds+2) // file 5, after its second round
		err := cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Success() {
			t.Fatalf("the helper was meant to be killed; it ended with %v", err)
		}
		a, err := OpenExisting(db)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		mustCheck(t, a)
		if n := countKits(t, a); n != 4 {
			t.Errorf("%d kits after the kill, want the 4 files committed before it", n)
		}
		// Collecting again finishes the job: the 4 are unchanged.
		paths, _ := Files([]string{dir})
		counts := map[Status]int{}
		for _, r := range collectAll(t, a, paths...) {
			counts[r.Status]++
		}
		if counts[Unchanged] != 4 || counts[Archived] != files-4 {
			t.Errorf("collect after the kill: %v", counts)
		}
		mustCheck(t, a)
	})
}

// TestKilledAtRandomLeavesArchiveConsistent kills a collect of many files
// from outside at an arbitrary moment.
func TestKilledAtRandomLeavesArchiveConsistent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		if testing.Short() {
			t.Skip("writes 200 scoresheets")
		}
		const files = 200
		dir := killedFiles(t, files, 2)
		db := b.archive(t)
		cmd := helper(t, db, dir, 0)
		// Wait until some kits are in, then kill.
		var a *Archive
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
			if a == nil {
				var err error
				if a, err = OpenExisting(db); errors.Is(err, ErrNoArchive) {
					continue
				} else if err != nil {
					t.Fatal(err)
				}
				defer a.Close()
			}
			var n int
			if a.db.QueryRow("SELECT count(*) FROM kits").Scan(&n); n >= 20 {
				break
			}
		}
		cmd.Process.Kill()
		cmd.Wait()
		if a == nil {
			t.Fatal("the helper never created the archive")
		}
		mustCheck(t, a)
		n := countKits(t, a)
		t.Logf("killed after %d of %d files", n, files)
		if n == 0 || n == files {
			t.Logf("the kill landed outside the collect; the check above still holds")
		}
	})
}
