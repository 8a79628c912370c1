package scoresheet

// Filling in a scoresheet from what was read on paper: the workbook a
// person settles a scan with. It is a copy of the kit's own scoresheet,
// every value read from paper typed in, and every cell a person must check
// left as the paper could not tell it, highlighted, with why in its note
// (the rubric note a Score cell had follows). The person corrects the
// highlighted cells and collects the copy as any scoresheet. Nothing else
// of the workbook changes: its formulas, lists, protection and the cells
// of rounds not read stay as they were.

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Entry is one cell of a round sheet to fill in from paper.
type Entry struct {
	Sheet string // the round sheet
	Cell  string // the cell, as Read found it (Cell.Ref)
	// Value is what was read: a score 1-4 or N/A, or a recommendation. ""
	// leaves the cell as it is.
	Value string
	// Check says why a person must look at the cell; "" when it was read
	// clearly.
	Check string
}

// checkFill is the fill of a cell to check: a light red, paired with the
// note's words, so the cell is found on screen and explained in text.
const checkFill = "F4C7C3"

// notePrefix opens the note of a cell to check.
const notePrefix = "Check this on the paper: "

// WriteFilled writes a copy of the scoresheet in the size bytes of src,
// with entries put in: each value typed into its cell (a score as the
// number a person types, anything else as text) and each cell to check
// highlighted, with the reason in its note. src is opened within the
// reader's limits; it should have been read with Read first.
func WriteFilled(w io.Writer, src io.ReaderAt, size int64, entries []Entry) error {
	if size > MaxSize {
		return fmt.Errorf("%w: larger than %d MB", ErrTooLarge, MaxSize>>20)
	}
	f, err := excelize.OpenReader(io.NewSectionReader(src, 0, size),
		excelize.Options{UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: MaxUnzipped})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	defer f.Close()
	styles := map[[2]string]int{} // sheet and cell style -> its highlighted copy
	for _, e := range entries {
		if err := fillEntry(f, e, styles); err != nil {
			return fmt.Errorf("scoresheet: %s!%s: %w", e.Sheet, e.Cell, err)
		}
	}
	sameBytes(f)
	if err := f.Write(w); err != nil {
		return fmt.Errorf("scoresheet: %w", err)
	}
	return nil
}

// fillEntry puts one entry in.
func fillEntry(f *excelize.File, e Entry, styles map[[2]string]int) error {
	if i, err := f.GetSheetIndex(e.Sheet); err != nil || i < 0 {
		return fmt.Errorf("no sheet %q", e.Sheet)
	}
	switch {
	case len(e.Value) == 1 && e.Value[0] >= '1' && e.Value[0] <= '4':
		if err := f.SetCellInt(e.Sheet, e.Cell, int64(e.Value[0]-'0')); err != nil {
			return err
		}
	case e.Value != "":
		if err := f.SetCellStr(e.Sheet, e.Cell, e.Value); err != nil {
			return err
		}
	}
	if e.Check == "" {
		return nil
	}
	if err := highlight(f, e.Sheet, e.Cell, styles); err != nil {
		return err
	}
	return note(f, e.Sheet, e.Cell, notePrefix+e.Check+".")
}

// highlight gives a cell a copy of its style with the check fill.
func highlight(f *excelize.File, sheet, cell string, styles map[[2]string]int) error {
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		return err
	}
	key := [2]string{sheet, fmt.Sprint(id)}
	hi, ok := styles[key]
	if !ok {
		st, err := f.GetStyle(id)
		if err != nil {
			return err
		}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{checkFill}}
		if hi, err = f.NewStyle(st); err != nil {
			return err
		}
		styles[key] = hi
	}
	return f.SetCellStyle(sheet, cell, cell, hi)
}

// note puts text first in a cell's note, before what the note said.
func note(f *excelize.File, sheet, cell, text string) error {
	comments, err := f.GetComments(sheet)
	if err != nil {
		return err
	}
	c := excelize.Comment{Cell: cell, Author: "interviewkit", Width: 420, Height: 210}
	for _, old := range comments {
		if !strings.EqualFold(old.Cell, cell) {
			continue
		}
		c.Paragraph = old.Paragraph
		if len(c.Paragraph) == 0 && old.Text != "" {
			c.Paragraph = []excelize.RichTextRun{{Text: old.Text}}
		}
		c.Width, c.Height = max(c.Width, old.Width), max(c.Height, old.Height)
		if err := f.DeleteComment(sheet, old.Cell); err != nil {
			return err
		}
	}
	if len(c.Paragraph) > 0 {
		text += "\n\n"
	}
	c.Paragraph = append([]excelize.RichTextRun{{Text: text, Font: &excelize.Font{Bold: true}}}, c.Paragraph...)
	return f.AddComment(sheet, c)
}
