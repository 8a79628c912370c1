package form

// The QR symbol of a page code, as a grid of modules for the packet to draw
// as one filled path. Encoding here, with the same library the scanner
// decodes with, keeps one QR implementation in the project.

import (
	"fmt"
	"sync"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode/decoder"
	"github.com/makiuchi-d/gozxing/qrcode/encoder"
)

// QR returns the modules of the page code's QR symbol: QRModules rows of
// QRModules columns, true for a dark module, row 0 at the top. The quiet
// zone is not included; leave QRQuiet blank around the symbol.
func (c Code) QR() ([][]bool, error) {
	if err := c.Check(); err != nil {
		return nil, fmt.Errorf("page code: %w", err)
	}
	return QR(c.String())
}

// QR encodes any payload that fits a version QRVersion symbol at error
// correction level Q, always at that version, so every page's symbol has
// the same size. The same payload always gives the same modules, so a
// run keeps the last few thousand it encoded: a hiring day draws every
// packet twice, in its loop's folder and in its interviewer's print pack,
// and choosing a symbol's mask is about a quarter of a packet's time.
func QR(payload string) ([][]bool, error) {
	if sym, ok := symbols.get(payload); ok {
		return sym.modules(), nil
	}
	m, err := encodeQR(payload)
	if err == nil {
		symbols.put(payload, m)
	}
	return m, err
}

// symbol is a QR symbol's modules, row by row.
type symbol [QRModules * QRModules]bool

// modules is a copy of the symbol, the caller's to keep.
func (s *symbol) modules() [][]bool {
	m := make([][]bool, QRModules)
	for y := range m {
		m[y] = append([]bool(nil), s[y*QRModules:(y+1)*QRModules]...)
	}
	return m
}

// symbolCache holds the symbols a run encoded, up to maxSymbols (about
// 2.6 MB), emptied when full: a bound, not an eviction policy.
type symbolCache struct {
	mu sync.Mutex
	m  map[string]*symbol
}

const maxSymbols = 4096

var symbols symbolCache

func (c *symbolCache) get(payload string) (*symbol, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[payload]
	return s, ok
}

func (c *symbolCache) put(payload string, m [][]bool) {
	s := new(symbol)
	for y, row := range m {
		copy(s[y*QRModules:], row)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxSymbols {
		c.m = make(map[string]*symbol)
	}
	c.m[payload] = s
}

// encodeQR encodes payload with gozxing.
func encodeQR(payload string) (m [][]bool, err error) {
	defer func() {
		// The encoder is a port of Java code; keep any panic of its own
		// from reaching a caller.
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("qr: cannot encode %q: %v", clip(payload), r)
		}
	}()
	hints := map[gozxing.EncodeHintType]any{
		gozxing.EncodeHintType_QR_VERSION: QRVersion,
	}
	code, werr := encoder.Encoder_encode(payload, decoder.ErrorCorrectionLevel_Q, hints)
	if werr != nil {
		return nil, fmt.Errorf("qr: %q does not fit a version %d symbol: %v", clip(payload), QRVersion, werr)
	}
	bm := code.GetMatrix()
	if bm.GetWidth() != QRModules || bm.GetHeight() != QRModules {
		return nil, fmt.Errorf("qr: symbol is %dx%d modules, want %d", bm.GetWidth(), bm.GetHeight(), QRModules)
	}
	m = make([][]bool, QRModules)
	for y := range m {
		m[y] = make([]bool, QRModules)
		for x := range m[y] {
			m[y][x] = bm.Get(x, y) == 1
		}
	}
	return m, nil
}
