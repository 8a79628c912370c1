package form_test

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/form"
)

func TestSampleDocumentIsValid(t *testing.T) {
	for _, paper := range []form.Size{a4, {W: 215.9, H: 279.4}} {
		d := sampleDocument()
		d.Paper = paper
		for i := range d.Pages {
			d.Pages[i].Marks = form.Marks(paper)
			d.Pages[i].Code = form.CodeTopRight(paper)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("%v: %v", paper, err)
		}
	}
}

func TestValidateReportsEachProblemWithItsPath(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(d *form.Document)
		path   string
		msg    string
	}{
		{"future version", func(d *form.Document) { d.Version = 2 }, "version", "this build reads version 1"},
		{"bad kit ID", func(d *form.Document) { d.KitID = "K7QF-3M2I" }, "kit_id", "not a kit ID"},
		{"round zero", func(d *form.Document) { d.Round = 0 }, "round", "outside 1-99"},
		{"tiny paper", func(d *form.Document) { d.Paper.W = 20 }, "paper", "outside 100-500"},
		{"paper not a number", func(d *form.Document) { d.Paper.H = math.NaN() }, "paper", "NaN"},
		{"no pages", func(d *form.Document) { d.Pages = nil }, "pages", "no pages"},
		{"pages out of order", func(d *form.Document) { d.Pages[1].Number = 1 }, "pages[1].number", "go up in order"},
		{"code off the page", func(d *form.Document) { d.Pages[0].Code.X = 200 }, "pages[0].code", "run off the page"},
		{"code not square", func(d *form.Document) { d.Pages[0].Code.W = 20 }, "pages[0].code", "must be square"},
		{"code too small", func(d *form.Document) { d.Pages[0].Code.W, d.Pages[0].Code.H = 10, 10 }, "pages[0].code", "must be square"},
		{"code mid page", func(d *form.Document) { d.Pages[0].Code.Y = 140 }, "pages[0].code", "within 50 mm of a page corner"},
		{"code infinite", func(d *form.Document) { d.Pages[0].Code.X = math.Inf(1) }, "pages[0].code", "not a finite"},
		{"mark off the page", func(d *form.Document) { d.Pages[0].Marks[2].X = 209 }, "pages[0].marks[2]", "run off the page"},
		{"marks swapped", func(d *form.Document) {
			m := &d.Pages[0].Marks
			m[0], m[1] = m[1], m[0]
		}, "pages[0].marks", "top left, top right"},
		{"marks bunched", func(d *form.Document) { d.Pages[0].Marks[2].Y, d.Pages[0].Marks[3].Y = 100, 100 }, "pages[0].marks", "spanning 60%"},
		{"unknown kind", func(d *form.Document) { d.Pages[0].Rows[0].Kind = 7 }, "pages[0].rows[0].kind", "unknown row kind"},
		{"no question ID", func(d *form.Document) { d.Pages[0].Rows[0].Question = "" }, "pages[0].rows[0].question", "printable"},
		{"control in question ID", func(d *form.Document) { d.Pages[0].Rows[0].Question = "a\nb" }, "pages[0].rows[0].question", "printable"},
		{"question number zero", func(d *form.Document) { d.Pages[0].Rows[1].Number = 0 }, "pages[0].rows[1].number", "outside"},
		{"score options missing N/A", func(d *form.Document) {
			r := &d.Pages[0].Rows[0]
			r.Options = r.Options[:4]
		}, "pages[0].rows[0].options", `a score row offers ["1" "2" "3" "4" "N/A"]`},
		{"score options out of order", func(d *form.Document) {
			o := d.Pages[0].Rows[2].Options
			o[0].Value, o[1].Value = o[1].Value, o[0].Value
		}, "pages[0].rows[2].options", "in that order"},
		{"recommendation names a question", func(d *form.Document) { d.Pages[1].Rows[0].Number = 3 }, "pages[1].rows[0]", "names no question"},
		{"box too small", func(d *form.Document) { d.Pages[0].Rows[0].Options[1].Box.W = 3 }, "pages[0].rows[0].options[1].box", "sides must be 5-12 mm"},
		{"box off the page", func(d *form.Document) { d.Pages[0].Rows[0].Options[4].Box.X = 205 }, "pages[0].rows[0].options[4].box", "run off the page"},
		{"box outside the marks", func(d *form.Document) { d.Pages[0].Rows[0].Options[0].Box.X = 4 }, "pages[0].rows[0].options[0].box", "outside the registration marks"},
		{"boxes too close", func(d *form.Document) { d.Pages[0].Rows[1].Options[0].Box.Y = 60 + 6 + 3 }, "pages[0].rows[1].options[0].box", "boxes must be 8 mm apart"},
		{"box under the code", func(d *form.Document) {
			d.Pages[0].Rows[0].Options[4].Box.Y = 20
			d.Pages[0].Rows[0].Options[4].Box.X = 170
		}, "pages[0].rows[0].options[4].box", "overlaps the code"},
		{"box infinite", func(d *form.Document) { d.Pages[0].Rows[0].Options[2].Box.H = math.Inf(-1) }, "pages[0].rows[0].options[2].box", "not a finite"},
		{"too many rows", func(d *form.Document) {
			d.Pages[0].Rows = slices.Repeat(d.Pages[0].Rows[:1], form.MaxRows+1)
		}, "pages[0].rows", "at most 64"},
		{"correction box too small", func(d *form.Document) { d.Pages[0].Rows[0].Correction.H = 2 }, "pages[0].rows[0].correction", "5-12 mm high"},
		{"correction box off the page", func(d *form.Document) { d.Pages[0].Rows[0].Correction.X = 200 }, "pages[0].rows[0].correction", "run off the page"},
		{"correction box on a mark box", func(d *form.Document) { d.Pages[0].Rows[0].Correction.X = 24 + 4*34 + 10 }, "pages[0].rows[0].correction", "boxes must be 8 mm apart"},
		{"correction box infinite", func(d *form.Document) { d.Pages[0].Rows[1].Correction.W = math.NaN() }, "pages[0].rows[1].correction", "not a finite"},
		{"one recommendation", func(d *form.Document) {
			r := &d.Pages[1].Rows[0]
			r.Options = r.Options[:1]
		}, "pages[1].rows[0].options", "at least 2"},
		{"recommendation offered twice", func(d *form.Document) { d.Pages[1].Rows[0].Options[2].Value = "no" }, "pages[1].rows[0].options[2].value", "offered twice"},
		{"recommendation label blank", func(d *form.Document) { d.Pages[1].Rows[0].Options[0].Value = "" }, "pages[1].rows[0].options[0].value", "printable"},
		{"too many options", func(d *form.Document) {
			r := &d.Pages[0].Rows[0]
			r.Options = slices.Repeat(r.Options, 2)
		}, "pages[0].rows[0].options", "at most 8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := sampleDocument()
			tc.change(d)
			err := d.Validate()
			if !errors.Is(err, form.ErrInvalid) {
				t.Fatalf("Validate() = %v, want ErrInvalid", err)
			}
			for _, p := range d.Problems() {
				if p.Path == tc.path && strings.Contains(p.Msg, tc.msg) {
					return
				}
			}
			t.Errorf("no problem at %s saying %q; got:\n%v", tc.path, tc.msg, err)
		})
	}
}

