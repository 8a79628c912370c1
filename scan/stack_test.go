package scan_test

import (
	"bytes"
	"errors"
	"iter"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
)

var (
	testStackOnce sync.Once
	testStackPDF  []byte
)

// testStack is a scanned PDF of every page of the test kit, cover first,
// at the fast tests' resolution; made once, shared by the tests.
func testStack(t testing.TB) []byte {
	t.Helper()
	testStackOnce.Do(func() { testStackPDF = makeTestStack(t) })
	if testStackPDF == nil {
		t.Fatal("the test stack could not be made")
	}
	return testStackPDF
}

func makeTestStack(t testing.TB) []byte {
	var sheets []synth.Sheet
	for i := range testKit.Pages {
		img := captured(drawnPage(t, i), flatScan(0.5, false), uint64(i))
		sh, err := synth.EncodeJPEG(img, 80, rasterDPI)
		if err != nil {
			t.Fatal(err)
		}
		sheets = append(sheets, sh)
	}
	return scannedPDF(t, sheets...)
}

func files(fs ...[]byte) iter.Seq2[scan.Page, error] {
	return func(yield func(scan.Page, error) bool) {
		for i, f := range fs {
			name := []string{"a.pdf", "b.pdf", "c.pdf"}[i]
			for p, err := range scan.Pages(bytes.NewReader(f), int64(len(f)), name, scan.DefaultLimits) {
				if !yield(p, err) {
					return
				}
			}
		}
	}
}

func TestReaderYieldsResultsInInputOrder(t *testing.T) {
	pdf := testStack(t)
	broken := []byte("%PDF-1.4\nnot really\n")
	r := scan.Reader{Lookup: form.Lookup(testKit), Workers: 3}
	type seen struct {
		file string
		page int
	}
	var got []seen
	for res := range r.Read(files(pdf, broken, pdf)) {
		got = append(got, seen{res.Page.File, res.Page.Number})
		switch {
		case res.Page.File == "b.pdf":
			if !errors.Is(res.Err, scan.ErrDamaged) {
				t.Errorf("broken file: error %v, want ErrDamaged", res.Err)
			}
		case res.Err != nil:
			t.Errorf("%v: %v", res.Page, res.Err)
		case res.Status != scan.PageRead || res.Code != testKit.Code(res.Page.Number):
			t.Errorf("%v: %v %q, code %v", res.Page, res.Status, res.Reason, res.Code)
		}
	}
	n := len(testKit.Pages)
	var want []seen
	for _, f := range []string{"a.pdf", "b.pdf", "c.pdf"} {
		if f == "b.pdf" {
			want = append(want, seen{f, 0})
			continue
		}
		for p := 1; p <= n; p++ {
			want = append(want, seen{f, p})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d results, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("result %d is %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
}

func TestReaderStopsWhenTheCallerDoes(t *testing.T) {
	pdf := testStack(t)
	before := runtime.NumGoroutine()
	r := scan.Reader{Lookup: form.Lookup(testKit), Workers: 2}
	n := 0
	for range r.Read(files(pdf, pdf, pdf)) {
		n++
		if n == 2 {
			break
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left running after the caller stopped (%d before)", g-before, before)
	}
}

func TestReaderKeepsImagesOnlyWhenAsked(t *testing.T) {
	pdf := testStack(t)
	for _, keep := range []bool{false, true} {
		r := scan.Reader{Lookup: form.Lookup(testKit), KeepImages: keep}
		for res := range r.Read(files(pdf)) {
			if (res.Image != nil) != keep {
				t.Errorf("KeepImages %v: %v has image %v", keep, res.Page, res.Image != nil)
			}
			break
		}
	}
}
