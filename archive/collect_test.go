package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// scoresOf returns the current scores of a kit as "sheet/question=score
// notes" lines, as the archive holds them.
func scoresOf(t *testing.T, a *Archive, kitID string) []string {
	t.Helper()
	rows, err := a.Rows(context.Background(), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		if r.KitID == kitID {
			out = append(out, fmt.Sprintf("%s/%s=%s %s", r.RoundTitle, r.QuestionID, r.Score, r.Notes))
		}
	}
	return out
}

// expected lists what a fill should archive, in the same form as scoresOf.
func expected(k *kit.Kit, sheets map[string]sheetFill) []string {
	var out []string
	for i, r := range k.Rounds {
		s := sheets[scoresheet.RoundSheetNames(k)[i]]
		for _, q := range r.Questions {
			score := ""
			if v, ok := s.Scores[q.ID]; ok && v != nil {
				score = fmt.Sprint(v)
			}
			note := ""
			if v, ok := s.Notes[q.ID]; ok && v != nil {
				note = fmt.Sprint(v)
			}
			out = append(out, fmt.Sprintf("%s/%s=%s %s", r.Title, q.ID, score, note))
		}
	}
	return out
}

func TestCollectTwiceChangesNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		var paths []string
		for i := range 6 {
			k := newKit(t, fmt.Sprintf("Candidate %d", i), fmt.Sprintf("2026-02-%02d", i+1), 1+i%4, uint64(100+i))
			paths = append(paths, writeFile(t, dir, fmt.Sprintf("k%d.xlsx", i), fillWithExcelize(t, blankSheet(t, k), fullFill(k, i))))
		}
		a := openTest(t, b)
		for _, r := range collectAll(t, a, paths...) {
			if r.Status != Archived {
				t.Fatalf("%s: %v %v", r.Source, r.Status, r.Err)
			}
		}
		first := dump(t, a)
		for _, r := range collectAll(t, a, paths...) {
			if r.Status != Unchanged {
				t.Errorf("%s collected again: %v, want unchanged", r.Source, r.Status)
			}
		}
		if second := dump(t, a); second != first {
			t.Errorf("collecting again changed the archive:\n%s\nthen\n%s", first, second)
		}
		mustCheck(t, a)
	})
}

