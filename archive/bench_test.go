package archive

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// benchFiles is how many completed scoresheets BenchmarkCollect collects.
const benchFiles = 1000

var (
	benchOnce  sync.Once
	benchDir   string // removed by TestMain
	benchPaths []string
)

// benchScoresheets writes benchFiles completed scoresheets once per test
// binary: a third single-round kits of six questions, the rest loops of two
// to four rounds of four questions, as generate and loop write them.
func benchScoresheets(b *testing.B) []string {
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "interviewkit-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		paths := make([]string, benchFiles)
		var wg sync.WaitGroup
		work := make(chan int)
		for range 4 {
			wg.Go(func() {
				for i := range work {
					var k = newKitN(b, fmt.Sprintf("Bench Candidate %04d", i), fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), 1, 6, uint64(i))
					if i%3 != 0 {
						k = newKitN(b, fmt.Sprintf("Bench Candidate %04d", i), fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), 2+i%3, 4, uint64(i))
					}
					paths[i] = writeFile(b, dir, fmt.Sprintf("k%04d.xlsx", i), fillWithExcelize(b, blankSheet(b, k), fullFill(k, i)))
				}
			})
		}
		for i := range benchFiles {
			work <- i
		}
		close(work)
		wg.Wait()
		benchPaths = paths
	})
	if len(benchPaths) != benchFiles {
		b.Fatal("no benchmark scoresheets")
	}
	return benchPaths
}

// BenchmarkCollect collects 1,000 completed scoresheets into a new archive
// on each backend (PostgreSQL when a server is given, see testkit.Postgres);
// one op is the whole collect.
func BenchmarkCollect(b *testing.B) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			paths := benchScoresheets(b)
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				a, err := Open(be.archive(b))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				err = a.CollectFiles(context.Background(), paths, func(r Result) {
					if r.Status != Archived {
						b.Fatalf("%s: %v %v", r.Source, r.Status, r.Err)
					}
				})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				a.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchFiles), "ns/file")
		})
	}
}

// BenchmarkCollectUnchanged collects the same 1,000 scoresheets again: the
// cost of a nightly collect over a folder that has not changed.
func BenchmarkCollectUnchanged(b *testing.B) {
	paths := benchScoresheets(b)
	a, err := Open(filepath.Join(b.TempDir(), "archive.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	ctx := context.Background()
	a.CollectFiles(ctx, paths, func(Result) {})
	b.ResetTimer()
	for b.Loop() {
		a.CollectFiles(ctx, paths, func(r Result) {
			if r.Status != Unchanged {
				b.Fatalf("%s: %v", r.Source, r.Status)
			}
		})
	}
}

// BenchmarkReadScoresheet reads one completed three-round scoresheet.
func BenchmarkReadScoresheet(b *testing.B) {
	paths := benchScoresheets(b)
	data, err := os.ReadFile(paths[1])
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if p, res := read("bench.xlsx", bytesReader(data)); p == nil {
			b.Fatal(res.Err)
		}
	}
}
