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
// # Drawing a page to the contract
//
// Every page of a packet, the cover included, carries:
//
//   - four registration marks: solid black squares MarkSize wide centred on
//     Page.Marks (Marks gives the standard places), with MarkQuiet of blank
//     paper around each;
//   - the page code: the modules of Document.Code(n).QR(), each dark module
//     a filled black square, filling Page.Code (QRSize square, within
//     CodeZone of a corner; CodeTopRight gives the standard place), with
//     QRQuiet of blank paper around it; the printed kit ID stays as well;
//   - for each row to read, one square box per option at Option.Box,
//     outlined no wider than BoxLine, with nothing else printed inside it or
//     within ClearZone of it (the option's label sits beyond the clear
//     zone), and the row's instruction (ScoreInstruction or
//     RecommendationInstruction) nearby;
//   - for each row, its correction box at Row.Correction, labelled
//     CorrectionLabel, kept clear like a mark box: an interviewer who
//     changed their mind writes the value they mean there, and the scanner,
//     which reads no handwriting, sends any row with ink in it to a person.
//     So a changed mind is never read as the first mark.
//
// All of it in black, at true size: print with no "fit to page" scaling
// (the scanner copes with a little, but not with a box shrunk below
// BoxMin). The Documents of a kit's packets are kept beside the kit as one
// Kit (its layout sidecar), written when the packets are drawn, from the
// positions the drawing code used: never a template drawn by hand.
//
// A Document or Kit read from a kit folder is untrusted input: Decode and
// DecodeKit limit its size and every count in it, and Validate checks every
// number is finite and every box lies on the page, reporting all problems
// at once with their lines.
//
// The package draws nothing and decodes no images: it imports neither fpdf
// nor excelize nor image code.
package form