func TestCollectCorrectionKeepsEarlierVersionInHistory(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		k := newKit(t, "Ana López", "2026-03-14", 2, 31)
		names := scoresheet.RoundSheetNames(k)
		fill := fullFill(k, 0)
		v1 := writeFile(t, dir, "v1.xlsx", fillWithExcelize(t, blankSheet(t, k), fill))
		q := k.Rounds[1].Questions[0].ID
		fill[names[1]].Scores[q] = 4
		fill[names[1]].Notes[q] = "re-checked the recording"
		v2 := writeFile(t, dir, "v2.xlsx", fillWithExcelize(t, blankSheet(t, k), fill))

		a := openTest(t, b)
		collectAll(t, a, v1)
		res := collectAll(t, a, v2)[0]
		if res.Status != Updated || res.Rounds[0].Change != RoundUnchanged || res.Rounds[1].Change != RoundReplaced || res.Rounds[1].Version != 2 {
			t.Fatalf("correction: %v %+v", res.Status, res.Rounds)
		}
		ctx := context.Background()
		current, err := a.Rows(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		all, err := a.Rows(ctx, Filter{History: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(current) != 6 || len(all) != 9 {
			t.Fatalf("%d current rows and %d with history, want 6 and 9", len(current), len(all))
		}
		for _, r := range all {
			if r.QuestionID != q {
				continue
			}
			switch {
			case r.Current && (r.Score != "4" || r.Version != 2 || r.SourceFile != v2):
				t.Errorf("current row: %+v", r)
			case !r.Current && (r.Score == "4" || r.Version != 1 || r.SourceFile != v1 || r.ReplacedAt == ""):
				t.Errorf("history row: %+v", r)
			}
		}
		var history int
		if err := a.db.QueryRow("SELECT count(*) FROM history").Scan(&history); err != nil || history != 1 {
			t.Errorf("history view: %d rows, %v; want 1", history, err)
		}
		// Collecting the earlier file again is a correction too: the
		// archive keeps every version, latest collected wins.
		if res := collectAll(t, a, v2)[0]; res.Status != Unchanged {
			t.Errorf("v2 again: %v", res.Status)
		}
		mustCheck(t, a)
	})
}

// TestCollectBlankSheetThenFilledKeepsNoHistory: a sheet collected before
// anyone typed in it (HR collects the whole kits folder) is archived as
// incomplete; the filled sheet then takes its place, with no blank version
// in the history.
func TestCollectBlankSheetThenFilledKeepsNoHistory(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		k := newKit(t, "Ana López", "2026-03-14", 3, 45)
		blank := writeFile(t, dir, "blank.xlsx", blankSheet(t, k))
		filled := writeFile(t, dir, "filled.xlsx", fillWithExcelize(t, blankSheet(t, k), fullFill(k, 0)))
		a := openTest(t, b)
		if r := collectAll(t, a, blank)[0]; r.Status != Archived || !r.Incomplete() || len(r.Rounds[0].Unscored) != 3 {
			t.Fatalf("blank sheet: %v incomplete=%v %+v", r.Status, r.Incomplete(), r.Rounds)
		}
		r := collectAll(t, a, filled)[0]
		if r.Status != Updated || r.Incomplete() {
			t.Fatalf("filled sheet: %v incomplete=%v", r.Status, r.Incomplete())
		}
		for _, rr := range r.Rounds {
			if rr.Change != RoundNew || rr.Version != 1 {
				t.Errorf("%s: change %v version %d, want new version 1", rr.Sheet, rr.Change, rr.Version)
			}
		}
		var history int
		a.db.QueryRow("SELECT count(*) FROM history").Scan(&history)
		if history != 0 {
			t.Errorf("%d blank versions kept in the history", history)
		}
		if got, want := scoresOf(t, a, k.ID), expected(k, fullFill(k, 0)); !slices.Equal(got, want) {
			t.Errorf("archived\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		mustCheck(t, a)
	})
}

// TestCollectBlankRoundNeverReplacesScores: in a loop each interviewer may
// fill their own copy; a round blank in one copy keeps the scores another
// copy archived.
func TestCollectBlankRoundNeverReplacesScores(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		k := newKit(t, "Ana López", "2026-03-14", 2, 41)
		names := scoresheet.RoundSheetNames(k)
		full := fullFill(k, 0)
		copyA := writeFile(t, dir, "a.xlsx", fillWithExcelize(t, blankSheet(t, k), map[string]sheetFill{names[0]: full[names[0]]}))
		copyB := writeFile(t, dir, "b.xlsx", fillWithExcelize(t, blankSheet(t, k), map[string]sheetFill{names[1]: full[names[1]]}))
		a := openTest(t, b)
		ra := collectAll(t, a, copyA)[0]
		if ra.Status != Archived || !ra.Incomplete() {
			t.Fatalf("copy A: %v incomplete=%v", ra.Status, ra.Incomplete())
		}
		rb := collectAll(t, a, copyB)[0]
		if rb.Status != Updated || rb.Rounds[0].Change != RoundKept || rb.Rounds[1].Change != RoundNew {
			t.Fatalf("copy B: %v %+v", rb.Status, rb.Rounds)
		}
		if rb.Incomplete() {
			t.Errorf("both copies together are complete: %+v", rb.Rounds)
		}
		if got, want := scoresOf(t, a, k.ID), expected(k, full); !slices.Equal(got, want) {
			t.Errorf("archived\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		mustCheck(t, a)
	})
}

// TestCollectRejectsTypedPastDropdown: the sheet's dropdown refuses these,
// but other programs do not; each is reported with its sheet and cell, and
// nothing from the file is archived.
func TestCollectRejectsTypedPastDropdown(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		k := newKit(t, "Ana López", "2026-03-14", 2, 51)
		names := scoresheet.RoundSheetNames(k)
		fill := fullFill(k, 0)
		r1, r2 := k.Rounds[0].Questions, k.Rounds[1].Questions
		fill[names[0]].Scores[r1[0].ID] = 7
		fill[names[0]].Scores[r1[1].ID] = 2.5
		fill[names[1]].Scores[r2[0].ID] = "three"
		fill[names[1]].Scores[r2[1].ID] = 0
		s := fill[names[1]]
		s.Recommendation = ptr("Maybe")
		fill[names[1]] = s
		job := fillJob{In: writeFile(t, dir, "blank.xlsx", blankSheet(t, k)), Out: filepath.Join(dir, "typos.xlsx"), Sheets: fill}
		fillWithOpenpyxl(t, job)

		a := openTest(t, b)
		res := collectAll(t, a, job.Out)[0]
		want := []string{
			names[0] + `!H7: score 7 is not 1-4 or N/A`,
			names[0] + `!H8: score 2.5 is not 1-4 or N/A`,
			names[1] + `!C4: interviewer's recommendation "Maybe" is not one of Strong no, No, Yes, Strong yes or No decision`,
			names[1] + `!H7: score "three" is not 1-4 or N/A`,
			names[1] + `!H8: score 0 is not 1-4 or N/A`,
		}
		var got []string
		for _, p := range res.Problems {
			got = append(got, p.String())
		}
		slices.Sort(got)
		slices.Sort(want)
		if res.Status != Rejected || !errors.Is(res.Err, ErrInvalid) || !slices.Equal(got, want) {
			t.Errorf("got %v %v\n%s\nwant\n%s", res.Status, res.Err, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if d := dump(t, a); strings.Contains(d, k.ID) {
			t.Errorf("a rejected file left records:\n%s", d)
		}
	})
}

// TestCollectRejectsInconsistentSheets: facts that differ between the Kit
// sheet, the round sheets, the document properties and the archive.
func TestCollectRejectsInconsistentSheets(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		k := newKit(t, "Ana López", "2026-03-14", 2, 61)
		names := scoresheet.RoundSheetNames(k)
		blank := blankSheet(t, k)
		tests := []struct {
			name   string
			sheets map[string]sheetFill
			err    error
			want   string
		}{
			{"round sheet names another kit",
				map[string]sheetFill{names[1]: {Labels: map[string]string{scoresheet.LabelKitID: "ZZZZ-9999"}}},
				ErrInvalid, names[1] + `!E2: kit ID "ZZZZ-9999" differs from the Kit sheet's "` + k.ID + `"`},
			{"round sheet names another candidate",
				map[string]sheetFill{names[0]: {Labels: map[string]string{scoresheet.LabelCandidate: "Ana Lopes"}}},
				ErrInvalid, names[0] + `!C2: candidate "Ana Lopes" differs from the Kit sheet's "Ana López"`},
			{"round sheet has another date",
				map[string]sheetFill{names[0]: {Labels: map[string]string{scoresheet.LabelDate: "2026-03-15"}}},
				ErrInvalid, names[0] + `!E3: date "2026-03-15" differs from the Kit sheet's "2026-03-14"`},
			{"interviewer with a right-to-left override",
				map[string]sheetFill{names[1]: {Interviewer: ptr("Ana\u202Efdp.exe")}},
				ErrInvalid, names[1] + `!C3: interviewer contains an invisible formatting character (U+202E)`},
			{"interviewer on two lines",
				map[string]sheetFill{names[0]: {Interviewer: ptr("Ana\nLópez")}},
				ErrInvalid, names[0] + `!C3: interviewer contains a line break`},
			{"score is a formula",
				map[string]sheetFill{names[0]: {Scores: map[string]any{k.Rounds[0].Questions[0].ID: "=1+2"}}},
				ErrInvalid, names[0] + `!H7: score "=1+2" is not 1-4 or N/A`},
		}
		a := openTest(t, b)
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				p := writeFile(t, dir, fmt.Sprintf("t%d.xlsx", i), fillWithExcelize(t, blank, tt.sheets))
				res := collectAll(t, a, p)[0]
				if res.Status != Rejected || !errors.Is(res.Err, tt.err) || len(res.Problems) != 1 || res.Problems[0].String() != tt.want {
					t.Errorf("got %v %v %v\nwant %s", res.Status, res.Err, res.Problems, tt.want)
				}
			})
		}

		t.Run("document property names another kit", func(t *testing.T) {
			b := setProperty(t, blank, scoresheet.PropertyKitID, "ZZZZ-9999")
			res := a.Collect(context.Background(), "props.xlsx", bytes.NewReader(b))
			want := `document property KitID is "ZZZZ-9999" but the Kit sheet's kit ID is "` + k.ID + `"`
			if res.Status != Rejected || len(res.Problems) != 1 || res.Problems[0].String() != want {
				t.Errorf("got %v %v", res.Status, res.Problems)
			}
		})

		t.Run("the same kit ID for another candidate", func(t *testing.T) {
			if r := a.Collect(context.Background(), "original.xlsx", bytes.NewReader(blank)); r.Status != Archived {
				t.Fatalf("original: %v %v", r.Status, r.Err)
			}
			job := fillJob{In: writeFile(t, dir, "orig.xlsx", blank), Out: filepath.Join(dir, "forged.xlsx"),
				Kit: map[string]string{scoresheet.LabelCandidate: "Mallory"},
				Sheets: map[string]sheetFill{
					names[0]: {Labels: map[string]string{scoresheet.LabelCandidate: "Mallory"}},
					names[1]: {Labels: map[string]string{scoresheet.LabelCandidate: "Mallory"}},
				}}
			fillWithOpenpyxl(t, job)
			res := collectAll(t, a, job.Out)[0]
			// The kit ID derives from the candidate, so the forgery is
			// caught by the file alone, before the archive is asked.
			want := `Kit: kit ID ` + k.ID + ` does not match the kit's facts and questions`
			if res.Status != Rejected || !errors.Is(res.Err, ErrInvalid) || len(res.Problems) != 1 || !strings.HasPrefix(res.Problems[0].String(), want) {
				t.Errorf("got %v %v %v", res.Status, res.Err, res.Problems)
			}
		})
	})
}

