package kitfolder_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// fakeDocs stands in for layouts: each document is one line saying what
// it is, so a test sees which document went into which file.
type fakeDocs struct {
	fail    string // a document kind that fails: "packet", "overview" or "scoresheet"
	panics  bool
	calls   atomic.Int32
	barrier *sync.WaitGroup // when set, every document waits for all to start
}

var errRender = errors.New("cannot be printed")

func (f *fakeDocs) doc(w io.Writer, kind, what string) error {
	f.calls.Add(1)
	if f.barrier != nil {
		f.barrier.Done()
		done := make(chan struct{})
		go func() { f.barrier.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(time.Minute): // a guard against a hang, not a timing
			return errors.New("files were rendered one after another, not at once")
		}
	}
	if f.panics && kind == f.fail {
		panic("renderer bug")
	}
	if kind == f.fail {
		return errRender
	}
	_, err := fmt.Fprintf(w, "%s %s", kind, what)
	return err
}

func (f *fakeDocs) Packet(w io.Writer, k *kit.Kit, i int) (*form.Document, error) {
	if err := f.doc(w, "packet", k.Rounds[i].Title); err != nil {
		return nil, err
	}
	return fakeLayout(k, i), nil
}

// fakeLayout is a one-page layout of round i's packet: its cover.
func fakeLayout(k *kit.Kit, i int) *form.Document {
	paper := form.Size{W: 215.9, H: 279.4}
	return &form.Document{Version: form.Version, KitID: k.ID, Round: i + 1, Paper: paper,
		Pages: []form.Page{{Number: 1, Code: form.CodeTopRight(paper), Marks: form.Marks(paper)}}}
}

func (f *fakeDocs) Handout(w io.Writer, k *kit.Kit, i int) error {
	return f.doc(w, "handout", k.Rounds[i].Title)
}

func (f *fakeDocs) Overview(w io.Writer, k *kit.Kit, focus []kit.Area) error {
	return f.doc(w, "overview", fmt.Sprint(len(focus)))
}

func (f *fakeDocs) Scoresheet(w io.Writer, k *kit.Kit) error { return f.doc(w, "scoresheet", k.ID) }

func (f *fakeDocs) Paper() string { return "letter" }

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestKitFolderNamesAndFiles(t *testing.T) {
	k := testkit.BankKit(t, "mid", 4, "Zoë O'Brien-Łukasiewicz")
	out := filepath.Join(t.TempDir(), "kits")
	paths, err := kitfolder.Kit(out, k, &fakeDocs{}).Write(false)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(out, "zoe-obrien-lukasiewicz-2026-03-14-"+k.ID)
	want := []string{filepath.Join(dir, "zoe-obrien-lukasiewicz-packet.pdf"), filepath.Join(dir, "zoe-obrien-lukasiewicz-scoresheet.xlsx"),
		filepath.Join(dir, kitfolder.LayoutName)}
	if k.Rounds[0].HasCandidateMaterial() { // a handout, tested in handout_test.go
		want = []string{want[0], filepath.Join(dir, "zoe-obrien-lukasiewicz-handout.pdf"), want[1], want[2]}
	}
	if strings.Join(paths, "\n") != strings.Join(want, "\n") {
		t.Fatalf("wrote %v, want %v", paths, want)
	}
	if got := read(t, want[0]); got != "packet "+k.Rounds[0].Title {
		t.Errorf("packet file holds %q", got)
	}
	if got := read(t, want[len(want)-2]); got != "scoresheet "+k.ID {
		t.Errorf("scoresheet file holds %q", got)
	}
}

// TestLoopFolderNamesEveryRound checks, for every level and focus of the
// embedded bank's default loop and several seeds, that the folder holds
// the overview first, each round's packet under its number and title, the
// scoresheet and a manifest that records the kit: no file is named twice,
// and each packet is its own round's.
func TestLoopFolderNamesEveryRound(t *testing.T) {
	b := testkit.Bank(t)
	for _, level := range b.LevelIDs() {
		for _, focus := range [][]string{nil, {"orm", "security", "apis"}, {"testing", "performance"}} {
			for seed := uint64(1); seed <= 6; seed++ {
				k, areas := testkit.BankLoop(t, level, focus, seed*7919, "Ana López", "Bo", "")
				f := kitfolder.Loop("out", k, areas, focus, &fakeDocs{})
				checkLoopFolder(t, k, f)
			}
		}
	}
}