func TestValidateReportsEveryProblemAtOnce(t *testing.T) {
	d := sampleDocument()
	d.KitID = "nope"
	d.Pages[0].Rows[0].Options[0].Box.W = 1
	d.Pages[1].Code.Y = 140
	if got := len(d.Problems()); got != 3 {
		t.Errorf("%d problems, want 3: %v", got, d.Validate())
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	d := sampleDocument()
	var buf bytes.Buffer
	if err := d.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := form.Decode(bytes.NewReader(buf.Bytes()), "kit/form.json")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("decoded %+v\nwant %+v", got, d)
	}
	var again bytes.Buffer
	if err := got.Encode(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("encoding the decoded document gave different bytes")
	}
}

func TestEncodeRefusesAnInvalidDocument(t *testing.T) {
	d := sampleDocument()
	d.Round = -1
	var buf bytes.Buffer
	if err := d.Encode(&buf); !errors.Is(err, form.ErrInvalid) {
		t.Fatalf("Encode = %v, want ErrInvalid", err)
	}
	if buf.Len() != 0 {
		t.Error("Encode wrote an invalid document")
	}
}

func TestDecodeReportsEveryProblemWithItsLine(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleDocument().Encode(&buf); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	text = strings.Replace(text, `"round": 2`, `"round": 0`, 1)
	// The second option box of the first row: shrink its width.
	i := strings.Index(text, `"value": "2"`)
	j := i + strings.Index(text[i:], `"w": 6`)
	text = text[:j] + `"w": 2` + text[j+len(`"w": 6`):]
	_, err := form.Decode(strings.NewReader(text), "kit/form.json")
	if !errors.Is(err, form.ErrInvalid) {
		t.Fatalf("Decode = %v, want ErrInvalid", err)
	}
	lines := strings.Split(text, "\n")
	lineOf := func(needle string, from int) int {
		for n := from; n < len(lines); n++ {
			if strings.Contains(lines[n], needle) {
				return n + 1
			}
		}
		return -1
	}
	roundLine := lineOf(`"round": 0`, 0)
	boxLine := lineOf(`"box"`, lineOf(`"value": "2"`, 0)-1)
	for _, want := range []string{
		"kit/form.json:" + itoa(roundLine) + ": round: round 0 is outside 1-99",
		"kit/form.json:" + itoa(boxLine) + ": pages[0].rows[0].options[1].box: box is 2 x 6 mm",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestDecodeRefusesMalformedFiles(t *testing.T) {
	var good bytes.Buffer
	if err := sampleDocument().Encode(&good); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", "ends early"},
		{"not JSON", "kit: K7QF-3M2A\n", "f.json:1:1: invalid form layout: invalid character"},
		{"syntax error on line 3", "{\n\"version\": 1,\n\"round\": ,\n}", "f.json:3:"},
		{"unknown field", `{"version": 1, "colour": "red"}`, `unknown field "colour"`},
		{"wrong type", `{"version": "one"}`, `version: string is not a int`},
		{"row kind unknown", `{"pages": [{"rows": [{"kind": "essay"}]}]}`, `row kind "essay" is not score or recommendation`},
		{"huge number", `{"paper": {"w": 1e999, "h": 1}}`, "f.json:1:"},
		{"trailing data", good.String() + "{}", "data after the layout"},
		{"too large", strings.Repeat(" ", form.MaxFileBytes+1), "larger than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := form.Decode(strings.NewReader(tc.in), "f.json")
			if !errors.Is(err, form.ErrInvalid) {
				t.Fatalf("Decode = %v, want ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Decode error %q lacks %q", err, tc.want)
			}
		})
	}
}