// TestCollectRefusesAFileTheArchiveContradicts: a scoresheet whose facts
// differ from what the archive holds for its kit is refused. The kit ID
// covers those facts, so only an archive changed behind collect's back
// shows it.
func TestCollectRefusesAFileTheArchiveContradicts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		k := newKit(t, "Ana López", "2026-03-14", 2, 61)
		blank := blankSheet(t, k)
		c := openTest(t, b)
		if r := c.Collect(context.Background(), "original.xlsx", bytes.NewReader(blank)); r.Status != Archived {
			t.Fatalf("original: %v %v", r.Status, r.Err)
		}
		if _, err := c.db.ExecContext(context.Background(), `UPDATE kits SET candidate = 'Mallory'`); err != nil {
			t.Fatal(err)
		}
		res := c.Collect(context.Background(), "again.xlsx", bytes.NewReader(blank))
		want := `kit ` + k.ID + ` is archived with candidate "Mallory"; this file says "Ana López"`
		if res.Status != Rejected || !errors.Is(res.Err, ErrConflict) || len(res.Problems) != 1 || res.Problems[0].String() != want {
			t.Errorf("got %v %v %v", res.Status, res.Err, res.Problems)
		}
	})
}

// setProperty rewrites a custom document property of a workbook.
func setProperty(t *testing.T, b []byte, name, value string) []byte {
	t.Helper()
	f := openExcelize(t, b)
	if err := f.SetCustomProps(excelizeProperty(name, value)); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestCollectRejectsDamagedFiles: files that are not scoresheets, or not
// workbooks at all, are rejected with a message naming what they are, and
// the good files around them are archived.
func TestCollectRejectsDamagedFiles(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		k := newKit(t, "Ana López", "2026-03-14", 1, 71)
		good := fillWithExcelize(t, blankSheet(t, k), fullFill(k, 0))
		tests := []struct {
			name string
			data []byte
			err  error
			want string
		}{
			{"empty.xlsx", nil, scoresheet.ErrUnreadable, "the file is empty"},
			{"truncated.xlsx", good[:len(good)/2], scoresheet.ErrUnreadable, "the zip package is damaged or truncated"},
			{"random.xlsx", randomBytes(4096), scoresheet.ErrUnreadable, "not a zip package"},
			{"csv.xlsx", []byte("Kit ID,Candidate\nK7QF-3M2A,Ana\n"), scoresheet.ErrUnreadable, "it is a text file (CSV or similar)"},
			{"encrypted.xlsx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), scoresheet.ErrUnreadable, "password-protected or an old .xls"},
			{"bomb.xlsx", zipBomb(t), scoresheet.ErrTooLarge, "unpacks to 16.0 GB"},
			{"huge.xlsx", make([]byte, scoresheet.MaxSize+10), scoresheet.ErrTooLarge, "larger than 8 MB"},
			{"other.xlsx", blankWorkbook(t), scoresheet.ErrOtherWorkbook, `it has no "Kit" sheet`},
		}
		var paths []string
		for i, tt := range tests {
			paths = append(paths, writeFile(t, dir, tt.name, tt.data))
			if i == 3 {
				paths = append(paths, writeFile(t, dir, "good.xlsx", good))
			}
		}
		a := openTest(t, b)
		res := collectAll(t, a, paths...)
		byName := map[string]Result{}
		for _, r := range res {
			byName[filepath.Base(r.Source)] = r
		}
		for _, tt := range tests {
			r := byName[tt.name]
			if r.Status != Rejected || !errors.Is(r.Err, tt.err) || !strings.Contains(r.Err.Error(), tt.want) {
				t.Errorf("%s: %v %v; want rejected with %q", tt.name, r.Status, r.Err, tt.want)
			}
		}
		if r := byName["good.xlsx"]; r.Status != Archived {
			t.Errorf("good file among bad ones: %v %v", r.Status, r.Err)
		}
		mustCheck(t, a)
	})
}