func checkLoopFolder(t *testing.T, k *kit.Kit, f kitfolder.Folder) {
	t.Helper()
	if f.Dir != filepath.Join("out", "ana-lopez-2026-03-14-"+k.ID) {
		t.Errorf("folder %s", f.Dir)
	}
	data, err := f.Render()
	if err != nil {
		t.Fatal(err)
	}
	// The files in order, each with what it must hold ("" for the
	// scoresheet and the manifest, checked apart).
	type want struct{ name, holds string }
	wants := []want{{"ana-lopez-00-loop-overview.pdf", "overview "}}
	for i, r := range k.Rounds {
		name := fmt.Sprintf("ana-lopez-%02d-%s-", i+1, kit.Slug(r.Title, "round"))
		wants = append(wants, want{name + "packet.pdf", "packet " + r.Title})
		if r.HasCandidateMaterial() {
			wants = append(wants, want{name + "handout.pdf", "handout " + r.Title})
		}
	}
	wants = append(wants, want{"ana-lopez-scoresheet.xlsx", ""}, want{kitfolder.ManifestName, ""}, want{kitfolder.LayoutName, ""})
	if len(f.Files) != len(wants) {
		t.Fatalf("%d files for %d rounds, want %d", len(f.Files), len(k.Rounds), len(wants))
	}
	for i, file := range f.Files {
		w := wants[i]
		switch {
		case file.Name != w.name:
			t.Errorf("file %d is %s, want %s", i, file.Name, w.name)
		case w.name == kitfolder.ManifestName:
			m, err := kit.DecodeManifest(bytes.NewReader(data[i]))
			if err != nil || m.KitID != k.ID || m.Paper != "letter" || len(m.Rounds) != len(k.Rounds) {
				t.Errorf("file %d is %s: %v, kit %s paper %s", i, file.Name, err, m.KitID, m.Paper)
			}
		case w.name == kitfolder.LayoutName:
			checkLayout(t, k, f, data[i])
		case w.holds != "" && !strings.HasPrefix(string(data[i]), w.holds):
			t.Errorf("file %d, %s, holds %q, want %q", i, file.Name, data[i], w.holds)
		}
	}
}

func TestWriteRendersEverythingBeforeWriting(t *testing.T) {
	for _, kind := range []string{"overview", "packet", "scoresheet"} {
		t.Run(kind, func(t *testing.T) {
			k, areas := testkit.BankLoop(t, "senior", nil, 7, "Ana", "Bo")
			out := filepath.Join(t.TempDir(), "kits")
			_, err := kitfolder.Loop(out, k, areas, nil, &fakeDocs{fail: kind}).Write(false)
			if !errors.Is(err, errRender) || !strings.Contains(err.Error(), kind) {
				t.Fatalf("got %v, want the %s's error, naming its file", err, kind)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a failed render touched the disk: %v", err)
			}
		})
	}
}

func TestWriteNeverTouchesAnExistingFolder(t *testing.T) {
	k := testkit.BankKit(t, "mid", 3, "Ana")
	out := t.TempDir()
	dir := filepath.Join(out, kitfolder.DirName(k))
	sheet := filepath.Join(dir, "ana-scoresheet.xlsx")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sheet, []byte("filled in"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := &fakeDocs{}
	_, err := kitfolder.Kit(out, k, docs).Write(false)
	if !errors.Is(err, kitfolder.ErrExists) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("got %v, want the folder refused", err)
	}
	if read(t, sheet) != "filled in" || docs.calls.Load() != 0 {
		t.Errorf("the refused folder was touched, or %d documents rendered for nothing", docs.calls.Load())
	}
	if _, err := kitfolder.Kit(out, k, docs).Write(true); err != nil {
		t.Fatal(err)
	}
	if got := read(t, sheet); got != "scoresheet "+k.ID {
		t.Errorf("force left %q", got)
	}
}

func TestRenderRendersAtOnce(t *testing.T) {
	k, areas := testkit.BankLoop(t, "senior", nil, 7, "Ana")
	var barrier sync.WaitGroup
	docs := 1 + len(k.Rounds) + 1 // overview, packets, scoresheet; the manifest is no document
	for _, r := range k.Rounds {
		if r.HasCandidateMaterial() {
			docs++ // and a handout
		}
	}
	barrier.Add(docs)
	f := kitfolder.Loop("out", k, areas, nil, &fakeDocs{barrier: &barrier})
	if _, err := f.Render(); err != nil {
		t.Fatal(err)
	}
}

func TestRenderPanicReachesTheCaller(t *testing.T) {
	k := testkit.BankKit(t, "mid", 3, "Ana")
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "renderer bug") {
			t.Errorf("recovered %v, want the renderer's panic", r)
		}
	}()
	kitfolder.Kit("out", k, &fakeDocs{fail: "scoresheet", panics: true}).Render()
	t.Error("no panic")
}
