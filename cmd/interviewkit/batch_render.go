package main

import (
	"io"
	"time"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// loopDocs draws a booked loop's documents as loop draws them, with the
// overview's schedule from the row's start.
type loopDocs struct {
	documents
	start time.Duration
}

func (d loopDocs) Overview(w io.Writer, k *kit.Kit, focus []kit.Area) error {
	return layouts.WriteOverview(w, k, focus, layouts.OverviewOptions{Paper: d.paper, Start: d.start})
}

// dayDocs draws a day's print packs and overview.
type dayDocs struct {
	paper    layouts.Paper
	unbooked []string
}

func (d dayDocs) Day(w io.Writer, day kit.Day) error {
	return layouts.WriteDay(w, day, layouts.DayOptions{Paper: d.paper, Unbooked: d.unbooked})
}

func (d dayDocs) Pack(w io.Writer, p kit.Pack) error {
	return layouts.WritePack(w, p, layouts.PackOptions{Paper: d.paper})
}
