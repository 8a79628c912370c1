package scanjob_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

func TestRunArchivesWhatThePaperSettlesAndLeavesTheRestForAPerson(t *testing.T) {
	root := t.TempDir()
	clean := kitFolder(t, root, bankKit(t, "Ana Clean", 3))
	doubt := kitFolder(t, root, bankKit(t, "Bo Doubt", 3))
	marks := doubt.allMarked(2)
	marks[1] = []string{"2", "3"} // Q2: two marks
	file := stack(t, filepath.Join(t.TempDir(), "stack.pdf"),
		doubt.page(t, 3, doubt.allMarked(3)), clean.page(t, 2, clean.allMarked(2)),
		doubt.page(t, 2, marks), clean.page(t, 3, clean.allMarked(3)))
	a := openArchive(t)
	rep := job(t, root, a, file)
	if len(rep.Kits) != 2 || rep.Pages != 4 || len(rep.Errors)+len(rep.Skipped)+len(rep.Missing) != 0 {
		t.Fatalf("report: %+v", rep)
	}
	// The kits come in the order of their first page.
	d, c := rep.Kits[0], rep.Kits[1]
	if d.KitID != doubt.k.ID || c.KitID != clean.k.ID {
		t.Fatalf("kits %s, %s", d.KitID, c.KitID)
	}
	if r := c.Rounds[0]; r.Outcome != "archived" || r.Version != 1 || r.Read != 3 || r.Recommendation != "Yes" || len(r.Review) != 0 || c.Review != nil {
		t.Errorf("the clean kit: %+v, review %v", r, c.Review)
	}
	r := d.Rounds[0]
	if r.Outcome != "review" || len(r.Review) != 1 || r.Review[0].Row != "Q2" || r.Review[0].Page != 2 ||
		r.Review[0].Reason != "two marks: 2 and 3" || !strings.HasSuffix(r.Review[0].Where, "stack.pdf page 3") {
		t.Errorf("the kit in doubt: %+v", r)
	}
	want := []string{}
	for i, q := range clean.k.Rounds[0].Questions {
		want = append(want, clean.k.ID+" 1 "+q.ID+"="+value(i+1))
	}
	for _, q := range doubt.k.Rounds[0].Questions {
		want = append(want, doubt.k.ID+" 1 "+q.ID+"=") // archived as nobody typed it
	}
	got := archived(t, a)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("archived\n%v\nwant\n%v", got, want)
	}
	// The review: the scoresheet with what was read, the row in doubt
	// left empty, and a picture of its page.
	if d.Review == nil || d.Review.Workbook != filepath.Join(doubt.dir, "bo-doubt-scan-review.xlsx") ||
		len(d.Review.Pictures) != 1 || !strings.HasSuffix(d.Review.Pictures[0], "bo-doubt-scan-review-round1-page2.png") {
		t.Fatalf("review files: %+v", d.Review)
	}
	b, err := os.ReadFile(d.Review.Workbook)
	if err != nil {
		t.Fatal(err)
	}
	s, err := scoresheet.Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range s.Rounds[0].Rows {
		want := value(i + 1)
		if i == 1 {
			want = ""
		}
		if row.Score.Text != want {
			t.Errorf("review workbook %s = %q, want %q", row.Score.Ref, row.Score.Text, want)
		}
	}
	if _, err := os.Stat(d.Review.Pictures[0]); err != nil {
		t.Error(err)
	}
	// A second scan never overwrites the first review, which a person may
	// be working on.
	again := job(t, root, a, file)
	if rv := again.Kits[0].Review; rv == nil || !strings.HasSuffix(rv.Workbook, "bo-doubt-scan-review-2.xlsx") {
		t.Errorf("second review: %+v", rv)
	}
	if r := again.Kits[1].Rounds[0]; r.Outcome != "unchanged" {
		t.Errorf("the clean kit scanned again: %s", r.Outcome)
	}
}

func TestRunLeavesAMissingOrTwiceReadPageForAPerson(t *testing.T) {
	root := t.TempDir()
	f := kitFolder(t, root, bankKit(t, "Cy Twice", 3))
	other := f.allMarked(2)
	other[0] = []string{"4"}
	file := stack(t, filepath.Join(t.TempDir(), "stack.pdf"), f.page(t, 2, f.allMarked(2)), f.page(t, 2, other))
	rep := job(t, root, nil, file)
	r := rep.Kits[0].Rounds[0]
	var reasons []string
	for _, it := range r.Review {
		reasons = append(reasons, it.Row+": "+it.Reason)
	}
	want := []string{
		"Q1: the page was scanned twice and read 1 at " + file + " page 1, 4 at " + file + " page 2",
		"Recommendation: the page is not in the stack",
	}
	if !slices.Equal(reasons, want) || r.Outcome != "would wait for review" || r.Read != 2 {
		t.Errorf("review %q, outcome %s, read %d; want %q", reasons, r.Outcome, r.Read, want)
	}
	if rep.Kits[0].Review != nil {
		t.Error("a dry run wrote a review")
	}
	if entries, _ := os.ReadDir(f.dir); len(entries) != 2 {
		t.Errorf("a dry run left %d files in the kit folder", len(entries))
	}
}
