package scan_test

// The accuracy test: real packets (layouts.WritePacketForm) printed through
// poppler, marked by synthetic pens, captured by synthetic scanners and
// phones, packed as scanners pack them, and read back through intake and
// the Reader, as the scan command does. Seeded, so every run reads the same
// pages.

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
)

var (
	minSingles    = flag.Int("singles", 1000, "accuracy test: least number of single marks to read")
	confusionFile = flag.String("confusion", "", "accuracy test: write the confusion table to this file")
	dumpFailures  = flag.String("dump-failures", "", "accuracy test: save the pages not read right into this folder")
)

// The accuracy the issue asks for.
const minSingleAccuracy = 0.995

func TestAccuracyOnSyntheticScans(t *testing.T) {
	if testing.Short() {
		t.Skip("prints, marks and scans hundreds of pages; run without -short")
	}
	synth.NeedTool(t, "pdftoppm")
	st := syntheticStack(t, *minSingles)
	conf := newConfusion()
	lookup := form.Lookup(st.docs...)
	reader := scan.Reader{Lookup: lookup}
	n := 0
	for res := range reader.Read(st.pages()) {
		want, ok := st.truth[pageKey{res.Page.File, res.Page.Number}]
		if !ok {
			t.Fatalf("a result for %v, which was never packed", res.Page)
		}
		n++
		if res.Err != nil {
			t.Errorf("%v: %v", res.Page, res.Err)
			continue
		}
		if want.sample == nil {
			if res.Status != scan.PageNoCode {
				t.Errorf("%v (%s): status %v %q, want no code", res.Page, want.what, res.Status, res.Reason)
			}
			continue
		}
		s := want.sample
		if res.Status != scan.PageRead {
			conf.unplaced++
			t.Logf("%v (%s): %v: %s", res.Page, describe(s), res.Status, res.Reason)
			dump(t, res.Page, s)
		}
		if res.Status != scan.PageNoCode && res.Code != s.Doc.Code(s.Page.Number) {
			t.Errorf("%v: code %v, want %v", res.Page, res.Code, s.Doc.Code(s.Page.Number))
		}
		if res.Status == scan.PageRead && want.upsideDown && res.Rotation != 180 {
			t.Errorf("%v: rotation %d, want 180", res.Page, res.Rotation)
		}
		if len(res.Rows) != len(s.Page.Rows) {
			if res.Status != scan.PageNoCode && res.Status != scan.PageUnknown {
				t.Errorf("%v: %d rows, want %d", res.Page, len(res.Rows), len(s.Page.Rows))
			}
			for j := range s.Page.Rows {
				conf.add(s.Truth[j].Class(&s.Page.Rows[j]), "review")
			}
			continue
		}
		for j, row := range res.Rows {
			truth := s.Truth[j].Class(&s.Page.Rows[j])
			got := conf.add(truth, outcome(truth, row))
			if got != "right" && !(got == "review" && notSingle(truth) && truth != "blank") && !(got == "blank" && truth == "blank") {
				t.Logf("%v %s: truth %s (%v in %v), read %v %q %q; ink %s", res.Page, row.Label, truth,
					s.Truth[j].Kinds, s.Truth[j].Inks, row.State, row.Value, row.Reason, inks(row.Options))
				dump(t, res.Page, s)
			}
		}
	}
	if n != len(st.truth) {
		t.Errorf("%d results for %d pages", n, len(st.truth))
	}
	table := conf.String()
	t.Logf("confusion table (%d pages, %d files):\n%s", len(st.truth), len(st.files), table)
	if *confusionFile != "" {
		if err := os.WriteFile(*confusionFile, []byte(table), 0o644); err != nil {
			t.Error(err)
		}
	}
	singles, right := conf.singles()
	if singles < *minSingles {
		t.Errorf("only %d single marks; want at least %d", singles, *minSingles)
	}
	if acc := float64(right) / float64(singles); acc < minSingleAccuracy {
		t.Errorf("%.2f%% of single marks read right; want at least %.1f%%", 100*acc, 100*minSingleAccuracy)
	}
	if m := conf.misreads(); m > 0 {
		t.Errorf("%d rows read as a value they do not hold", m)
	}
	// Nothing but one clear mark is ever a score. A double mark or a
	// changed mind is never blank either. A hesitant stroke goes to a
	// person when it leaves a trace over 2% of a box; a lighter one may be
	// taken for no mark, which stores no score, and is counted (1 of 126
	// in a run of 3,000 marks, a trace of 1.6%).
	for _, cls := range []string{"blank", "double", "changed", "ambiguous"} {
		for got, k := range conf.counts[cls] {
			if got == "right" || got == "other value" || (cls == "double" || cls == "changed") && got == "blank" {
				t.Errorf("%d %s rows read %s", k, cls, got)
			}
		}
	}
}

