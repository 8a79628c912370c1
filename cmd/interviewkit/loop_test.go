package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// runLoop runs `interviewkit loop` with args and returns the loop's folder.
func runLoop(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"interviewkit", "loop"}, args...), &stdout, &stderr); code != 0 {
		t.Fatalf("loop %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	}
	var out string
	for i, a := range args {
		if a == "--out" {
			out = args[i+1]
		}
	}
	dirs, err := os.ReadDir(out)
	if err != nil || len(dirs) != 1 {
		t.Fatalf("loop wrote %v in %s (%v), want one folder", dirs, out, err)
	}
	return filepath.Join(out, dirs[0].Name())
}

func readManifest(t *testing.T, dir string) kit.Manifest {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, kitfolder.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := kit.DecodeManifest(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestLoopFromManifestRebuildsTheSameFiles(t *testing.T) {
	tmp := t.TempDir()
	first := runLoop(t, "--candidate", "Zoë Nguyễn", "--level", "senior", "--focus", "orm,security", "--date", "2026-03-14",
		"--paper", "letter", "--round", "Django core: interviewer=Ana López", "--round", "Advanced Django: focus=security,apis; interviewer=Bob",
		"--round", "System design and practical", "--out", filepath.Join(tmp, "a"))
	again := runLoop(t, "--from", filepath.Join(first, kitfolder.ManifestName), "--out", filepath.Join(tmp, "b"))
	if filepath.Base(first) != filepath.Base(again) {
		t.Fatalf("rebuilt folder %s, want %s (same kit ID)", filepath.Base(again), filepath.Base(first))
	}
	files, err := os.ReadDir(first)
	if err != nil {
		t.Fatal(err)
	}
	handouts := 0 // one beside each packet whose round gives the candidate material
	for _, f := range files {
		if strings.HasSuffix(f.Name(), "-handout.pdf") {
			handouts++
		}
	}
	if len(files) != 3+4+handouts || handouts == 0 { // overview, 3 packets, scoresheet, manifest, layout, handouts
		t.Errorf("%d files with %d handouts, want 7 and the handouts, and a handout for System design and practical", len(files), handouts)
	}
	for _, f := range files {
		a, err := os.ReadFile(filepath.Join(first, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(again, f.Name()))
		if err != nil {
			t.Fatalf("the rebuilt loop lacks %s: %v", f.Name(), err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs when rebuilt from the manifest", f.Name())
		}
	}
}

func TestLoopFromManifestOfAnotherBank(t *testing.T) {
	tmp := t.TempDir()
	dir := runLoop(t, "--candidate", "Ana", "--level", "mid", "--date", "2026-03-14", "--out", filepath.Join(tmp, "a"))
	path := filepath.Join(dir, kitfolder.ManifestName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The manifest says the loop's first question read otherwise when the
	// loop was made: this bank edited it since.
	m := readManifest(t, dir)
	id := m.Rounds[0].Questions[0]
	was := []byte(fmt.Sprintf("%q: %q", id, m.Bank.Questions[id]))
	if err := os.WriteFile(path, bytes.Replace(data, was, []byte(fmt.Sprintf("%q: %q", id, "000000000000")), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"interviewkit", "loop", "--from", path, "--out", filepath.Join(tmp, "b")}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "bank changed since the manifest was made") ||
		!strings.Contains(stderr.String(), id+" edited") ||
		!strings.Contains(stderr.String(), "hint: rebuild it with the bank it was made from") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(tmp, "b")); err == nil {
		t.Error("a refused rebuild wrote a folder")
	}
}

// TestLoopWritesWhatItRecords runs the command end to end, documents and
// all, and reads back what it recorded: no question is in two rounds,
// every round has its packet, the folder is named after the kit. That
// SelectLoop never repeats a question is proven in kit over hundreds of
// loops, and the folder's names in internal/kitfolder; -short runs two
// representative loops here, the full run every level and focus with six
// seeds each.
func TestLoopWritesWhatItRecords(t *testing.T) {
	type loopArgs struct {
		level, focus string
		seed         int
	}
	cases := []loopArgs{{"senior", "orm,security,apis", 7919}, {"junior", "", 2 * 7919}}
	if !testing.Short() {
		cases = nil
		for _, level := range []string{"junior", "mid", "senior", "lead"} {
			for _, focus := range []string{"", "orm,security,apis", "testing,performance"} {
				for seed := 1; seed <= 6; seed++ {
					cases = append(cases, loopArgs{level, focus, seed * 7919})
				}
			}
		}
	}
	for _, lc := range cases {
		out := filepath.Join(t.TempDir(), "out")
		args := []string{"--candidate", "Ana", "--level", lc.level, "--date", "2026-03-14", "--seed", fmt.Sprint(lc.seed), "--out", out}
		if lc.focus != "" {
			args = append(args, "--focus", lc.focus)
		}
		dir := runLoop(t, args...)
		m := readManifest(t, dir)
		seen := map[string]string{}
		for i, r := range m.Rounds {
			if len(r.Questions) == 0 {
				t.Errorf("%+v: round %q has no questions", lc, r.Title)
			}
			for _, id := range r.Questions {
				if prev, dup := seen[id]; dup {
					t.Errorf("%+v: %s is in rounds %q and %q", lc, id, prev, r.Title)
				}
				seen[id] = r.Title
			}
			packet := fmt.Sprintf("ana-%02d-%s-packet.pdf", i+1, kit.Slug(r.Title, "round"))
			if info, err := os.Stat(filepath.Join(dir, packet)); err != nil || info.Size() == 0 {
				t.Errorf("%+v: round %q: no packet: %v", lc, r.Title, err)
			}
		}
		if !strings.HasSuffix(dir, m.KitID) || m.Paper != "a4" {
			t.Errorf("folder %s, manifest kit %s paper %s", dir, m.KitID, m.Paper)
		}
	}
	t.Logf("%d loops, no repeats", len(cases))
}

// BenchmarkLoopCommand makes a default senior loop as the command does,
// without the disk: choose the questions, then render the overview, every
// packet, the scoresheet and the manifest in memory, at once.
func BenchmarkLoopCommand(b *testing.B) {
	bank := testkit.Bank(b)
	iv := kit.Interview{Candidate: "Zoë Nguyễn", Date: testkit.Date}
	focusIDs := []string{"orm", "security", "apis"}
	focus, err := bank.ResolveAreas(focusIDs)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		specs, err := kit.DefaultLoop(bank, "senior", focusIDs)
		if err != nil {
			b.Fatal(err)
		}
		rounds, err := kit.SelectLoop(bank, "senior", focusIDs, specs, 42)
		if err != nil {
			b.Fatal(err)
		}
		k := kit.New(bank, iv, 42, rounds, version)
		files, err := kitfolder.Loop("out", k, focus, focusIDs, documents{layouts.A4}).Render()
		if err != nil {
			b.Fatal(err)
		}
		if len(files) != len(k.Rounds)+3 {
			b.Fatalf("%d files", len(files))
		}
	}
}
