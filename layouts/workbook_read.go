package layouts

// A minimal, streaming reader of SpreadsheetML (.xlsx) for files from
// outside. It reads only what a scoresheet reader needs: sheet names, cell
// values with their kind and formula, shared strings and custom document
// properties. It keeps at most maxSheetRows by maxSheetColumns cells of a
// sheet, so memory follows the cells a scoresheet can have, never the
// coordinates a hostile file claims. Element names are matched on their
// local part, so transitional and strict OOXML read alike.

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// workbook is an open .xlsx package.
type workbook struct {
	parts   map[string]*zip.File // by lower-case part name, no leading slash
	sheets  []sheetPart          // in workbook order
	strings []string             // shared strings
	props   map[string]string    // custom document properties, as text
}

// sheetPart is a worksheet's name and the part that holds it.
type sheetPart struct {
	name, part string
}

// Relationship types, by their final path element.
const (
	relOfficeDocument = "officeDocument"
	relWorksheet      = "worksheet"
	relSharedStrings  = "sharedStrings"
	relCustomProps    = "custom-properties"
)

// openWorkbook reads the package's workbook, relationships, shared strings
// and custom properties.
func openWorkbook(zr *zip.Reader) (*workbook, error) {
	wb := &workbook{parts: map[string]*zip.File{}, props: map[string]string{}}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))
		if _, dup := wb.parts[name]; !dup {
			wb.parts[name] = f
		}
	}
	root, err := wb.rels("")
	if err != nil {
		return nil, err
	}
	book := "xl/workbook.xml"
	if t := root.first(relOfficeDocument); t != "" {
		book = t
	}
	if wb.part(book) == nil {
		return nil, fmt.Errorf("%w: the package has no workbook part (is it a Word or PowerPoint file?)", ErrUnreadable)
	}
	bookRels, err := wb.rels(book)
	if err != nil {
		return nil, err
	}
	if err := wb.readSheetList(book, bookRels); err != nil {
		return nil, err
	}
	if t := bookRels.first(relSharedStrings); t != "" {
		if err := wb.readSharedStrings(t); err != nil {
			return nil, err
		}
	}
	if t := root.first(relCustomProps); t != "" {
		// Properties are a convenience; damaged ones are treated as
		// missing rather than as a damaged file.
		_ = wb.readCustomProps(t)
	}
	return wb, nil
}

// part returns the zip entry of a part name, or nil.
func (wb *workbook) part(name string) *zip.File {
	return wb.parts[strings.ToLower(strings.TrimPrefix(name, "/"))]
}

// decoder opens a part for streaming; close it when done.
func (wb *workbook) decoder(name string) (*tokens, io.Closer, error) {
	f := wb.part(name)
	if f == nil {
		return nil, nil, fmt.Errorf("%w: part %s is missing", ErrUnreadable, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: part %s: %v", ErrUnreadable, name, err)
	}
	return &tokens{d: xml.NewDecoder(io.LimitReader(rc, MaxUnzippedSize))}, rc, nil
}

// tokens reads a part's raw tokens (no namespace work, which the reader
// does not need and which costs), and reports a part that ends inside an
// element, which RawToken alone takes for a normal end.
type tokens struct {
	d     *xml.Decoder
	depth int
}

// next returns the next token, or io.EOF at the end of a complete part.
func (t *tokens) next() (xml.Token, error) {
	tok, err := t.d.RawToken()
	switch tok.(type) {
	case xml.StartElement:
		t.depth++
	case xml.EndElement:
		t.depth--
	}
	if err == io.EOF && t.depth != 0 {
		return nil, errors.New("XML syntax error: the part ends inside an element")
	}
	return tok, err
}

// xmlError describes a failure to parse a part.
func xmlError(part string, err error) error {
	if errors.Is(err, ErrUnreadable) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrNotScoresheet) {
		return err
	}
	return fmt.Errorf("%w: part %s: %v", ErrUnreadable, part, err)
}

// relations maps relationship types (their last path element) to targets,
// resolved to part names.
type relations struct {
	byID   map[string]string
	byType map[string][]string
}

func (r relations) first(typ string) string {
	if t := r.byType[typ]; len(t) > 0 {
		return t[0]
	}
	return ""
}