// dump saves a sample's page image for a person to look at.
func dump(t *testing.T, p scan.Page, s *synth.Sample) {
	if *dumpFailures == "" {
		return
	}
	name := filepath.Join(*dumpFailures, fmt.Sprintf("%s-%d.jpg", strings.TrimSuffix(p.File, filepath.Ext(p.File)), p.Number))
	if err := os.WriteFile(name, s.Sheet.Data, 0o644); err != nil {
		t.Error(err)
	}
}

// outcome classifies a row's reading against its truth.
func outcome(truth string, row scan.RowResult) string {
	switch row.State {
	case scan.Review:
		return "review"
	case scan.Blank:
		return "blank"
	}
	if row.Value == truth {
		return "right"
	}
	return "other value"
}

func inks(os []scan.OptionInk) string {
	var b strings.Builder
	for _, o := range os {
		fmt.Fprintf(&b, "[%s fill %.3f trace %.3f ring %.2f %v] ", o.Value, o.Fill, o.Trace, o.Ring, o.Mark)
	}
	return b.String()
}

func describe(s *synth.Sample) string {
	c := s.Capture
	if c.Phone {
		return fmt.Sprintf("photo, blur %.1f, noise %.0f, light %.2f, shadow %.2f", c.Blur, c.Noise, c.Light, c.Shadow)
	}
	return fmt.Sprintf("scan %g dpi, %.1f°, blur %.1f, noise %.0f, JPEG %d", c.DPI, c.Angle, c.Blur, c.Noise, c.Quality)
}

// confusion counts rows by truth and outcome.
type confusion struct {
	counts   map[string]map[string]int
	unplaced int
}

func newConfusion() *confusion { return &confusion{counts: map[string]map[string]int{}} }

func (c *confusion) add(truth, got string) string {
	if c.counts[truth] == nil {
		c.counts[truth] = map[string]int{}
	}
	c.counts[truth][got]++
	return got
}

// singles counts the rows with one mark, and those read right.
func (c *confusion) singles() (n, right int) {
	for cls, m := range c.counts {
		if notSingle(cls) {
			continue
		}
		for got, k := range m {
			n += k
			if got == "right" {
				right += k
			}
		}
	}
	return n, right
}

// notSingle says whether a truth class is not one clear mark, so that
// "right" is no reading of it.
func notSingle(cls string) bool {
	return cls == "blank" || cls == "double" || cls == "changed" || cls == "ambiguous"
}

// misreads counts rows given a value they do not hold: the failure that
// must never happen.
func (c *confusion) misreads() int {
	n := 0
	for _, m := range c.counts {
		n += m["other value"]
	}
	return n
}

// String prints the table: a line per truth, a column per outcome.
func (c *confusion) String() string {
	cols := []string{"right", "other value", "blank", "review"}
	order := append(slices.Clone(form.ScoreValues), kit.DefaultRule().Labels.List()...)
	order = append(order, "blank", "double", "changed", "ambiguous")
	var b strings.Builder
	fmt.Fprintf(&b, "%-13s %7s %7s %7s %7s %7s\n", "truth \\ read", "right", "other", "blank", "review", "rows")
	total := map[string]int{}
	for _, cls := range order {
		m := c.counts[cls]
		if m == nil {
			continue
		}
		name := cls
		if notSingle(cls) {
			name = cls + " *"
		}
		fmt.Fprintf(&b, "%-13s", name)
		sum := 0
		for _, col := range cols {
			fmt.Fprintf(&b, " %7d", m[col])
			sum += m[col]
			total[col] += m[col]
		}
		fmt.Fprintf(&b, " %7d\n", sum)
	}
	fmt.Fprintf(&b, "%-13s", "all rows")
	sum := 0
	for _, col := range cols {
		fmt.Fprintf(&b, " %7d", total[col])
		sum += total[col]
	}
	fmt.Fprintf(&b, " %7d\n", sum)
	n, right := c.singles()
	fmt.Fprintf(&b, "single marks: %d of %d read right (%.2f%%); rows read as a value they do not hold: %d; pages not placed: %d\n",
		right, n, 100*float64(right)/float64(max(n, 1)), c.misreads(), c.unplaced)
	b.WriteString("* a blank row is right when read blank; a double, a mark with a value written in the Changed box, and a hesitant stroke alone (ambiguous), when sent to review (an ambiguous row read blank stores no score, and is counted)\n")
	return b.String()
}

// stack is the synthetic input: files as a scanner and a phone leave them,
// and what is truly on each page.
type stack struct {
	docs  []*form.Document
	files []file
	truth map[pageKey]pageTruth
}

type file struct {
	name string
	data []byte
}

type pageKey struct {
	file string
	page int
}

type pageTruth struct {
	sample     *synth.Sample // nil for a page that is not a form
	upsideDown bool
	what       string
}

// pages is the intake of every file, one after another.
func (s *stack) pages() func(yield func(scan.Page, error) bool) {
	return func(yield func(scan.Page, error) bool) {
		for _, f := range s.files {
			for p, err := range scan.Pages(bytes.NewReader(f.data), int64(len(f.data)), f.name, scan.DefaultLimits) {
				if !yield(p, err) {
					return
				}
			}
		}
	}
}

