package kitfolder_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// busyDocs is fakeDocs that counts the kits being rendered at once.
type busyDocs struct {
	fakeDocs
	mu          sync.Mutex
	active      map[string]int
	most        int
	failFor     string // a candidate whose packets fail
	panicFor    string // a candidate whose packets panic
	renderDelay time.Duration
}

func (b *busyDocs) Packet(w io.Writer, k *kit.Kit, i int) (*form.Document, error) {
	b.mu.Lock()
	if b.active == nil {
		b.active = map[string]int{}
	}
	b.active[k.ID]++
	b.most = max(b.most, len(b.active))
	b.mu.Unlock()
	time.Sleep(b.renderDelay) // lets renders overlap, so the bound is seen; no timing is asserted
	b.mu.Lock()
	if b.active[k.ID]--; b.active[k.ID] == 0 {
		delete(b.active, k.ID)
	}
	b.mu.Unlock()
	switch k.Candidate {
	case b.failFor:
		return nil, errRender
	case b.panicFor:
		panic("renderer bug")
	}
	return b.fakeDocs.Packet(w, k, i)
}

// loops are the folders of n candidates' loops under out.
func loops(t *testing.T, out string, n int, docs kitfolder.Renderer) ([]kitfolder.Folder, []*kit.Kit) {
	t.Helper()
	var folders []kitfolder.Folder
	var kits []*kit.Kit
	for i := range n {
		k, areas := testkit.BankLoop(t, "mid", nil, uint64(i+1), fmt.Sprintf("Candidate %d", i+1), "Ana")
		kits = append(kits, k)
		folders = append(folders, kitfolder.Loop(out, k, areas, nil, docs))
	}
	return folders, kits
}

func TestRefreshAllWritesEveryFolderAndReportsEachOnce(t *testing.T) {
	out := t.TempDir()
	docs := &busyDocs{failFor: "Candidate 3", renderDelay: time.Millisecond}
	folders, _ := loops(t, out, 8, docs)
	if err := os.MkdirAll(folders[5].Dir, 0o755); err != nil { // a folder that differs, kept
		t.Fatal(err)
	}
	reported := map[int]error{}
	kitfolder.RefreshAll(folders, false, 2, func(i int, w kitfolder.Written, unchanged bool, err error) {
		if unchanged {
			t.Errorf("folder %d: unchanged, on an empty disk", i)
		}
		if _, twice := reported[i]; twice {
			t.Errorf("folder %d reported twice", i)
		}
		reported[i] = err
		if err == nil && len(w.Paths) != len(folders[i].Files) {
			t.Errorf("folder %d: %d paths for %d files", i, len(w.Paths), len(folders[i].Files))
		}
	})
	if len(reported) != len(folders) {
		t.Fatalf("%d of %d folders reported", len(reported), len(folders))
	}
	for i, err := range reported {
		switch i {
		case 2:
			if !errors.Is(err, errRender) {
				t.Errorf("folder 2: %v, want its render error", err)
			}
			if _, err := os.Stat(folders[i].Dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a folder that failed to render was written: %v", err)
			}
		case 5:
			if !errors.Is(err, kitfolder.ErrExists) {
				t.Errorf("folder 5: %v, want it left as it is", err)
			}
		default:
			if err != nil {
				t.Errorf("folder %d: %v", i, err)
			}
		}
	}
	if docs.most > 2 {
		t.Errorf("%d kits rendered at once by 2 workers", docs.most)
	}
	// Again: what was written is the same, and left alone.
	kitfolder.RefreshAll(folders, false, 2, func(i int, w kitfolder.Written, unchanged bool, err error) {
		if want := i != 2 && i != 5; unchanged != want {
			t.Errorf("again, folder %d: unchanged %v (%v), want %v", i, unchanged, err, want)
		}
	})
}

func TestRefreshAllPanicReachesTheCaller(t *testing.T) {
	folders, _ := loops(t, t.TempDir(), 4, &busyDocs{panicFor: "Candidate 2"})
	reported := 0
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "renderer bug") {
			t.Errorf("recovered %v, want the renderer's panic", r)
		}
		if reported != 3 {
			t.Errorf("%d other folders reported before the panic, want 3", reported)
		}
	}()
	kitfolder.RefreshAll(folders, false, 2, func(int, kitfolder.Written, bool, error) { reported++ })
	t.Error("no panic")
}