// rels reads the relationships of a part ("" for the package's own).
func (wb *workbook) rels(source string) (relations, error) {
	r := relations{byID: map[string]string{}, byType: map[string][]string{}}
	dir, file := path.Split(source)
	name := dir + "_rels/" + file + ".rels"
	if wb.part(name) == nil {
		return r, nil
	}
	d, c, err := wb.decoder(name)
	if err != nil {
		return r, err
	}
	defer c.Close()
	for {
		tok, err := d.next()
		if err == io.EOF {
			return r, nil
		}
		if err != nil {
			return r, xmlError(name, err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "Relationship" || attr(el, "TargetMode") == "External" {
			continue
		}
		target := attr(el, "Target")
		if !strings.HasPrefix(target, "/") {
			target = path.Join(dir, target)
		}
		target = strings.TrimPrefix(path.Clean(target), "/")
		typ := attr(el, "Type")
		typ = typ[strings.LastIndex(typ, "/")+1:]
		r.byID[attr(el, "Id")] = target
		r.byType[typ] = append(r.byType[typ], target)
	}
}

// attr returns the value of an attribute by local name, or "".
func attr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// readSheetList reads the workbook's sheets in order: name and part.
func (wb *workbook) readSheetList(book string, rels relations) error {
	d, c, err := wb.decoder(book)
	if err != nil {
		return err
	}
	defer c.Close()
	for {
		tok, err := d.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlError(book, err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "sheet" {
			continue
		}
		var id string
		for _, a := range el.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		if part, ok := rels.byID[id]; ok && len(wb.sheets) < maxZipEntries {
			wb.sheets = append(wb.sheets, sheetPart{name: attr(el, "name"), part: part})
		}
	}
}

// readSharedStrings reads the shared string table: the text of each <si>,
// its runs joined, phonetic guides (<rPh>) left out.
func (wb *workbook) readSharedStrings(name string) error {
	if wb.part(name) == nil {
		return nil
	}
	d, c, err := wb.decoder(name)
	if err != nil {
		return err
	}
	defer c.Close()
	var (
		b             strings.Builder
		inText, inPhn bool
	)
	for {
		tok, err := d.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlError(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				b.Reset()
			case "t":
				inText = true
			case "rPh":
				inPhn = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if len(wb.strings) >= maxSharedStrings {
					return fmt.Errorf("%w: more than %d shared strings", ErrTooLarge, maxSharedStrings)
				}
				wb.strings = append(wb.strings, b.String())
			case "t":
				inText = false
			case "rPh":
				inPhn = false
			}
		case xml.CharData:
			if inText && !inPhn {
				b.Write(t)
			}
		}
	}
}

// readCustomProps reads custom document properties as text.
func (wb *workbook) readCustomProps(name string) error {
	if wb.part(name) == nil {
		return nil
	}
	d, c, err := wb.decoder(name)
	if err != nil {
		return err
	}
	defer c.Close()
	var (
		prop  string
		value strings.Builder
		depth int // 1 inside <property>, 2 inside its value element
	)
	for {
		tok, err := d.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlError(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "property":
				prop, depth = attr(t, "name"), 1
				value.Reset()
			case depth > 0:
				depth++
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "property":
				if _, dup := wb.props[prop]; prop != "" && !dup && len(wb.props) < 1000 {
					wb.props[prop] = propertyText(value.String())
				}
				depth = 0
			case depth > 1:
				depth--
			}
		case xml.CharData:
			if depth == 2 && value.Len() < 4096 {
				value.Write(t)
			}
		}
	}
}

// propertyText tidies a property's text: LibreOffice saves an integer
// property as a float ("1" becomes <vt:r8>1</vt:r8>, sometimes "1.0").
func propertyText(s string) string {
	s = strings.TrimSpace(s)
	if v, err := strconv.ParseFloat(s, 64); err == nil && v == float64(int64(v)) && !strings.ContainsAny(s, "xX") {
		return strconv.FormatInt(int64(v), 10)
	}
	return s
}

// sheetIndex returns the position of the sheet named name, or -1.
func (wb *workbook) sheetIndex(name string) int {
	for i, s := range wb.sheets {
		if s.name == name {
			return i
		}
	}
	return -1
}

// sheetNames lists the workbook's sheets.
func (wb *workbook) sheetNames() []string {
	names := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		names[i] = s.name
	}
	return names
}

// grid is a sheet's cells, grid[row][col], both zero-based; rows and
// columns past the limits are left out.
type grid [][]Cell

// at returns the cell at a zero-based row and column; an empty one when
// there is none.
func (g grid) at(row, col int) Cell {
	if row < 0 || row >= len(g) || col < 0 || col >= len(g[row]) {
		return Cell{Ref: cellRef(col, row)}
	}
	return g[row][col]
}

// text returns the trimmed text at a zero-based row and column.
func (g grid) text(row, col int) string { return strings.TrimSpace(g.at(row, col).Text) }