var (
	stackOnce  sync.Once
	stackCache *stack
	stackErr   error
)

// syntheticStack makes the test input once per test binary: real packets
// (printedPackets), each page marked and captured many times, so that at
// least singles rows carry one mark.
func syntheticStack(t testing.TB, singles int) *stack {
	stackOnce.Do(func() { stackCache, stackErr = makeStack(t, singles) })
	if stackErr != nil {
		t.Fatal(stackErr)
	}
	return stackCache
}

func makeStack(t testing.TB, singles int) (*stack, error) {
	tmp, err := os.MkdirTemp("", "scan-accuracy")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	templates, err := printedPackets(t, tmp)
	if err != nil {
		return nil, err
	}
	var docs []*form.Document
	for _, tp := range templates {
		docs = append(docs, tp.Doc)
	}
	// Rows per round of every page; about three in four carry one mark.
	rows := 0
	for _, d := range docs {
		for _, p := range d.Pages {
			rows += len(p.Rows)
		}
	}
	rounds := singles*100/(rows*74) + 1
	var jobs []synth.Job
	seed := uint64(1)
	for range rounds {
		for _, tp := range templates {
			for i, p := range tp.Doc.Pages {
				if len(p.Rows) == 0 && seed > 40 {
					continue // a few pages without rows are enough
				}
				kind := synth.Scanned
				switch {
				case seed%8 == 3:
					kind = synth.Photographed
				case seed%13 == 5:
					kind = synth.ScannedUpsideDown
				}
				// Every fifth scan is stored as a lossless grey page
				// (Flate), the rest as the scanner's JPEG.
				jobs = append(jobs, synth.Job{T: tp, Page: i, Kind: kind, Seed: seed, Flate: seed%5 == 0})
				seed++
			}
		}
	}
	samples, err := synth.MakeAll(jobs)
	if err != nil {
		return nil, err
	}
	st := &stack{docs: docs, truth: map[pageKey]pageTruth{}}
	// Scans go into stacks of up to 40 pages, the kits shuffled together,
	// with a blank page and a typed CV page in each. Photos stay single
	// JPEG files.
	r := rand.New(rand.NewPCG(42, 42))
	var scanned []int
	for i := range samples {
		s := &samples[i]
		if s.Capture.Phone {
			name := fmt.Sprintf("photo-%03d.jpg", i)
			st.files = append(st.files, file{name, s.Sheet.Data})
			st.truth[pageKey{name, 0}] = pageTruth{sample: s}
			continue
		}
		scanned = append(scanned, i)
	}
	r.Shuffle(len(scanned), func(i, j int) { scanned[i], scanned[j] = scanned[j], scanned[i] })
	blank, cv := otherPages()
	for n := 0; len(scanned) > 0; n++ {
		k := min(40, len(scanned))
		part := scanned[:k]
		scanned = scanned[k:]
		name := fmt.Sprintf("stack-%02d.pdf", n+1)
		var sheets []synth.Sheet
		for _, i := range part {
			s := &samples[i]
			sheets = append(sheets, s.Sheet)
			st.truth[pageKey{name, len(sheets)}] = pageTruth{sample: s, upsideDown: s.Capture.UpsideDown}
		}
		for _, extra := range []struct {
			what  string
			sheet synth.Sheet
		}{{"blank page", blank}, {"typed CV", cv}} {
			at := r.IntN(len(sheets) + 1)
			sheets = slices.Insert(sheets, at, extra.sheet)
			// Renumber the truth after the insertion point.
			for p := len(sheets); p > at+1; p-- {
				st.truth[pageKey{name, p}] = st.truth[pageKey{name, p - 1}]
			}
			st.truth[pageKey{name, at + 1}] = pageTruth{what: extra.what}
		}
		var buf bytes.Buffer
		if err := synth.PackPDF(&buf, sheets); err != nil {
			return nil, err
		}
		st.files = append(st.files, file{name, buf.Bytes()})
	}
	return st, nil
}

// otherPages are pages found in a stack that are not forms: a blank sheet
// and a typed page with no code.
func otherPages() (synth.Sheet, synth.Sheet) {
	blank := image.NewGray(image.Rect(0, 0, 1654, 2339))
	cv := image.NewGray(image.Rect(0, 0, 1654, 2339))
	r := rand.New(rand.NewPCG(3, 3))
	for i := range blank.Pix {
		blank.Pix[i] = uint8(238 + r.IntN(8))
		cv.Pix[i] = blank.Pix[i]
	}
	for line := range 40 {
		y := 200 + line*45
		for x := 180; x < 180+r.IntN(1200); x++ {
			if r.IntN(3) > 0 {
				for dy := range 18 {
					cv.Pix[(y+dy)*cv.Stride+x] = 40
				}
			}
		}
	}
	b, _ := synth.EncodeJPEG(blank, 70, 200)
	c, _ := synth.EncodeJPEG(cv, 70, 200)
	return b, c
}
