module codeberg.org/go-pdf/fpdf

go 1.25.0

require github.com/go-fonts/liberation v0.3.3