// readSheet reads the sheet named name into a grid.
func (wb *workbook) readSheet(name string) (grid, error) {
	i := wb.sheetIndex(name)
	if i < 0 {
		return nil, fmt.Errorf("%w: no sheet %q", ErrNotScoresheet, name)
	}
	part := wb.sheets[i].part
	d, c, err := wb.decoder(part)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	sr := sheetScanner{wb: wb, row: -1}
	for {
		tok, err := d.next()
		if err == io.EOF {
			return sr.g, nil
		}
		if err != nil {
			return nil, xmlError(part, err)
		}
		if err := sr.token(tok); err != nil {
			return nil, fmt.Errorf("%w: sheet %s: %v", ErrUnreadable, name, err)
		}
	}
}

// sheetScanner turns a worksheet's tokens into a grid.
type sheetScanner struct {
	wb       *workbook
	g        grid
	row, col int // zero-based position of the current row and cell
	cell     Cell
	typ      string // the current cell's t attribute
	inCell   bool
	in       string // "v", "f", "t" (inline string text) or ""
	inPhn    bool
	value    strings.Builder
	formula  strings.Builder
	hasFormu bool
}

func (sr *sheetScanner) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		switch t.Name.Local {
		case "row":
			sr.row++
			if r := attr(t, "r"); r != "" {
				n, err := strconv.Atoi(r)
				if err != nil || n < 1 {
					return fmt.Errorf("row number %q", clipText(r, 20))
				}
				sr.row = n - 1
			}
			sr.col = -1
		case "c":
			sr.col++
			if r := attr(t, "r"); r != "" {
				col, row, ok := parseCellRef(r)
				if !ok {
					return fmt.Errorf("cell reference %q", clipText(r, 20))
				}
				sr.col = col
				if row >= 0 {
					sr.row = row
				}
			}
			sr.inCell, sr.typ, sr.hasFormu = true, attr(t, "t"), false
			sr.value.Reset()
			sr.formula.Reset()
		case "v":
			sr.in = "v"
		case "f":
			sr.in, sr.hasFormu = "f", true
		case "t":
			if sr.inCell {
				sr.in = "t"
			}
		case "rPh":
			sr.inPhn = true
		}
	case xml.EndElement:
		switch t.Name.Local {
		case "c":
			if err := sr.endCell(); err != nil {
				return err
			}
			sr.inCell = false
		case "v", "f", "t":
			sr.in = ""
		case "rPh":
			sr.inPhn = false
		}
	case xml.CharData:
		if !sr.inCell || sr.inPhn {
			return nil
		}
		switch sr.in {
		case "v", "t":
			sr.value.Write(t)
		case "f":
			sr.formula.Write(t)
		}
	}
	return nil
}

// endCell stores the cell just read, if it is within the limits.
func (sr *sheetScanner) endCell() error {
	if sr.row < 0 || sr.col < 0 {
		return fmt.Errorf("cell before any row")
	}
	if sr.row >= maxSheetRows || sr.col >= maxSheetColumns {
		return nil
	}
	c := Cell{Ref: cellRef(sr.col, sr.row), Text: sr.value.String()}
	switch sr.typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(c.Text))
		if err != nil || i < 0 || i >= len(sr.wb.strings) {
			return fmt.Errorf("cell %s refers to shared string %q, which does not exist", c.Ref, clipText(c.Text, 20))
		}
		c.Text, c.Kind = sr.wb.strings[i], CellText
	case "inlineStr", "str":
		c.Kind = CellText
	case "b":
		c.Kind = CellBool
	case "e":
		c.Kind = CellError
	case "d":
		c.Kind = CellDate
	default: // "n" or none
		c.Kind = CellNumber
	}
	if sr.hasFormu {
		c.Kind, c.Formula = CellFormula, sr.formula.String()
	} else if c.Text == "" {
		c.Kind = CellEmpty
	}
	for len(sr.g) <= sr.row {
		sr.g = append(sr.g, nil)
	}
	r := sr.g[sr.row]
	for len(r) <= sr.col {
		r = append(r, Cell{Ref: cellRef(len(r), sr.row)})
	}
	r[sr.col] = c
	sr.g[sr.row] = r
	return nil
}

// parseCellRef reads an A1 reference ("H7", or "H" alone) as zero-based
// column and row; row is -1 when the reference has none.
func parseCellRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 4 {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	row = -1
	if i < len(ref) {
		n, err := strconv.Atoi(ref[i:])
		if err != nil || n < 1 {
			return 0, 0, false
		}
		row = n - 1
	}
	return col - 1, row, true
}

// cellRef is the A1 reference of a zero-based column and row.
func cellRef(col, row int) string {
	if col < 0 || row < 0 {
		return ""
	}
	var letters []byte
	for n := col + 1; n > 0; n = (n - 1) / 26 {
		letters = append([]byte{byte('A' + (n-1)%26)}, letters...)
	}
	return string(letters) + strconv.Itoa(row+1)
}