func TestLookupFindsThePageACodeNames(t *testing.T) {
	d := sampleDocument()
	other := sampleDocument()
	other.Round = 1
	lookup := form.Lookup(other, d)
	for _, tc := range []struct {
		name string
		code form.Code
		page int   // want this page, or
		err  error // this error
		msg  string
	}{
		{"found", d.Code(2), 2, nil, ""},
		{"other round", other.Code(1), 1, nil, ""},
		{"unknown kit", form.Code{Version: 1, KitID: "AAAA-AAAA", Round: 1, Page: 1}, 0, form.ErrUnknownKit, "AAAA-AAAA"},
		{"unknown round", form.Code{Version: 1, KitID: d.KitID, Round: 3, Page: 1}, 0, nil, "has no round 3"},
		{"unknown page", d.Code(9), 0, nil, "has no page 9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := lookup(tc.code)
			if tc.page != 0 {
				if err != nil || p == nil || p.Number != tc.page {
					t.Fatalf("lookup = %v, %v; want page %d", p, err, tc.page)
				}
				return
			}
			if err == nil || (tc.err != nil && !errors.Is(err, tc.err)) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("lookup error = %v, want %v saying %q", err, tc.err, tc.msg)
			}
		})
	}
}

func TestConstantsAgree(t *testing.T) {
	if math.Abs(form.QRSize-16) > 0.001 {
		t.Errorf("QRSize = %g mm, want 16", form.QRSize)
	}
	if form.BoxSize < form.BoxMin || form.BoxSize > form.BoxMax {
		t.Errorf("BoxSize %g outside %g-%g", form.BoxSize, form.BoxMin, form.BoxMax)
	}
	if form.MarkInset-form.MarkSize/2 < 5 {
		t.Error("marks reach within 5 mm of the paper's edge, where printers cannot print")
	}
}

func FuzzDecode(f *testing.F) {
	var good bytes.Buffer
	if err := sampleDocument().Encode(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"pages": [{"rows": [{"kind": "score", "options": [{"value": "1", "box": {"w": 1e308}}]}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := form.Decode(bytes.NewReader(b), "fuzz.json")
		if err != nil {
			if !errors.Is(err, form.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := d.Encode(&buf); err != nil {
			t.Fatalf("a decoded document does not encode: %v", err)
		}
		if _, err := form.Decode(&buf, "again.json"); err != nil {
			t.Fatalf("an encoded document does not decode: %v", err)
		}
	})
}

func itoa(n int) string { return strconv.Itoa(n) }
