// Package layouts lays a finished kit.Kit out on paper: the PDF interviewer
// packet and the PDF loop overview for the hiring manager. It never reads
// YAML and never chooses questions; it receives a Kit and writes to an
// io.Writer. The Excel scoresheet is layouts/scoresheet.
package layouts
