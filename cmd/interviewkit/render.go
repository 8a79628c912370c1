package main

import (
	"errors"
	"io"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
)

// documents draws a kit's documents with layouts on one paper size: the
// kitfolder.Renderer of generate and loop.
type documents struct{ paper layouts.Paper }

func (d documents) Packet(w io.Writer, k *kit.Kit, round int) error {
	return layouts.WritePacket(w, k, round, layouts.PacketOptions{Paper: d.paper})
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
// there.
func writeFolder(f kitfolder.Folder, force bool) ([]string, error) {
	paths, err := f.Write(force)
	if errors.Is(err, kitfolder.ErrExists) {
		return nil, &hintedError{err: err, hint: "use --force to replace it, or another --out folder"}
	}
	return paths, err
}
