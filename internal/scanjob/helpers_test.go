package scanjob_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/scanjob"
	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/interviewkit/interviewkit/scan"
)

// The fast tests' kit folders hold a real kit's scoresheet and the test
// packet's layout (synth.PacketFor) of its questions: pages drawn straight
// into pixels, no poppler, so the whole job runs in a second.

// folder is a kit folder made for a test.
type folder struct {
	k   *kit.Kit
	dir string
	doc *form.Document
}

// kitFolder writes a one-round kit folder for k under root: its
// scoresheet and the layout of the test packet of its questions.
func kitFolder(t testing.TB, root string, k *kit.Kit) *folder {
	t.Helper()
	dir := filepath.Join(root, kitfolder.DirName(k))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range k.Rounds[0].Questions {
		ids = append(ids, q.ID)
	}
	doc := synth.PacketFor(k.ID, 1, synth.A4, ids)
	var sheet bytes.Buffer
	if err := scoresheet.Write(&sheet, k); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, kitfolder.ScoresheetName(k)), sheet.Bytes())
	layout := form.Kit{Version: form.Version, KitID: k.ID, Scoresheet: kitfolder.ScoresheetName(k),
		Packets: []form.Packet{{File: "packet.pdf", Layout: *doc}}}
	var lb bytes.Buffer
	if err := layout.Encode(&lb); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, kitfolder.LayoutName), lb.Bytes())
	return &folder{k: k, dir: dir, doc: doc}
}

func write(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// page draws page n (1-based) of the folder's packet at 150 dpi with each
// row marked as marks says, by row index: the values to tick ("" for
// none), and captures it as a flat scan.
func (f *folder) page(t testing.TB, n int, marks map[int][]string) synth.Sheet {
	t.Helper()
	p := &f.doc.Pages[n-1]
	img, err := synth.Raster(f.doc, p, 150)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(uint64(n), 3))
	for i, values := range marks {
		for _, v := range values {
			for _, o := range p.Rows[i].Options {
				if o.Value == v {
					synth.Mark(img, 150/25.4, synth.MarkKind(r.IntN(4)), o.Box, synth.Pen{Ink: synth.Black, Width: 0.5, Opacity: 0.9}, r)
				}
			}
		}
	}
	sh, err := synth.EncodeJPEG(img, 85, 150)
	if err != nil {
		t.Fatal(err)
	}
	return sh
}

// allMarked marks every row of page n: question q gets value(q), the
// recommendation Yes.
func (f *folder) allMarked(n int) map[int][]string {
	out := map[int][]string{}
	for i, r := range f.doc.Pages[n-1].Rows {
		if r.Kind == form.Recommendation {
			out[i] = []string{kit.Yes}
			continue
		}
		out[i] = []string{value(r.Number)}
	}
	return out
}

// value is question q's score in the tests: 1-4 and N/A in turn.
func value(q int) string { return kit.ScoreValues[(q-1)%len(kit.ScoreValues)] }

// stack packs sheets into a scanned PDF at path.
func stack(t testing.TB, path string, sheets ...synth.Sheet) string {
	t.Helper()
	var buf bytes.Buffer
	if err := synth.PackPDF(&buf, sheets); err != nil {
		t.Fatal(err)
	}
	write(t, path, buf.Bytes())
	return path
}

// job runs a scan of files with the kits under root into a (nil: a dry
// run).
func job(t testing.TB, root string, a *archive.Archive, files ...string) *scanjob.Report {
	t.Helper()
	kits, err := scanjob.FindKits(root)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := scanjob.Run(context.Background(), files, scanjob.Options{Kits: kits, Archive: a, DryRun: a == nil, Limits: scan.DefaultLimits})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// openArchive opens a new SQLite archive in a test folder.
func openArchive(t testing.TB) *archive.Archive {
	t.Helper()
	a, err := archive.Open(filepath.Join(t.TempDir(), "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// archived is every current score of the archive as "kit round question=score".
func archived(t testing.TB, a *archive.Archive) []string {
	t.Helper()
	rows, err := a.Rows(context.Background(), archive.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, fmt.Sprintf("%s %d %s=%s", r.KitID, r.Round, r.QuestionID, r.Score))
	}
	return out
}

// bankKit is a one-round kit of n bank questions for candidate.
func bankKit(t testing.TB, candidate string, n int) *kit.Kit {
	return testkit.BankKit(t, "mid", n, candidate)
}
