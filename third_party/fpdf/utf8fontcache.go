package fpdf

// Patch for interviewkit: a parsed UTF-8 font is kept for the life of the
// process, so a document adding a face another document of the process
// already added does not parse it again or marshal its 65,536 widths to
// JSON for its ID. Keyed by the identity of the font's bytes, which the
// caller must not change. Documents share only what no document writes:
// the widths and metrics; each gets its own utf8FontFile for subsetting.

import (
	"sync"
	"unsafe"
)

type utf8FontKey struct {
	data *byte
	n    int
}

type parsedUTF8Font struct {
	parseOnce sync.Once
	file      *utf8FontFile // as parseFile leaves it; never written after
	err       error
	mu        sync.Mutex
	ids       map[string]string // font ID by font key

	cmapOnce sync.Once
	cmap     map[int]int // character to glyph, as GenerateCutFont reads it; never written after
	data     []byte
}

// charSymbols is the font's character map as generateCMAP reads it for
// subsetting, computed once.
func (p *parsedUTF8Font) charSymbols() map[int]int {
	p.cmapOnce.Do(func() {
		utf := newUTF8Font(&fileReader{array: p.data})
		utf.skip(4)
		utf.generateTableDescriptions()
		if utf.generateCMAP() != nil {
			p.cmap = utf.charSymbolDictionary
		}
	})
	return p.cmap
}

// forDocument is a utf8FontFile for one document to subset.
func (p *parsedUTF8Font) forDocument() *utf8FontFile {
	utf := newUTF8Font(&fileReader{array: p.data})
	utf.shared = p
	return utf
}

var utf8Fonts sync.Map // utf8FontKey -> *parsedUTF8Font

func parseUTF8FontCached(data []byte) *parsedUTF8Font {
	key := utf8FontKey{unsafe.SliceData(data), len(data)}
	v, _ := utf8Fonts.LoadOrStore(key, &parsedUTF8Font{ids: map[string]string{}, data: data})
	p := v.(*parsedUTF8Font)
	// Documents rendered at once wait for one parse rather than each
	// parsing the face.
	p.parseOnce.Do(func() {
		p.file = newUTF8Font(&fileReader{array: data})
		p.err = p.file.parseFile()
	})
	return p
}

// fontID is generateFontID(def), computed once per font key.
func (p *parsedUTF8Font) fontID(def fontDefType) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	id, ok := p.ids[def.Name]
	if !ok {
		id, _ = generateFontID(def)
		p.ids[def.Name] = id
	}
	return id
}
