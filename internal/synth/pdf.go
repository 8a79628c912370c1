package synth

// The test packet printed as a PDF, as the real packet will print the
// contract: registration marks, the page code, score rows with their boxes,
// labels and instruction, and body text around them at a real page's
// density. Helvetica (a PDF core font), so nothing is embedded.

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/interviewkit/interviewkit/layouts/form"
)

// PDF prints the packet d; the same d gives the same bytes.
func PDF(w io.Writer, d *form.Document) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: d.Paper.W, Ht: d.Paper.H}})
	pdf.SetCreationDate(time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	for i := range d.Pages {
		p := &d.Pages[i]
		pdf.AddPage()
		if err := drawPage(pdf, d, p, len(d.Pages)); err != nil {
			return err
		}
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

func drawPage(pdf *fpdf.Fpdf, d *form.Document, p *form.Page, total int) error {
	r := rand.New(rand.NewPCG(uint64(d.Round), uint64(p.Number)))
	W, H := d.Paper.W, d.Paper.H
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFillColor(0, 0, 0)
	for _, m := range p.Marks {
		pdf.Rect(m.X-form.MarkSize/2, m.Y-form.MarkSize/2, form.MarkSize, form.MarkSize, "F")
	}
	modules, err := d.Code(p.Number).QR()
	if err != nil {
		return err
	}
	drawQR(pdf, p.Code, modules)

	// Header and footer, as on every packet page.
	pdf.SetFont("Helvetica", "B", 9)
	pdf.Text(marginLeft, 15, "Test Candidate")
	pdf.SetFont("Helvetica", "", 9)
	pdf.SetTextColor(90, 90, 90)
	pdf.Text(marginLeft+40, 15, fmt.Sprintf("Round %d", d.Round))
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFont("Helvetica", "B", 9)
	pdf.Text(p.Code.X-30, 15, "Kit "+d.KitID)
	pdf.SetDrawColor(120, 120, 120)
	pdf.SetLineWidth(0.2)
	pdf.Line(marginLeft, 19, p.Code.X-4, 19)
	pdf.SetFont("Helvetica", "", 8)
	pdf.Text(marginLeft, H-14, "Confidential")
	pdf.SetFont("Helvetica", "B", 8)
	pdf.Text(W-marginRight-22, H-14, fmt.Sprintf("Page %d of %d", p.Number, total))

	if len(p.Rows) == 0 {
		// A cover: a title and paragraphs.
		pdf.SetFont("Helvetica", "B", 20)
		pdf.Text(marginLeft, 60, "Interview packet")
		pdf.SetFont("Helvetica", "", 10)
		for i := range 14 {
			pdf.SetXY(marginLeft, 75+float64(i)*12)
			pdf.MultiCell(W-marginLeft-marginRight-30, 4.5, sentence(r, 22), "", "L", false)
		}
		return nil
	}
	for i := range p.Rows {
		drawRow(pdf, r, &p.Rows[i], W)
	}
	return nil
}

// drawRow prints one row: what it is above, the instruction, the boxes with
// their labels, and anchor text below, all outside the boxes' clear zones.
func drawRow(pdf *fpdf.Fpdf, r *rand.Rand, row *form.Row, W float64) {
	top := row.Options[0].Box.Y - boxesAt
	textW := W - marginLeft - marginRight
	pdf.SetTextColor(0, 0, 0)
	instruction := form.ScoreInstruction
	if row.Kind == form.Score {
		pdf.SetFont("Helvetica", "B", 11)
		pdf.Text(marginLeft, top+4, fmt.Sprintf("Q%d  %s", row.Number, row.Question))
		pdf.SetFont("Helvetica", "", 10)
		pdf.SetXY(marginLeft, top+6)
		pdf.MultiCell(textW, 4.6, sentence(r, 26), "", "L", false)
	} else {
		instruction = form.RecommendationInstruction
		pdf.SetFont("Helvetica", "B", 11)
		pdf.Text(marginLeft, top+4, "Overall recommendation")
		pdf.SetFont("Helvetica", "", 10)
		pdf.SetXY(marginLeft, top+6)
		pdf.MultiCell(textW, 4.6, sentence(r, 20), "", "L", false)
	}
	pdf.SetFont("Helvetica", "", 7)
	pdf.SetTextColor(90, 90, 90)
	pdf.Text(marginLeft, top+boxesAt-4.8, instruction)
	pdf.SetTextColor(0, 0, 0)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetLineWidth(0.25)
	for i, o := range row.Options {
		b := o.Box
		pdf.Rect(b.X, b.Y, b.W, b.H, "D")
		pdf.SetFont("Helvetica", "B", 8.5)
		pdf.Text(b.X+b.W+labelGap, b.Y+b.H/2+1.2, label(row, i))
	}
	if row.Kind == form.Score {
		pdf.SetFont("Helvetica", "", 7)
		pdf.SetTextColor(60, 60, 60)
		y := row.Options[0].Box.Y + row.Options[0].Box.H + form.ClearZone + 1
		for i, o := range row.Options[:4] {
			pdf.SetXY(o.Box.X-1, y)
			pdf.MultiCell(boxPitch-3, 3, sentence(r, 7+i), "", "L", false)
		}
	}
}

// drawQR prints the modules as filled rectangles, one per run of dark
// modules along a row, so the symbol is vector and crisp.
func drawQR(pdf *fpdf.Fpdf, at form.Rect, m [][]bool) {
	mod := at.W / float64(len(m))
	for y, row := range m {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			end := x
			for end < len(row) && row[end] {
				end++
			}
			pdf.Rect(at.X+float64(x)*mod, at.Y+float64(y)*mod, float64(end-x)*mod, mod, "F")
			x = end
		}
	}
}
