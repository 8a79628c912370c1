package form

// The layout sidecar of a kit folder: the Documents of every packet of a
// kit, one per round, with the names of the files a scanner needs beside
// them. The kit folder writer writes it when it writes the packets; the
// scanner reads it back, as untrusted input, when it finds the folder by a
// page's kit ID.

import (
	"fmt"
	"io"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// Kit is the forms of one kit: what a kit folder's layout sidecar holds.
type Kit struct {
	Version    int      `json:"version"` // the contract version, Version
	KitID      string   `json:"kit_id"`
	Scoresheet string   `json:"scoresheet"` // the kit's scoresheet, a file in the same folder
	Packets    []Packet `json:"packets"`    // one per round, in round order
}

// Packet is one round's packet: its file in the kit folder and the layout
// of its pages.
type Packet struct {
	File   string   `json:"file"`
	Layout Document `json:"layout"`
}

// maxName is the longest file name a Kit may hold, in bytes.
const maxName = 255

// Documents are the layouts of the kit's packets, in round order, for
// Lookup.
func (k *Kit) Documents() []*Document {
	out := make([]*Document, len(k.Packets))
	for i := range k.Packets {
		out[i] = &k.Packets[i].Layout
	}
	return out
}

// Round is the packet of round r (1-based), or nil.
func (k *Kit) Round(r int) *Packet {
	if r < 1 || r > len(k.Packets) {
		return nil
	}
	return &k.Packets[r-1]
}

// Encode writes k as indented JSON after checking it.
func (k *Kit) Encode(w io.Writer) error {
	if err := k.Validate(); err != nil {
		return err
	}
	return encode(w, k)
}

// DecodeKit reads a Kit written by Encode from an untrusted file: its size
// is limited, unknown fields and trailing data are refused, and every
// problem is reported with its line, all wrapping ErrInvalid.
func DecodeKit(r io.Reader, name string) (*Kit, error) {
	var k Kit
	if err := decode(r, name, &k, k.Problems); err != nil {
		return nil, err
	}
	return &k, nil
}

// Validate reports every problem with k, joined, wrapping ErrInvalid; nil
// when there is none.
func (k *Kit) Validate() error {
	return joined(k.Problems())
}

// Problems lists what is wrong with k: its own fields, and each packet's
// layout as Document.Problems finds it, at paths like
// packets[1].layout.pages[2].code.
func (k *Kit) Problems() []Problem {
	var v validator
	if k.Version != Version {
		v.add("version", "contract version %d; this build reads version %d", k.Version, Version)
	}
	if !kit.ValidID(k.KitID) {
		v.add("kit_id", "%q is not a kit ID (four and four characters of Crockford base32)", clip(k.KitID))
	}
	v.fileName("scoresheet", k.Scoresheet, ".xlsx")
	switch n := len(k.Packets); {
	case n == 0:
		v.add("packets", "no packets")
	case n > MaxRound:
		v.add("packets", "%d packets; at most %d", n, MaxRound)
		return v.ps
	}
	for i := range k.Packets {
		p := &k.Packets[i]
		path := fmt.Sprintf("packets[%d]", i)
		v.fileName(path+".file", p.File, ".pdf")
		d := &p.Layout
		if d.KitID != k.KitID {
			v.add(path+".layout.kit_id", "packet of kit %q in the layout of kit %q", clip(d.KitID), clip(k.KitID))
		}
		if d.Round != i+1 {
			v.add(path+".layout.round", "round %d in the place of round %d; packets go in round order", d.Round, i+1)
		}
		var dv validator
		dv.document(d)
		for _, pr := range dv.ps {
			v.add(path+".layout."+pr.Path, "%s", pr.Msg)
		}
	}
	return v.ps
}

// fileName checks a file name of the kit folder: a plain name, no folder,
// ending in ext.
func (v *validator) fileName(path, name, ext string) {
	switch {
	case !goodText(name) || len(name) > maxName:
		v.add(path, "file name %q must be 1-%d printable characters", clip(name), maxName)
	case strings.ContainsAny(name, `/\:`) || strings.HasPrefix(name, "."):
		v.add(path, "%q is not a plain file name", clip(name))
	case !strings.HasSuffix(strings.ToLower(name), ext):
		v.add(path, "%q does not end in %s", clip(name), ext)
	}
}
