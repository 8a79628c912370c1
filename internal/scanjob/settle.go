package scanjob

// Settling a kit: each round read is archived through archive.CollectScan,
// the kit's own scoresheet with the values read put in, and the round's
// pages kept beside it; a round with anything for a person is archived as
// nobody typed it, with its pages, and waits in the review workbook.

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// settleKit archives what a kit's pages settle and writes what they do
// not.
func settleKit(ctx context.Context, kp *kitPages, opt Options) *KitReport {
	f := kp.folder
	rep := &KitReport{KitID: f.KitID, Folder: f.Dir, Rounds: []*RoundReport{}}
	numbers := make([]int, 0, len(kp.rounds))
	for n := range kp.rounds {
		numbers = append(numbers, n)
	}
	slices.Sort(numbers)
	sheet, sheetBytes, err := f.Scoresheet()
	if err != nil {
		rep.Err = err.Error() + "; nothing of this kit was archived"
		return rep
	}
	rep.Candidate, rep.Date = sheet.Candidate, sheet.Date
	var reads []*roundRead
	for _, n := range numbers {
		rr, err := readRound(n, kp.rounds[n], f.Layout.Round(n), &sheet.Rounds[n-1])
		if err != nil {
			rep.Err = fmt.Sprintf("%s/%s: %v; nothing of this kit was archived", f.Dir, f.Layout.Scoresheet, err)
			return rep
		}
		reads = append(reads, rr)
		rep.Rounds = append(rep.Rounds, rr.report)
	}
	review := false
	for _, rr := range reads {
		archiveRound(ctx, rr, sheet, opt)
		review = review || len(rr.report.Review) > 0
	}
	if review && !opt.DryRun {
		files, err := writeReview(f, sheetBytes, reads)
		if err != nil {
			rep.Err = "the review workbook could not be written: " + err.Error()
		}
		rep.Review = files
	}
	return rep
}

// archiveRound archives one round read, or says what it would do.
func archiveRound(ctx context.Context, rr *roundRead, sheet *scoresheet.Completed, opt Options) {
	r := rr.report
	store := len(r.Review) == 0
	if opt.DryRun {
		r.Outcome = "would archive"
		if !store {
			r.Outcome = "would wait for review"
			if opt.Archive != nil {
				settled(ctx, rr, sheet.KitID, opt)
			}
		}
		return
	}
	round := archive.ScanRound{Number: r.Round, Store: store, Pages: pageScans(rr.pages)}
	res := opt.Archive.CollectScan(ctx, sources(rr.pages), withValues(sheet, r.Round, rr.values), round)
	if res.Err != nil {
		r.Outcome = "rejected"
		r.Err = res.Err.Error()
		for _, p := range res.Problems {
			r.Err += "\n" + p.String()
		}
		return
	}
	if !store {
		r.Outcome = "review"
		settled(ctx, rr, sheet.KitID, opt)
		return
	}
	for _, got := range res.Rounds {
		if got.Number != r.Round {
			continue
		}
		r.Version = got.Version
		r.Outcome = map[archive.Change]string{archive.RoundNew: "archived", archive.RoundReplaced: "corrected",
			archive.RoundUnchanged: "unchanged", archive.RoundKept: "kept"}[got.Change]
	}
}

// settled clears a round's review when a person already settled it after
// these very pages were scanned: running scan over the same files again
// (a folder of every day's scans, say) asks nobody twice. The rows that
// were in doubt on paper are counted in Settled.
func settled(ctx context.Context, rr *roundRead, kitID string, opt Options) {
	var images [][]byte
	for _, p := range pageScans(rr.pages) {
		images = append(images, p.Image)
	}
	// The pages of the round that hold a row in doubt must all be among
	// them: a page not kept (not read) is not the same paper.
	for _, it := range rr.report.Review {
		if !slices.ContainsFunc(rr.pages, func(pr *pageRead) bool { return pr.res.Code.Page == it.Page && pr.kept != nil }) {
			return
		}
	}
	// An archive that cannot tell (an error, a schema without scans) leaves
	// the round for review: asking twice is the safe side.
	v, ok, err := opt.Archive.SettledSince(ctx, kitID, rr.report.Round, images)
	if err != nil || !ok {
		return
	}
	r := rr.report
	r.Outcome, r.Version, r.Settled, r.Review = "settled", v, len(r.Review), []ReviewItem{}
}

// withValues is sheet with round n's cells set to what was read from paper:
// a score as the number a person types, N/A and a call as text, blank as
// empty. Cells not read keep what the sheet holds.
func withValues(sheet *scoresheet.Completed, n int, values map[string]string) *scoresheet.Completed {
	s := *sheet
	s.Rounds = slices.Clone(sheet.Rounds)
	r := &s.Rounds[n-1]
	set := func(c scoresheet.Cell) scoresheet.Cell {
		v, ok := values[c.Ref]
		switch {
		case !ok:
			return c
		case v == "":
			return scoresheet.Cell{Ref: c.Ref}
		case len(v) == 1 && v >= "1" && v <= "4":
			return scoresheet.Cell{Ref: c.Ref, Kind: scoresheet.CellNumber, Text: v}
		}
		return scoresheet.Cell{Ref: c.Ref, Kind: scoresheet.CellText, Text: v}
	}
	r.Rows = slices.Clone(r.Rows)
	for i := range r.Rows {
		r.Rows[i].Score = set(r.Rows[i].Score)
	}
	r.Recommendation = set(r.Recommendation)
	return &s
}

// pageScans are the pages to keep for the archive, each reading once.
func pageScans(pages []*pageRead) []archive.PageScan {
	var out []archive.PageScan
	for _, pr := range pages {
		if pr.kept == nil || pr.kept.image == nil {
			continue
		}
		out = append(out, archive.PageScan{Page: pr.res.Code.Page, Format: pr.kept.format, Image: pr.kept.image,
			Source: pr.src.File, SourcePage: pr.src.Number})
	}
	return out
}

// sources names the files a round's pages came from, for the archive's
// history.
func sources(pages []*pageRead) string {
	var files []string
	for _, pr := range pages {
		if !slices.Contains(files, pr.src.File) {
			files = append(files, pr.src.File)
		}
	}
	s := archive.ScanSourcePrefix + strings.Join(files, ", ")
	if len(s) > 300 {
		sum := sha256.Sum256([]byte(s))
		s = fmt.Sprintf("%s… (%d files, %x)", s[:200], len(files), sum[:4])
	}
	return strings.ToValidUTF8(s, "?")
}
