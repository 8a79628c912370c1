// Package layouts lays a finished kit.Kit out on paper and in a spreadsheet:
// the PDF interviewer packet, the PDF loop overview for the hiring manager
// and the XLSX scoresheet. It never reads YAML and never chooses questions;
// it receives a Kit and writes to an io.Writer.
package layouts
