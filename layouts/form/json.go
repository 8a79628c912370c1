package form

// A Document as JSON, the sidecar a packet leaves in its kit folder. Read
// as untrusted: the size is limited before parsing, unknown fields and
// trailing data are refused, and every problem is reported with its line.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// MaxFileBytes is the largest layout file Decode and DecodeKit read: far
// above the layout of any real kit (a few kilobytes a page; a loop of six
// twelve-page packets is about 200 KB).
const MaxFileBytes = 2 << 20

// Encode writes d as indented JSON after checking it: a layout that would
// not read back is never written.
func (d *Document) Encode(w io.Writer) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return encode(w, d)
}

// Decode reads a Document written by Encode. name says where it came from
// in messages, which look like "name:12: pages[0].rows[1].options[2].box:
// box is 3 x 6 mm; sides must be 5-12 mm"; every problem is reported, joined,
// and they all wrap ErrInvalid.
func Decode(r io.Reader, name string) (*Document, error) {
	var d Document
	if err := decode(r, name, &d, d.Problems); err != nil {
		return nil, err
	}
	return &d, nil
}

// decode reads JSON into v within MaxFileBytes, refusing unknown fields
// and trailing data, then reports the problems problems finds in it, each
// at its line.
func decode(r io.Reader, name string, v any, problems func() []Problem) error {
	name = clip(name)
	b, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > MaxFileBytes {
		return fmt.Errorf("%s: %w: larger than %d bytes", name, ErrInvalid, MaxFileBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s:%s: %w: %s", name, lineOf(b, offsetOf(err, dec)), ErrInvalid, jsonMessage(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%s:%s: %w: data after the layout", name, lineOf(b, dec.InputOffset()), ErrInvalid)
	}
	ps := problems()
	if len(ps) == 0 {
		return nil
	}
	lines := valueLines(b)
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = fmt.Errorf("%s:%d: %s", name, lines.find(p.Path), p)
	}
	return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
}

// encode writes v as indented JSON, within MaxFileBytes.
func encode(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("form: %w", err)
	}
	b = append(b, '\n')
	if len(b) > MaxFileBytes {
		return fmt.Errorf("%w: layout is %d bytes; at most %d", ErrInvalid, len(b), MaxFileBytes)
	}
	_, err = w.Write(b)
	return err
}

// offsetOf is where in the input a decoding error happened.
func offsetOf(err error, dec *json.Decoder) int64 {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset - 1 // the offending byte
	case errors.As(err, &te):
		return te.Offset
	}
	return dec.InputOffset()
}

// jsonMessage says what encoding/json found, without its package prefix.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("%s: %s is not a %s", te.Field, te.Value, te.Type)
		}
		return fmt.Sprintf("%s is not a %s", te.Value, te.Type)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the layout ends early"
	}
	msg := err.Error()
	const prefix = "json: "
	if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
		msg = msg[len(prefix):]
	}
	return clipN(msg, 200)
}

// lineOf turns a byte offset into "line:column".
func lineOf(b []byte, off int64) string {
	off = max(0, min(off, int64(len(b))))
	line := 1 + bytes.Count(b[:off], []byte{'\n'})
	col := off - int64(bytes.LastIndexByte(b[:off], '\n'))
	return strconv.Itoa(line) + ":" + strconv.FormatInt(col, 10)
}

// lineIndex maps the path of each value in a JSON text to its line.
type lineIndex map[string]int

// find is the line of path, or of its nearest enclosing value.
func (li lineIndex) find(path string) int {
	for {
		if l, ok := li[path]; ok {
			return l
		}
		i := max(bytes.LastIndexByte([]byte(path), '.'), bytes.LastIndexByte([]byte(path), '['))
		if i <= 0 {
			return 1
		}
		path = path[:i]
	}
}

// valueLines walks well-formed JSON and records the line each value starts
// on, by the path Problems uses (pages[2].rows[0].kind).
func valueLines(b []byte) lineIndex {
	li := lineIndex{}
	dec := json.NewDecoder(bytes.NewReader(b))
	type frame struct {
		path  string
		array bool
		index int
		key   string // the pending key in an object
	}
	var stack []frame
	child := func() string {
		if len(stack) == 0 {
			return ""
		}
		f := &stack[len(stack)-1]
		if f.array {
			p := fmt.Sprintf("%s[%d]", f.path, f.index)
			f.index++
			return p
		}
		if f.path == "" {
			return f.key
		}
		return f.path + "." + f.key
	}
	line := func() int {
		// The offset after a token; the value began on the same line,
		// since a layout never splits a scalar or a bracket across lines.
		return 1 + bytes.Count(b[:dec.InputOffset()], []byte{'\n'})
	}
	expectKey := func() bool {
		return len(stack) > 0 && !stack[len(stack)-1].array && stack[len(stack)-1].key == ""
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return li
		}
		if s, ok := tok.(string); ok && expectKey() {
			stack[len(stack)-1].key = s
			continue
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				p := child()
				if p != "" {
					li[p] = line()
				}
				stack = append(stack, frame{path: p, array: t == '['})
				continue
			default:
				stack = stack[:len(stack)-1]
			}
		default:
			if p := child(); p != "" {
				li[p] = line()
			}
		}
		if len(stack) > 0 && !stack[len(stack)-1].array {
			stack[len(stack)-1].key = ""
		}
	}
}
