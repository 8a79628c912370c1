package scan

// Reading a stack: pages are decoded and read on every core, and the
// results come back in the order the pages went in. At most two pages per
// worker are in flight, decoded or waiting to be yielded, so a 500-page
// stack uses the memory of a handful of pages whatever its length.

import (
	"fmt"
	"image"
	"iter"
	"runtime"
	"sync"
)

// Result is what became of one page of an intake file.
type Result struct {
	Page Page // which file and page
	PageResult
	Err   error       // the page could not be decoded or read; PageResult is empty
	Image image.Image // the decoded page, when Reader.KeepImages is set
	Extra any         // what Reader.After returned
}

// Reader reads stacks of pages.
type Reader struct {
	// Lookup finds the layout of a page from its code.
	Lookup Lookup
	// Workers is how many pages are read at once; GOMAXPROCS when zero.
	Workers int
	// KeepImages keeps each decoded page image in its Result, for an
	// overlay or a reviewer. The memory is then the caller's to bound.
	KeepImages bool
	// After, when set, runs on the worker for each page read, while its
	// decoded image is in memory; what it returns is kept in the Result's
	// Extra. The scan command makes a page's archive copy and its review
	// picture there, on every core, and keeps only their bytes.
	After func(p Page, img image.Image, res *PageResult) any
}

type numbered struct {
	seq int
	res Result
}

// Read reads the pages, in parallel, yielding each page's result in input
// order. Intake errors for a page or a file come back as results with Err
// set. Stopping early stops the reading; Read returns once every page in
// flight is finished, so the caller may close the files afterwards.
func (r *Reader) Read(pages iter.Seq2[Page, error]) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		workers := r.Workers
		if workers <= 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		type job struct {
			seq  int
			page Page
			err  error
		}
		jobs := make(chan job)
		results := make(chan numbered, workers)
		done := make(chan struct{})
		window := make(chan struct{}, 2*workers) // a token for each page in flight
		var wg sync.WaitGroup
		wg.Go(func() { // the producer: intake runs here, one page after another
			defer close(jobs)
			seq := 0
			for p, err := range pages {
				select {
				case window <- struct{}{}:
				case <-done:
					return
				}
				select {
				case jobs <- job{seq, p, err}:
				case <-done:
					return
				}
				seq++
			}
		})
		var workersWG sync.WaitGroup
		for range workers {
			workersWG.Go(func() {
				for j := range jobs {
					res := Result{Page: j.page, Err: j.err}
					if j.err == nil {
						res = r.readOne(j.page)
					}
					select {
					case results <- numbered{j.seq, res}:
					case <-done:
						return
					}
				}
			})
		}
		go func() {
			workersWG.Wait()
			close(results)
		}()
		defer func() {
			close(done)
			for range results {
			}
			wg.Wait()
		}()
		pending := map[int]Result{}
		next := 0
		for n := range results {
			pending[n.seq] = n.res
			for {
				res, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				if !yield(res) {
					return
				}
			}
		}
	}
}

// readOne decodes and reads one page.
func (r *Reader) readOne(p Page) (res Result) {
	res.Page = p
	defer func() {
		if v := recover(); v != nil {
			res = Result{Page: p, Err: fmt.Errorf("%s: reading failed: %v", p, v)}
		}
	}()
	img, err := p.Image()
	if err != nil {
		res.Err = err
		return res
	}
	pr, err := ReadPage(img, r.Lookup)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", p, err)
		return res
	}
	res.PageResult = pr
	if r.KeepImages {
		res.Image = img
	}
	if r.After != nil {
		res.Extra = r.After(p, img, &res.PageResult)
	}
	return res
}
