package xlsx

// The workbook's structure: the parts by name, the relationships that lead
// from the package to the workbook, its sheets, shared strings and custom
// properties. sheet.go reads cells.

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Workbook is an open .xlsx package.
type Workbook struct {
	limits  Limits
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
func openWorkbook(zr *zip.Reader, l Limits) (*Workbook, error) {
	wb := &Workbook{limits: l, parts: map[string]*zip.File{}, props: map[string]string{}}
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
func (wb *Workbook) part(name string) *zip.File {
	return wb.parts[strings.ToLower(strings.TrimPrefix(name, "/"))]
}

// decoder opens a part for streaming; close it when done.
func (wb *Workbook) decoder(name string) (*tokens, io.Closer, error) {
	f := wb.part(name)
	if f == nil {
		return nil, nil, fmt.Errorf("%w: part %s is missing", ErrUnreadable, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: part %s: %v", ErrUnreadable, name, err)
	}
	return &tokens{d: xml.NewDecoder(io.LimitReader(rc, wb.limits.Unzipped))}, rc, nil
}

// eachToken streams a part's tokens to visit, closing the part afterwards.
// A damaged part is reported through xmlError; an error from visit is
// returned as it is.
func (wb *Workbook) eachToken(name string, visit func(xml.Token) error) error {
	d, c, err := wb.decoder(name)
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
			return xmlError(name, err)
		}
		if err := visit(tok); err != nil {
			return err
		}
	}
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
	if errors.Is(err, ErrUnreadable) || errors.Is(err, ErrTooLarge) {
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
func (wb *Workbook) rels(source string) (relations, error) {
	r := relations{byID: map[string]string{}, byType: map[string][]string{}}
	dir, file := path.Split(source)
	name := dir + "_rels/" + file + ".rels"
	if wb.part(name) == nil {
		return r, nil
	}
	err := wb.eachToken(name, func(tok xml.Token) error {
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "Relationship" || attr(el, "TargetMode") == "External" {
			return nil
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
		return nil
	})
	return r, err
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
func (wb *Workbook) readSheetList(book string, rels relations) error {
	return wb.eachToken(book, func(tok xml.Token) error {
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "sheet" {
			return nil
		}
		var id string
		for _, a := range el.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		if part, ok := rels.byID[id]; ok && len(wb.sheets) < wb.limits.Parts {
			wb.sheets = append(wb.sheets, sheetPart{name: attr(el, "name"), part: part})
		}
		return nil
	})
}

// readSharedStrings reads the shared string table: the text of each <si>,
// its runs joined, phonetic guides (<rPh>) left out.
func (wb *Workbook) readSharedStrings(name string) error {
	if wb.part(name) == nil {
		return nil
	}
	var (
		b             strings.Builder
		chars         int // in b
		inText, inPhn bool
	)
	return wb.eachToken(name, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				b.Reset()
				chars = 0
			case "t":
				inText = true
			case "rPh":
				inPhn = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if len(wb.strings) >= wb.limits.SharedStrings {
					return fmt.Errorf("%w: more than %d shared strings", ErrTooLarge, wb.limits.SharedStrings)
				}
				wb.strings = append(wb.strings, b.String())
			case "t":
				inText = false
			case "rPh":
				inPhn = false
			}
		case xml.CharData:
			if inText && !inPhn {
				if chars += utf8.RuneCount(t); chars > maxCellChars {
					return fmt.Errorf("%w: shared string %d holds more than a spreadsheet cell can (%d characters)", ErrTooLarge, len(wb.strings)+1, maxCellChars)
				}
				b.Write(t)
			}
		}
		return nil
	})
}

// readCustomProps reads custom document properties as text.
func (wb *Workbook) readCustomProps(name string) error {
	if wb.part(name) == nil {
		return nil
	}
	var (
		prop  string
		value strings.Builder
		depth int // 1 inside <property>, 2 inside its value element
	)
	return wb.eachToken(name, func(tok xml.Token) error {
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
				if _, dup := wb.props[prop]; prop != "" && !dup && len(wb.props) < maxProperties {
					wb.props[prop] = propertyText(value.String())
				}
				depth = 0
			case depth > 1:
				depth--
			}
		case xml.CharData:
			if depth == 2 && value.Len() < propertyLen {
				value.Write(t)
			}
		}
		return nil
	})
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

// Properties returns the custom document properties, as text. Some
// programs drop them when they save (openpyxl does).
func (wb *Workbook) Properties() map[string]string { return wb.props }

// HasSheet reports whether the workbook has a sheet named name.
func (wb *Workbook) HasSheet(name string) bool { return wb.sheetIndex(name) >= 0 }

// sheetIndex returns the position of the sheet named name, or -1.
func (wb *Workbook) sheetIndex(name string) int {
	for i, s := range wb.sheets {
		if s.name == name {
			return i
		}
	}
	return -1
}

// Sheets lists the workbook's sheets in order.
func (wb *Workbook) Sheets() []string {
	names := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		names[i] = s.name
	}
	return names
}