func TestFilesListsScoresheetsInFolders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b/x.xlsx", "a.xlsx", "A2.XLSX", "~$a.xlsx", ".hidden/y.xlsx", "notes.txt", "b/c/z.xlsx"} {
		writeFile(t, dir, name, []byte("x"))
	}
	files, missing := Files([]string{dir, filepath.Join(dir, "notes.txt"), filepath.Join(dir, "nowhere")})
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, r)
	}
	want := []string{"A2.XLSX", "a.xlsx", "b/c/z.xlsx", "b/x.xlsx", "notes.txt"}
	if !slices.Equal(rel, want) {
		t.Errorf("files %v, want %v", rel, want)
	}
	if len(missing) != 1 || missing[0].Status != Rejected || !strings.Contains(missing[0].Err.Error(), "no such file or folder") {
		t.Errorf("missing: %+v", missing)
	}
}

// TestConcurrentCollectorsWait: two collects at once on one archive (two
// HR people, or a cron job) queue on the busy timeout instead of failing.
func TestConcurrentCollectorsWait(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		dir := t.TempDir()
		path := b.archive(t)
		var files [2][]string
		for i := range 20 {
			k := newKit(t, fmt.Sprintf("Person %d", i), "2026-01-05", 1, uint64(200+i))
			files[i%2] = append(files[i%2], writeFile(t, dir, fmt.Sprintf("k%d.xlsx", i), fillWithExcelize(t, blankSheet(t, k), fullFill(k, i))))
		}
		errs := make(chan error, 2)
		for _, fs := range files {
			go func() {
				a, err := Open(path)
				if err != nil {
					errs <- err
					return
				}
				defer a.Close()
				var bad error
				err = a.CollectFiles(context.Background(), fs, func(r Result) {
					if r.Status != Archived && bad == nil {
						bad = fmt.Errorf("%s: %v %v", r.Source, r.Status, r.Err)
					}
				})
				errs <- errors.Join(err, bad)
			}()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
		a, err := OpenExisting(path)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		var n int
		a.db.QueryRow("SELECT count(*) FROM kits").Scan(&n)
		if n != 20 {
			t.Errorf("%d kits archived, want 20", n)
		}
		mustCheck(t, a)
	})
}
