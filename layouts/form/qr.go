package form

// The QR symbol of a page code, as a grid of modules for the packet to draw
// as one filled path. Encoding here, with the same library the scanner
// decodes with, keeps one QR implementation in the project.

import (
	"fmt"

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
// the same size. The same payload always gives the same modules.
func QR(payload string) (m [][]bool, err error) {
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
