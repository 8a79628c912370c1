package kitfolder

// The layout sidecar: each packet's layout, recorded as the packet renders,
// written after every packet has rendered as one form.Kit. Rendering the
// folder again records them again, so a folder may be rendered twice.

import (
	"fmt"
	"io"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// layouts collects the layouts of a kit's packets.
type layouts struct {
	k     *kit.Kit
	r     Renderer
	names []string
	docs  []*form.Document
}

func newLayouts(k *kit.Kit, r Renderer) *layouts {
	return &layouts{k: k, r: r, names: make([]string, len(k.Rounds)), docs: make([]*form.Document, len(k.Rounds))}
}

// packet is the file of round i's packet, named name, which records its
// layout as it renders.
func (l *layouts) packet(i int, name string) File {
	l.names[i] = name
	return File{Name: name, Render: func(w io.Writer) error {
		d, err := l.r.Packet(w, l.k, i)
		l.docs[i] = d
		return err
	}}
}

// sidecar is the layout sidecar, rendered once every packet has.
func (l *layouts) sidecar() File {
	return File{Name: LayoutName, Late: true, Render: func(w io.Writer) error {
		fk := form.Kit{Version: form.Version, KitID: l.k.ID, Scoresheet: ScoresheetName(l.k)}
		for i, d := range l.docs {
			if d == nil {
				return fmt.Errorf("round %d's packet gave no layout", i+1)
			}
			fk.Packets = append(fk.Packets, form.Packet{File: l.names[i], Layout: *d})
		}
		return fk.Encode(w)
	}}
}
