package main

// Paper for the scan tests: real kit folders' packets printed through
// poppler, marked by synthetic pens as a plan says, captured as a scanner
// would and packed into one PDF, as HR's office scanner leaves a stack.

import (
	"bytes"
	"image"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// rowPlan is how one row is marked: one box per value (two for a double,
// none for blank) and, when changed is set, that value written in the
// row's Changed box.
type rowPlan struct {
	values  []string
	changed string
}

// printedKit is a kit folder's packets as printed pages.
type printedKit struct {
	dir       string
	layout    *form.Kit
	templates []*synth.Template // one per round
}

// printKit prints every packet of the kit folder dir at dpi.
func printKit(t testing.TB, dir string, dpi int) *printedKit {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, kitfolder.LayoutName))
	if err != nil {
		t.Fatal(err)
	}
	l, err := form.DecodeKit(bytes.NewReader(b), kitfolder.LayoutName)
	if err != nil {
		t.Fatal(err)
	}
	pk := &printedKit{dir: dir, layout: l}
	for i := range l.Packets {
		pdf, err := os.ReadFile(filepath.Join(dir, l.Packets[i].File))
		if err != nil {
			t.Fatal(err)
		}
		tp, err := synth.PrintPDF(pdf, &l.Packets[i].Layout, dpi, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		pk.templates = append(pk.templates, tp)
	}
	return pk
}

// markRound marks every page of round r (1-based) as plan says, by row
// label (Q1, Recommendation); a row the plan leaves out gets fill's value.
// It returns the marked pages and what each row was marked.
func (pk *printedKit) markRound(r int, plan map[string]rowPlan, fill func(q int) string, seed uint64) ([]*image.RGBA, map[string]rowPlan) {
	tp := pk.templates[r-1]
	rnd := rand.New(rand.NewPCG(seed, 1))
	marked := map[string]rowPlan{}
	var pages []*image.RGBA
	for i := range tp.Pages {
		img := tp.Copy(i)
		for _, row := range tp.Doc.Pages[i].Rows {
			rp, ok := plan[row.Label()]
			if !ok {
				rp = rowPlan{values: []string{fill(row.Number)}}
			}
			for _, v := range rp.values {
				for _, o := range row.Options {
					if o.Value == v {
						kind := synth.MarkKind(rnd.IntN(4))
						synth.Mark(img, tp.Scale, kind, o.Box, synth.RandomPen(rnd), rnd)
					}
				}
			}
			if rp.changed != "" {
				synth.Write(img, tp.Scale, *row.Correction, rp.changed, synth.RandomPen(rnd), rnd)
			}
			marked[row.Label()] = rp
		}
		pages = append(pages, img)
	}
	return pages, marked
}

// scanSheets captures pages as a flatbed scanner at dpi would, each turned
// a little, the page numbered upside in upside down.
func scanSheets(t testing.TB, tp *synth.Template, pages []*image.RGBA, dpi float64, upside int, seed uint64) []synth.Sheet {
	t.Helper()
	var out []synth.Sheet
	for i, img := range pages {
		rnd := rand.New(rand.NewPCG(seed, uint64(i)))
		c := synth.Capture{DPI: dpi, Margin: 5, Backing: 245, Angle: rnd.Float64()*4 - 2, Scale: 1,
			UpsideDown: i == upside, Blur: 0.6, Noise: 2.5, Quality: 70}
		captured, _ := synth.Degrade(img, tp.Scale, tp.Doc.Paper, c, rnd)
		sh, err := synth.EncodeJPEG(captured, c.Quality, dpi)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, sh)
	}
	return out
}

// packStack packs sheets into one scanned PDF at path.
func packStack(t testing.TB, path string, sheets []synth.Sheet) {
	t.Helper()
	var buf bytes.Buffer
	if err := synth.PackPDF(&buf, sheets); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// blankSheet is a blank page as a scanner leaves it, A4 at dpi.
func blankSheet(t testing.TB, dpi float64) synth.Sheet {
	t.Helper()
	w, h := int(210*dpi/25.4), int(297*dpi/25.4)
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 240
	}
	sh, err := synth.EncodeJPEG(img, 70, dpi)
	if err != nil {
		t.Fatal(err)
	}
	return sh
}

// runScanCmd runs interviewkit with args and returns its exit code and output.
func runScanCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"interviewkit"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// kitDir is the one kit folder under out whose name ends in the kit of the
// command's output.
func onlyDir(t testing.TB, out string) string {
	t.Helper()
	dirs, err := os.ReadDir(out)
	if err != nil || len(dirs) != 1 {
		t.Fatalf("%s holds %v (%v), want one kit folder", out, dirs, err)
	}
	return filepath.Join(out, dirs[0].Name())
}
