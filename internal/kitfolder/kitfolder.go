// Package kitfolder writes kit folders: the one place that names a kit's
// folder and files, renders them, and puts them on disk. generate writes a
// one-round kit's folder, loop a loop's, and batch many loops' folders and
// a folder of print packs per day (batch.go).
//
// Its rules: folder and file names derive from the kit (kit.Slug of the
// candidate, the date and the kit ID), so they are safe, recognisable and
// never collide between kits; the files are rendered at once, in memory,
// one goroutine each, and only then written, so a file that fails to render
// writes nothing; the folder is written into a temporary folder beside it
// and renamed into place (internal/atomicfile); a folder that exists is
// never touched without force, since a person may have filled in its
// scoresheet, and with force it is removed only when it holds exactly what
// is written again, and kept beside the new one otherwise (keep.go). A
// round whose questions give the candidate material on paper
// (kit.Round.HasCandidateMaterial) gets a handout beside its packet, named
// to sort with it; a round without gets none.
//
// kitfolder draws nothing itself: a Renderer does, so this package needs
// neither the PDF nor the spreadsheet library.
package kitfolder

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// Renderer draws a kit's documents on the paper it was made for.
type Renderer interface {
	// Packet writes the interviewer's packet of the round-th round and
	// returns the layout of its forms, which the folder keeps for the
	// scanner (LayoutName).
	Packet(w io.Writer, k *kit.Kit, round int) (*form.Document, error)
	// Handout writes the candidate's handout of the round-th round, which
	// has candidate material.
	Handout(w io.Writer, k *kit.Kit, round int) error
	// Overview writes a loop's overview for the hiring manager; focus is
	// the loop's focus areas.
	Overview(w io.Writer, k *kit.Kit, focus []kit.Area) error
	// Scoresheet writes the kit's spreadsheet, one sheet per round.
	Scoresheet(w io.Writer, k *kit.Kit) error
	// Paper names the paper size, as a loop's manifest records it.
	Paper() string
}

// ErrExists marks a kit folder that is already there; it is left as it is.
var ErrExists = errors.New("kit folder exists")

// ManifestName is the name of a loop's manifest in its folder.
const ManifestName = "manifest.json"

// LayoutName is the name of the layout sidecar in a kit folder: a form.Kit
// holding where every packet drew its marks, page codes and boxes, and the
// names of the packets and the scoresheet, so that scan finds every box on
// the paper and the scoresheet to archive it with.
const LayoutName = "scan-layout.json"

// File is one file of a kit folder and how to render it. A Late file is
// rendered after every other file has rendered, from what they recorded
// (the layout sidecar, from the packets).
type File struct {
	Name   string
	Render func(io.Writer) error
	Late   bool
}

// Folder is a kit folder to write: its path and its files, in the order
// they are listed.
type Folder struct {
	Dir   string
	Files []File
}

// DirName names a kit's folder: candidate, date and kit ID, so folders sort
// by person and never collide between kits.
func DirName(k *kit.Kit) string {
	return fmt.Sprintf("%s-%s-%s", candidate(k), k.Date.Format(time.DateOnly), k.ID)
}

func candidate(k *kit.Kit) string { return kit.Slug(k.Candidate, "candidate") }

// Kit is the folder, under out, of a one-round kit as generate writes it:
// the round's packet, its handout when the round has candidate material,
// the scoresheet and the layout sidecar.
func Kit(out string, k *kit.Kit, r Renderer) Folder {
	forms := newLayouts(k, r)
	files := []File{forms.packet(0, candidate(k)+"-packet.pdf")}
	if k.Rounds[0].HasCandidateMaterial() {
		files = append(files, File{Name: candidate(k) + "-handout.pdf", Render: func(w io.Writer) error { return r.Handout(w, k, 0) }})
	}
	files = append(files, scoresheet(k, r), forms.sidecar())
	return Folder{Dir: filepath.Join(out, DirName(k)), Files: files}
}

// Loop is the folder, under out, of a loop: the overview, a packet per
// round numbered in loop order after it, each with its handout when the
// round has candidate material, the scoresheet, the manifest that rebuilds
// the loop and the layout sidecar. focus is the loop's focus areas;
// focusIDs the focus as asked for, which the manifest records.
func Loop(out string, k *kit.Kit, focus []kit.Area, focusIDs []string, r Renderer) Folder {
	files := []File{{Name: candidate(k) + "-00-loop-overview.pdf", Render: func(w io.Writer) error {
		return r.Overview(w, k, focus)
	}}}
	forms := newLayouts(k, r)
	for i := range k.Rounds {
		files = append(files, forms.packet(i, PacketName(k, i)))
		if k.Rounds[i].HasCandidateMaterial() {
			files = append(files, File{Name: HandoutName(k, i), Render: func(w io.Writer) error { return r.Handout(w, k, i) }})
		}
	}
	files = append(files, scoresheet(k, r), File{Name: ManifestName, Render: func(w io.Writer) error {
		return kit.NewManifest(k, focusIDs, r.Paper()).Encode(w)
	}}, forms.sidecar())
	return Folder{Dir: filepath.Join(out, DirName(k)), Files: files}
}

// PacketName names the packet of the i-th round of a loop: rounds are
// numbered so the files sort in loop order, after the overview.
func PacketName(k *kit.Kit, i int) string {
	return fmt.Sprintf("%s-%02d-%s-packet.pdf", candidate(k), i+1, kit.Slug(k.Rounds[i].Title, "round"))
}

// HandoutName names the candidate's handout of the i-th round of a loop:
// its packet's name with "handout" for "packet", so the two sort together.
func HandoutName(k *kit.Kit, i int) string {
	return fmt.Sprintf("%s-%02d-%s-handout.pdf", candidate(k), i+1, kit.Slug(k.Rounds[i].Title, "round"))
}

// ScoresheetName names a kit's scoresheet in its folder.
func ScoresheetName(k *kit.Kit) string { return candidate(k) + "-scoresheet.xlsx" }

func scoresheet(k *kit.Kit, r Renderer) File {
	return File{Name: ScoresheetName(k), Render: func(w io.Writer) error { return r.Scoresheet(w, k) }}
}

// Write renders the folder's files and writes the folder as one step,
// returning the paths written in file order. A folder already at f.Dir is
// an error wrapping ErrExists unless force, checked before any rendering
// and again when the folder is put in place; with force, a folder holding
// anything other than the new files is kept beside it (WriteKeeping says
// where). A file that fails to render is named in the error, the first in
// file order, and nothing is written.
func (f Folder) Write(force bool) ([]string, error) {
	w, err := f.WriteKeeping(force)
	return w.Paths, err
}

func (f Folder) exists() error {
	return fmt.Errorf("%w: %s; it may hold a filled-in scoresheet, so it is left as it is", ErrExists, f.Dir)
}
