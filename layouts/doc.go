// Package layouts lays a finished kit.Kit out on paper: the PDF interviewer
// packet of a round and the PDF loop overview for the hiring manager. It
// never reads YAML and never chooses questions; it receives a Kit and
// writes to an io.Writer.
//
// Every document stands on one base, the document type (document.go): the
// fpdf instance, the style, the fonts, the page frame and the one render
// pipeline, which measures content as boxes, places them on pages and only
// then draws. A kind of document (packet.go, overview.go) adds its parts,
// built from the base's components (components.go, table.go, marks.go).
// Every length, type size and grey comes from the Style (style.go). The
// Excel scoresheet is layouts/scoresheet.
package layouts
