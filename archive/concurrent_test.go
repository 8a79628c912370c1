package archive

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// buildInterviewkit builds the command into a temporary folder.
func buildInterviewkit(t *testing.T) string {
	t.Helper()
	testkit.NeedTools(t, "install Go", "go")
	bin := filepath.Join(t.TempDir(), "interviewkit")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/interviewkit/interviewkit/cmd/interviewkit").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// teamFiles writes what a team collects: one-round kits, and loops whose
// interviewers each send their own copy with only their round filled in,
// so several files carry the same kit.
func teamFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	for i := range 12 {
		k := newKit(t, fmt.Sprintf("Team Candidate %02d", i), fmt.Sprintf("2026-05-%02d", 1+i), 1+i%3, uint64(700+i))
		fill := fullFill(k, i)
		if i%3 == 0 {
			files = append(files, writeFile(t, dir, fmt.Sprintf("k%02d.xlsx", i), fillWithExcelize(t, blankSheet(t, k), fill)))
			continue
		}
		for r, name := range scoresheet.RoundSheetNames(k) {
			mine := map[string]sheetFill{name: fill[name]}
			files = append(files, writeFile(t, dir, fmt.Sprintf("k%02d-round%d.xlsx", i, r+1), fillWithExcelize(t, blankSheet(t, k), mine)))
		}
	}
	return files
}

// TestConcurrentCollectProcessesLoseAndDuplicateNothing runs several
// interviewkit collect processes at once against one PostgreSQL archive,
// each over most of the same files in its own order: the archive must end
// as one clean collect into SQLite does.
func TestConcurrentCollectProcessesLoseAndDuplicateNothing(t *testing.T) {
	pg := testkit.Postgres(t)
	bin := buildInterviewkit(t)
	files := teamFiles(t, t.TempDir())
	const processes = 4
	var wg sync.WaitGroup
	outs := make([][]byte, processes)
	errs := make([]error, processes)
	for p := range processes {
		var mine []string
		for i, f := range files {
			if i%processes != p { // every file goes to three of the four
				mine = append(mine, f)
			}
		}
		if p%2 == 1 {
			slices.Reverse(mine)
		}
		wg.Go(func() {
			outs[p], errs[p] = exec.Command(bin, append([]string{"collect", "--archive", pg}, mine...)...).CombinedOutput()
		})
	}
	wg.Wait()
	for p := range processes {
		if errs[p] != nil {
			t.Errorf("collect process %d: %v\n%s", p, errs[p], outs[p])
		}
	}
	sqlite := filepath.Join(t.TempDir(), "archive.db")
	if out, err := exec.Command(bin, append([]string{"collect", "--archive", sqlite}, files...)...).CombinedOutput(); err != nil {
		t.Fatalf("collect into SQLite: %v\n%s", err, out)
	}
	export := func(archive string, args ...string) []byte {
		out, err := exec.Command(bin, append([]string{"export", "--archive", archive}, args...)...).Output()
		if err != nil {
			t.Fatalf("export %s: %v", archive, err)
		}
		return out
	}
	want, got := export(sqlite), export(pg)
	if !bytes.Equal(got, want) {
		t.Errorf("PostgreSQL after concurrent collects exports\n%s\nOne SQLite collect:\n%s", got, want)
	}
	if n := bytes.Count(want, []byte("\n")); n < 60 {
		t.Fatalf("the export has %d lines; the files were not collected", n)
	}
	// No version twice, none lost: the history (every version ever
	// archived) has as many rows as the current scores.
	if h, w := bytes.Count(export(pg, "--history"), []byte("\n")), bytes.Count(want, []byte("\n")); h != w {
		t.Errorf("PostgreSQL holds %d rows with history, %d current; a version was archived twice", h, w)
	}
	a, err := OpenExisting(pg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	mustCheck(t, a)
	var versions int
	if err := a.db.QueryRow("SELECT count(*) FROM versions").Scan(&versions); err != nil {
		t.Fatal(err)
	}
	if r := strings.Count(string(outs[0]), "\n"); versions != 24 {
		t.Errorf("%d versions archived, want 24 (one per round); first process said %d lines", versions, r)
	}
}