// dayDocs draws a day's documents as one line each.
type dayDocs struct{ fail bool }

func (d dayDocs) Day(w io.Writer, day kit.Day) error {
	_, err := fmt.Fprintf(w, "day %s: %d rounds", day.Date.Format(time.DateOnly), len(day.Appointments))
	return err
}

func (d dayDocs) Pack(w io.Writer, p kit.Pack) error {
	if d.fail {
		return errRender
	}
	_, err := fmt.Fprintf(w, "pack %q: %d rounds", p.Interviewer, len(p.Appointments))
	return err
}

func testDay(t *testing.T, interviewers ...string) kit.Day {
	t.Helper()
	k, _ := testkit.BankLoop(t, "senior", nil, 7, "Ana", interviewers...)
	bk := kit.Booking{Start: 9 * time.Hour}
	return kit.Days(bk.Appointments(k))[0]
}

func TestDayFolderNamesAPackForEachInterviewer(t *testing.T) {
	d := testDay(t, "Zoë Brown", "", "zoe-brown", "Ana López")
	f := kitfolder.Day("out", d, dayDocs{})
	if f.Dir != filepath.Join("out", "day-2026-03-14") {
		t.Errorf("folder %s", f.Dir)
	}
	var names []string
	for _, file := range f.Files {
		names = append(names, file.Name)
	}
	// "Zoë Brown" and "zoe-brown" are two people (PersonKey) with one slug.
	want := "00-day-overview.pdf ana-lopez-pack.pdf zoe-brown-pack.pdf zoe-brown-2-pack.pdf to-be-named-pack.pdf"
	if strings.Join(names, " ") != want {
		t.Errorf("files %q, want %q", strings.Join(names, " "), want)
	}
	data, err := f.Render()
	if err != nil {
		t.Fatal(err)
	}
	if string(data[1]) != `pack "Ana López": 1 rounds` || string(data[4]) != `pack "": 1 rounds` {
		t.Errorf("packs hold %q and %q", data[1], data[4])
	}
}

func TestRefreshReprintsNothingThatIsTheSame(t *testing.T) {
	out := t.TempDir()
	d := testDay(t, "Ana", "Bo")
	f := kitfolder.Day(out, d, dayDocs{})
	if _, unchanged, err := f.Refresh(false); err != nil || unchanged {
		t.Fatalf("first write: unchanged %v, %v", unchanged, err)
	}
	stamp := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	overview := filepath.Join(f.Dir, kitfolder.DayOverviewName)
	if err := os.Chtimes(overview, stamp, stamp); err != nil {
		t.Fatal(err)
	}
	w, unchanged, err := f.Refresh(false)
	if err != nil || !unchanged || len(w.Paths) != len(f.Files) {
		t.Fatalf("the same day again: %v, unchanged %v, %v", w.Paths, unchanged, err)
	}
	if info, _ := os.Stat(overview); !info.ModTime().Equal(stamp) {
		t.Error("an unchanged folder was written again")
	}

	changed := kitfolder.Day(out, testDay(t, "Ana", "Cy"), dayDocs{})
	if _, _, err := changed.Refresh(false); !errors.Is(err, kitfolder.ErrExists) {
		t.Errorf("a changed day without force: %v", err)
	}
	if got := read(t, overview); got != "day 2026-03-14: 5 rounds" {
		t.Errorf("the refused folder was touched: %q", got)
	}
	if _, err := os.Stat(filepath.Join(f.Dir, "cy-pack.pdf")); !errors.Is(err, os.ErrNotExist) {
		t.Error("the refused folder gained a file")
	}
	w, unchanged, err = changed.Refresh(true)
	if err != nil || unchanged {
		t.Errorf("with force: unchanged %v, %v", unchanged, err)
	}
	if w.Kept == "" || read(t, filepath.Join(w.Kept, kitfolder.DayOverviewName)) != "day 2026-03-14: 5 rounds" {
		t.Errorf("force replaced a folder that differs without keeping it where it says (kept %q)", w.Kept)
	}
	if read(t, filepath.Join(f.Dir, "cy-pack.pdf")) != `pack "Cy": 2 rounds` {
		t.Error("force did not replace the folder")
	}
	if _, _, err := kitfolder.Day(out, d, dayDocs{fail: true}).Refresh(true); !errors.Is(err, errRender) {
		t.Errorf("a pack that fails: %v", err)
	}
}
