// Package form is the machine-readable contract of a printed interview form:
// where, on each page of a packet, the registration marks, the page code and
// every mark box are, in millimetres from the page's top-left corner.
//
// The packet writer draws a page from a Page and writes the Document beside
// the kit; the scanner reads the Document back and finds every box on a
// scanned or photographed page without a template drawn by hand. Both sides
// take their numbers from this package (mark size, quiet zones, the QR code's
// size and module count, the smallest box and the space around it), so the
// drawing and the reading cannot drift apart.
//
// A Document read from a kit folder is untrusted input: Decode limits its
// size and every count in it, and Validate checks every number is finite and
// every box lies on the page, reporting all problems at once.
//
// The package draws nothing and decodes no images: it imports neither fpdf
// nor excelize nor image code.
package form
