package scanjob_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
)

// TestRunReportsBadFilesAndArchivesTheRest: damaged, truncated and
// imageless PDFs, a PNG claiming 100,000 x 100,000 pixels, an empty file
// and a missing one are each reported with why, never a crash; the good
// stack beside them is archived; the bad ones leave nothing behind.
func TestRunReportsBadFilesAndArchivesTheRest(t *testing.T) {
	root, in := t.TempDir(), t.TempDir()
	f := kitFolder(t, root, bankKit(t, "Dee Good", 2))
	good := stack(t, filepath.Join(in, "good.pdf"), f.page(t, 2, f.allMarked(2)), f.page(t, 3, f.allMarked(3)))
	gb, _ := os.ReadFile(good)
	corrupt := bytes.Clone(gb)
	for i := 100; i < len(corrupt); i += 7 {
		corrupt[i] ^= 0x5a
	}
	text := fpdf.New("P", "mm", "A4", "")
	text.AddPage()
	text.SetFont("Helvetica", "", 12)
	text.Text(20, 20, "A CV, typed, not scanned.")
	var tb bytes.Buffer
	if err := text.Output(&tb); err != nil {
		t.Fatal(err)
	}
	bad := map[string][]byte{
		"corrupt.pdf":   corrupt,
		"truncated.pdf": gb[:len(gb)/3],
		"typed.pdf":     tb.Bytes(),
		"huge.png":      pngHeader(100000, 100000),
		"empty.pdf":     nil,
	}
	files := []string{filepath.Join(in, "missing.pdf")}
	for name, b := range bad {
		files = append(files, filepath.Join(in, name))
		write(t, files[len(files)-1], b)
	}
	files = append(files, good)
	a := openArchive(t)
	rep := job(t, root, a, files...)
	if len(rep.Kits) != 1 || rep.Kits[0].Rounds[0].Outcome != "archived" {
		t.Fatalf("the good stack: %+v", rep.Kits)
	}
	reasons := map[string]string{}
	for _, e := range rep.Errors {
		reasons[filepath.Base(e.File)] += e.Reason + "; "
	}
	for name, want := range map[string]string{
		"missing.pdf":   "no such file",
		"truncated.pdf": "damaged",
		"typed.pdf":     "page has no image; not a scanned page",
		"huge.png":      "image too large: 100000x100000 pixels",
		"empty.pdf":     "empty file",
	} {
		if !strings.Contains(reasons[name], want) {
			t.Errorf("%s: %q, want it to say %q", name, reasons[name], want)
		}
	}
	// A corrupt PDF may still give pages (pdfcpu repairs what it can); any
	// page it gives is either read or reported, never archived half.
	if !rep.NeedsReview() {
		t.Error("bad files, yet nothing needs a person")
	}
	if got := len(archived(t, a)); got != 2 {
		t.Errorf("%d scores archived, want the good kit's 2", got)
	}
}

func TestRunNamesAKitWithoutAFolder(t *testing.T) {
	root, elsewhere := t.TempDir(), t.TempDir()
	f := kitFolder(t, elsewhere, bankKit(t, "Eve Elsewhere", 2))
	file := stack(t, filepath.Join(t.TempDir(), "stack.pdf"), f.page(t, 2, f.allMarked(2)), f.page(t, 3, f.allMarked(3)))
	a := openArchive(t)
	rep := job(t, root, a, file)
	if len(rep.Missing) != 1 || rep.Missing[0].KitID != f.k.ID || len(rep.Missing[0].Pages) != 2 ||
		!strings.Contains(rep.Missing[0].Reason, "no kit folder for kit "+f.k.ID+" under "+root) {
		t.Fatalf("missing: %+v", rep.Missing)
	}
	if len(rep.Kits) != 0 || len(archived(t, a)) != 0 {
		t.Error("something of a kit without a folder was archived")
	}
}

// TestRunRefusesALayoutFromAnotherKitsFolder: a kit folder whose layout
// was copied from another kit's folder is not read; the pages naming its
// kit are reported, nothing of them archived.
func TestRunRefusesALayoutFromAnotherKitsFolder(t *testing.T) {
	root := t.TempDir()
	victim := kitFolder(t, root, bankKit(t, "Fay Victim", 2))
	source := kitFolder(t, root, bankKit(t, "Gil Source", 3))
	b, err := os.ReadFile(filepath.Join(source.dir, kitfolder.LayoutName))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(victim.dir, kitfolder.LayoutName), b)
	file := stack(t, filepath.Join(t.TempDir(), "stack.pdf"), victim.page(t, 2, victim.allMarked(2)))
	a := openArchive(t)
	rep := job(t, root, a, file)
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Reason, "holds the layout of kit "+source.k.ID+", not of kit "+victim.k.ID) {
		t.Fatalf("errors: %+v", rep.Errors)
	}
	if len(rep.Kits) != 0 || len(archived(t, a)) != 0 {
		t.Error("a page read by another kit's layout was archived")
	}
}

// TestRunRefusesAScoresheetOfAnotherKit: a folder whose scoresheet is
// another kit's archives nothing of its pages and says why.
func TestRunRefusesAScoresheetOfAnotherKit(t *testing.T) {
	root := t.TempDir()
	f := kitFolder(t, root, bankKit(t, "Hal Swapped", 2))
	other := kitFolder(t, t.TempDir(), bankKit(t, "Ida Other", 2))
	b, _ := os.ReadFile(filepath.Join(other.dir, kitfolder.ScoresheetName(other.k)))
	write(t, filepath.Join(f.dir, kitfolder.ScoresheetName(f.k)), b)
	file := stack(t, filepath.Join(t.TempDir(), "stack.pdf"), f.page(t, 2, f.allMarked(2)))
	a := openArchive(t)
	rep := job(t, root, a, file)
	if len(rep.Kits) != 1 || !strings.Contains(rep.Kits[0].Err, "is the scoresheet of kit "+other.k.ID) || !rep.NeedsReview() {
		t.Fatalf("kits: %+v", rep.Kits)
	}
	if len(archived(t, a)) != 0 {
		t.Error("a round was archived with another kit's scoresheet")
	}
}

// pngHeader is the start of a PNG that claims a size and holds nothing.
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}
