package fpdf

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/go-fonts/liberation/liberationsansregular"
)

// TestFontDefJSONMatchesEncodingJSON holds the hand-written JSON of a font
// definition to what encoding/json writes, so the font IDs in documents,
// and so their bytes, stay as they were.
func TestFontDefJSONMatchesEncodingJSON(t *testing.T) {
	ttf := liberationsansregular.TTF
	utf := newUTF8Font(&fileReader{array: ttf})
	if err := utf.parseFile(); err != nil {
		t.Fatal(err)
	}
	defs := []fontDefType{
		{},
		{Tp: "UTF8", Name: "dejavu<&>\"\u2028é", Cw: utf.CharWidths, Desc: FontDescType{Ascent: 1, Descent: -2, FontBBox: fontBoxType{-3, 4, 5, 6}, MissingWidth: 7}, Up: -9, Ut: 10, Enc: "cp1252", Diff: "x", File: "f.z", Size1: 1, Size2: 2, OriginalSize: 3, N: 4, DiffN: 5},
		{Cw: []int{}},
	}
	for _, d := range defs {
		want, err := json.Marshal(&d)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		writeFontDefJSON(&got, &d)
		if got.String() != string(want) {
			t.Errorf("got  %.300s\nwant %.300s", got.String(), want)
		}
	}
}
