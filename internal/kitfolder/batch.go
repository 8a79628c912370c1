package kitfolder

// Writing many folders at once, as batch writes a hiring day: every
// candidate's loop folder and a folder of print packs per day. Its rules:
// each folder is written as Write writes one (rendered whole, then put in
// place in one step, never over an existing folder without force), except
// that a folder already there holding exactly what would be written is
// left alone (Refresh), so running a timetable again rewrites nothing; at
// most a given number of folders are rendered at a time, so a day of fifty
// candidates keeps the cores busy without holding fifty loops in memory;
// one folder failing never stops the others.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/interviewkit/interviewkit/kit"
)

// RefreshAll refreshes every folder as Refresh does, at most workers at a
// time, and calls done once for each as it finishes, never two calls at
// once, with its index in folders and Refresh's results. A renderer that
// panics panics again in the caller's goroutine once the others have
// finished.
func RefreshAll(folders []Folder, force bool, workers int, done func(i int, w Written, unchanged bool, err error)) {
	n := len(folders)
	workers = max(1, min(workers, n))
	next := make(chan int)
	var mu sync.Mutex
	var panicked []any
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				r, p := guard(folders[i], force)
				mu.Lock()
				if p != nil {
					panicked = append(panicked, p)
				} else {
					done(i, r.w, r.unchanged, r.err)
				}
				mu.Unlock()
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	if len(panicked) > 0 {
		panic(panicked[0])
	}
}

// refreshed is what Refresh returned.
type refreshed struct {
	w         Written
	unchanged bool
	err       error
}

// guard refreshes one folder, turning a panic into a value.
func guard(f Folder, force bool) (r refreshed, p any) {
	defer func() { p = recover() }()
	r.w, r.unchanged, r.err = f.Refresh(force)
	return r, nil
}

// DayRenderer draws the documents of a hiring day.
type DayRenderer interface {
	// Day writes the coordinator's overview of the day.
	Day(w io.Writer, d kit.Day) error
	// Pack writes an interviewer's print pack for the day.
	Pack(w io.Writer, p kit.Pack) error
}

// DayDirName names the folder of a day's print packs: "day-2026-03-16".
func DayDirName(date time.Time) string { return "day-" + date.Format(time.DateOnly) }

// DayOverviewName is the name of the day overview in a day's folder; it
// sorts before the packs.
const DayOverviewName = "00-day-overview.pdf"

// Day is the folder, under out, of a day's print documents: the overview,
// then one pack per interviewer, named after them, in the day's order
// (kit.Day.Packs); the pack of rounds that name nobody yet is
// "to-be-named-pack.pdf". Two interviewers whose names give the same file
// name are told apart by a number.
func Day(out string, d kit.Day, r DayRenderer) Folder {
	files := []File{{Name: DayOverviewName, Render: func(w io.Writer) error { return r.Day(w, d) }}}
	used := map[string]bool{DayOverviewName: true}
	for _, p := range d.Packs() {
		base := kit.Slug(p.Interviewer, "interviewer")
		if p.Interviewer == "" {
			base = "to-be-named"
		}
		name := base + "-pack.pdf"
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s-%d-pack.pdf", base, n)
		}
		used[name] = true
		files = append(files, File{Name: name, Render: func(w io.Writer) error { return r.Pack(w, p) }})
	}
	return Folder{Dir: filepath.Join(out, DayDirName(d.Date)), Files: files}
}

// Refresh writes the folder as Write does, except that a folder already
// there holding exactly the files it would write, byte for byte, is left
// as it is and reported unchanged rather than refused: running a
// timetable again reprints nothing. Without force a folder that differs
// is refused (ErrExists), and nothing is touched; with force it is
// replaced as WriteKeeping replaces it, which says where a folder holding
// anything else was kept.
func (f Folder) Refresh(force bool) (w Written, unchanged bool, err error) {
	if _, err := os.Lstat(f.Dir); err != nil || force {
		w, err := f.WriteKeeping(force)
		return w, false, err
	}
	data, err := f.Render()
	if err != nil {
		return w, false, err
	}
	if !f.holds(data) {
		return w, false, f.exists()
	}
	for _, file := range f.Files {
		w.Paths = append(w.Paths, filepath.Join(f.Dir, file.Name))
	}
	return w, true, nil
}

// holds reports whether the folder on disk holds exactly the files, with
// these bytes, and nothing else.
func (f Folder) holds(data [][]byte) bool {
	entries, err := os.ReadDir(f.Dir)
	if err != nil || len(entries) != len(f.Files) {
		return false
	}
	for i, file := range f.Files {
		at := slices.IndexFunc(entries, func(e os.DirEntry) bool { return e.Name() == file.Name && e.Type().IsRegular() })
		if at < 0 {
			return false
		}
		if info, err := entries[at].Info(); err != nil || info.Size() != int64(len(data[i])) {
			return false
		}
		got, err := os.ReadFile(filepath.Join(f.Dir, file.Name))
		if err != nil || !bytes.Equal(got, data[i]) {
			return false
		}
	}
	return true
}
