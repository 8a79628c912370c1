package xlsx

// Opening a package: look at the file's first bytes and its zip directory,
// so a file that is not a workbook gets a message saying what it is, and a
// zip bomb is refused on its declared sizes before anything is unpacked.

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// Errors Open and Workbook.Sheet return, for callers to branch on with
// errors.Is.
var (
	// ErrTooLarge is a file, or a part of it, past the Limits; it is
	// intake.ErrTooLarge, the one "too large" of every reader.
	ErrTooLarge = intake.ErrTooLarge
	// ErrUnreadable is a file that is not a readable .xlsx workbook: not
	// a zip, truncated, encrypted, or damaged inside.
	ErrUnreadable = errors.New("not a readable .xlsx workbook")
	// ErrNoSheet is a sheet name the workbook does not have.
	ErrNoSheet = errors.New("no such sheet")
)

// Limits bound what Open and Workbook.Sheet accept.
type Limits struct {
	// Name is what messages call the file: "a scoresheet" gives "a
	// scoresheet is at most 8.0 MB".
	Name string
	// Size is the largest file, in bytes.
	Size int64
	// Unzipped caps the sum of the parts' declared sizes, and each part.
	Unzipped int64
	// Parts caps the number of zip entries, and of sheets.
	Parts int
	// Rows and Columns bound the cells read from a sheet; cells past them
	// are skipped.
	Rows, Columns int
	// SharedStrings caps the shared string table.
	SharedStrings int
}

// Custom properties are a convenience: at most this many, each value
// clipped to propertyLen bytes.
const (
	maxProperties = 1000
	propertyLen   = 4096
)

// Open reads the package structure of the size bytes of r: the sheets,
// shared strings and custom properties; cells are read by Workbook.Sheet.
// It returns an error wrapping ErrTooLarge or ErrUnreadable when the file
// cannot be read within l.
func Open(r io.ReaderAt, size int64, l Limits) (wb *Workbook, err error) {
	defer func() {
		// Nothing below should panic; if something does, it is this
		// package's fault, and still no reason to crash the caller.
		if p := recover(); p != nil {
			wb, err = nil, fmt.Errorf("%w: damaged inside (%v)", ErrUnreadable, p)
		}
	}()
	if size > l.Size {
		return nil, fmt.Errorf("%w: the file is %s; %s is at most %s", ErrTooLarge, intake.Size(size), l.Name, intake.Size(l.Size))
	}
	zr, err := openZip(r, size, l)
	if err != nil {
		return nil, err
	}
	return openWorkbook(zr, l)
}

// openZip checks the file's kind and the zip's limits.
func openZip(r io.ReaderAt, size int64, l Limits) (*zip.Reader, error) {
	head := make([]byte, 512)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case n == 0:
		return nil, fmt.Errorf("%w: the file is empty", ErrUnreadable)
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return nil, fmt.Errorf("%w: it is password-protected or an old .xls file; save it as an Excel Workbook (.xlsx) without a password", ErrUnreadable)
	case !bytes.HasPrefix(head, []byte("PK")):
		if looksLikeText(head) {
			return nil, fmt.Errorf("%w: it is a text file (CSV or similar), not a workbook; collect the original scoresheet instead", ErrUnreadable)
		}
		return nil, fmt.Errorf("%w: the file is not a zip package", ErrUnreadable)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: the zip package is damaged or truncated (%v)", ErrUnreadable, err)
	}
	if len(zr.File) > l.Parts {
		return nil, fmt.Errorf("%w: the package has %d parts; %s has fewer than %d", ErrTooLarge, len(zr.File), l.Name, l.Parts)
	}
	var total uint64
	for _, zf := range zr.File {
		if zf.UncompressedSize64 > uint64(l.Unzipped) {
			return nil, fmt.Errorf("%w: part %s unpacks to %s; %s unpacks to at most %s", ErrTooLarge,
				strconv.Quote(clip(zf.Name, 60)), intake.Size(int64(min(zf.UncompressedSize64, math.MaxInt64))), l.Name, intake.Size(l.Unzipped))
		}
		total += zf.UncompressedSize64
		if total > uint64(l.Unzipped) {
			return nil, fmt.Errorf("%w: the package unpacks to more than %s", ErrTooLarge, intake.Size(l.Unzipped))
		}
	}
	return zr, nil
}

// looksLikeText reports whether b is plausibly text: no control characters
// but line breaks and tabs, and valid UTF-8 but maybe for a rune cut at the
// end.
func looksLikeText(b []byte) bool {
	if !utf8.Valid(b) && !utf8.Valid(b[:max(0, len(b)-3)]) {
		return false
	}
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// clip shortens s to at most n runes for a message, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
