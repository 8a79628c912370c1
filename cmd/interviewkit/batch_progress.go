package main

// Progress for long runs. Its rules: a bar with counts and the time left,
// on standard error, only when standard error is a terminal; anywhere
// else (a file, a pipe, a test) nothing at all, so no carriage return
// ever lands in a log.

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress counts finished pieces of work.
type progress interface {
	add()
	finish()
}

// newProgress is a bar of total pieces on w when w is a terminal, and
// nothing otherwise.
func newProgress(w io.Writer, total int) progress {
	f, ok := w.(*os.File)
	return newProgressOn(w, ok && term.IsTerminal(int(f.Fd())), total, progressEvery)
}

// progressEvery is how often the bar is redrawn, at most.
const progressEvery = 100 * time.Millisecond

// newProgressOn is newProgress with the terminal question answered, and
// the bar redrawn at most every so often.
func newProgressOn(w io.Writer, terminal bool, total int, every time.Duration) progress {
	if !terminal || total == 0 {
		return noProgress{}
	}
	return &bar{progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("Writing"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(every),
		progressbar.OptionClearOnFinish(),
	)}
}

type noProgress struct{}

func (noProgress) add()    {}
func (noProgress) finish() {}

type bar struct{ pb *progressbar.ProgressBar }

func (b *bar) add()    { _ = b.pb.Add(1) }
func (b *bar) finish() { _ = b.pb.Finish() }
