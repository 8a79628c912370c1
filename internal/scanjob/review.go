package scanjob

// The review a person settles a kit with: a copy of the kit's scoresheet
// with every value read from paper typed in and every cell to check
// highlighted with why (scoresheet.WriteFilled), and a picture of each page
// in question with what was read drawn over it. They go into the kit's
// folder beside its scoresheet, named after it; a review already there,
// which a person may have started on, is never overwritten: the next one
// is numbered.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/internal/atomicfile"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// maxReviews is how many numbered reviews one kit folder may gather.
const maxReviews = 99

// reviewPicture is one picture of a page to review.
type reviewPicture struct {
	round, page int
	png         []byte
}

// writeReview writes a kit's review workbook and pictures.
func writeReview(f *Folder, sheet []byte, reads []*roundRead) (*ReviewFiles, error) {
	var entries []scoresheet.Entry
	var pictures []reviewPicture
	for _, rr := range reads {
		entries = append(entries, rr.entries...)
		pictures = append(pictures, picturesOf(rr)...)
	}
	var book bytes.Buffer
	if err := scoresheet.WriteFilled(&book, bytes.NewReader(sheet), int64(len(sheet)), entries); err != nil {
		return nil, err
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(f.Layout.Scoresheet, ".xlsx"), "-scoresheet") + "-scan-review"
	for n := 1; n <= maxReviews; n++ {
		name := stem
		if n > 1 {
			name = fmt.Sprintf("%s-%d", stem, n)
		}
		files, err := writeReviewAs(f.Dir, name, book.Bytes(), pictures)
		if errors.Is(err, atomicfile.ErrExists) {
			continue
		}
		return files, err
	}
	return nil, fmt.Errorf("%d reviews are already in %s; settle and remove some", maxReviews, f.Dir)
}

// picturesOf are the pictures of a round's pages that hold a row to
// review, one per page.
func picturesOf(rr *roundRead) []reviewPicture {
	var out []reviewPicture
	var done []int
	for _, item := range rr.report.Review {
		if slices.Contains(done, item.Page) {
			continue
		}
		for _, pr := range rr.pages {
			if pr.res.Code.Page == item.Page && pr.kept != nil && pr.kept.picture != nil {
				out = append(out, reviewPicture{rr.report.Round, item.Page, pr.kept.picture})
				done = append(done, item.Page)
				break
			}
		}
	}
	return out
}

// writeReviewAs writes the review under name: the pictures, then the
// workbook, none over a file that exists (atomicfile.ErrExists, and what
// was written is removed again).
func writeReviewAs(dir, name string, book []byte, pictures []reviewPicture) (*ReviewFiles, error) {
	files := &ReviewFiles{Workbook: filepath.Join(dir, name+".xlsx")}
	for _, p := range pictures {
		files.Pictures = append(files.Pictures, filepath.Join(dir, fmt.Sprintf("%s-round%d-page%d.png", name, p.round, p.page)))
	}
	for _, path := range append(slices.Clone(files.Pictures), files.Workbook) {
		if _, err := os.Lstat(path); err == nil {
			return nil, atomicfile.ErrExists
		}
	}
	var written []string
	undo := func() {
		for _, p := range written {
			os.Remove(p)
		}
	}
	for i, p := range pictures {
		if err := writeNew(files.Pictures[i], p.png); err != nil {
			undo()
			return nil, err
		}
		written = append(written, files.Pictures[i])
	}
	if err := writeNew(files.Workbook, book); err != nil {
		undo()
		return nil, err
	}
	return files, nil
}

// writeNew writes a new file as one step, never over one that exists.
func writeNew(path string, b []byte) error {
	return atomicfile.Write(path, false, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}
