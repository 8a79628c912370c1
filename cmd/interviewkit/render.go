package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// documents draws a kit's documents with layouts on one paper size: the
// kitfolder.Renderer of generate and loop.
type documents struct{ paper layouts.Paper }

func (d documents) Packet(w io.Writer, k *kit.Kit, round int) (*form.Document, error) {
	return layouts.WritePacketForm(w, k, round, layouts.PacketOptions{Paper: d.paper})
}

func (d documents) Handout(w io.Writer, k *kit.Kit, round int) error {
	return layouts.WriteHandout(w, k, round, layouts.HandoutOptions{Paper: d.paper})
}

func (d documents) Overview(w io.Writer, k *kit.Kit, focus []kit.Area) error {
	return layouts.WriteOverview(w, k, focus, layouts.OverviewOptions{Paper: d.paper})
}

func (d documents) Scoresheet(w io.Writer, k *kit.Kit) error { return scoresheet.Write(w, k) }

func (d documents) Paper() string { return d.paper.Name }

// writeFolder writes a kit folder, with the likely fix when one is already
// there. A folder --force replaced that held anything else than what is
// written again is kept, and a note on errw says where.
func writeFolder(errw io.Writer, f kitfolder.Folder, force bool) ([]string, error) {
	w, err := f.WriteKeeping(force)
	if errors.Is(err, kitfolder.ErrExists) {
		return nil, &hintedError{err: err, hint: "use --force to replace it (a filled-in scoresheet in it is kept aside), or another --out folder"}
	}
	if err == nil {
		noteKept(errw, w)
	}
	return w.Paths, err
}

// noteKept says on errw where a folder --force replaced was kept, when it
// held anything else than what was written again.
func noteKept(errw io.Writer, w kitfolder.Written) {
	if w.Kept == "" {
		return
	}
	what := shown(strings.Join(w.Changed[:min(len(w.Changed), 3)], ", "))
	if len(w.Changed) > 3 {
		what += fmt.Sprintf(" and %d more", len(w.Changed)-3)
	}
	fmt.Fprintf(errw, "interviewkit: note: the folder replaced held changes (%s), perhaps a filled-in scoresheet; it is kept at %s\n", what, shown(w.Kept))
}
