package fpdf

// Patch for interviewkit: generateFontID writes the font definition's JSON
// by hand, byte for byte as encoding/json marshals it, straight into the
// hash: reflecting over the 65,536 widths of a UTF-8 font and building
// their 400 KB of JSON cost about 15 M instructions a face.

import (
	"bufio"
	"crypto/sha1"
	"encoding/json"
	"io"
	"strconv"
)

// fontDefSHA1 is sha1.Sum(json.Marshal(fdt)).
func fontDefSHA1(fdt *fontDefType) [sha1.Size]byte {
	h := sha1.New()
	writeFontDefJSON(h, fdt)
	var sum [sha1.Size]byte
	h.Sum(sum[:0])
	return sum
}

// writeFontDefJSON writes fdt as json.Marshal(fdt) would.
func writeFontDefJSON(w io.Writer, fdt *fontDefType) {
	bw := bufio.NewWriterSize(w, 4096)
	var num []byte
	str := func(name, s string) {
		bw.WriteString(name)
		q, _ := json.Marshal(s)
		bw.Write(q)
	}
	integer := func(name string, v int) {
		bw.WriteString(name)
		num = strconv.AppendInt(num[:0], int64(v), 10)
		bw.Write(num)
	}
	str(`{"Tp":`, fdt.Tp)
	str(`,"Name":`, fdt.Name)
	d := &fdt.Desc
	integer(`,"Desc":{"Ascent":`, d.Ascent)
	integer(`,"Descent":`, d.Descent)
	integer(`,"CapHeight":`, d.CapHeight)
	integer(`,"Flags":`, d.Flags)
	integer(`,"FontBBox":{"Xmin":`, d.FontBBox.Xmin)
	integer(`,"Ymin":`, d.FontBBox.Ymin)
	integer(`,"Xmax":`, d.FontBBox.Xmax)
	integer(`,"Ymax":`, d.FontBBox.Ymax)
	integer(`},"ItalicAngle":`, d.ItalicAngle)
	integer(`,"StemV":`, d.StemV)
	integer(`,"MissingWidth":`, d.MissingWidth)
	integer(`},"Up":`, fdt.Up)
	integer(`,"Ut":`, fdt.Ut)
	bw.WriteString(`,"Cw":`)
	if fdt.Cw == nil {
		bw.WriteString("null")
	} else {
		// The widths in chunks: one Write per width costs more than
		// formatting it.
		chunk := make([]byte, 0, 4096)
		chunk = append(chunk, '[')
		for i, v := range fdt.Cw {
			if i > 0 {
				chunk = append(chunk, ',')
			}
			chunk = strconv.AppendInt(chunk, int64(v), 10)
			if len(chunk) > 4000 {
				bw.Write(chunk)
				chunk = chunk[:0]
			}
		}
		chunk = append(chunk, ']')
		bw.Write(chunk)
	}
	str(`,"Enc":`, fdt.Enc)
	str(`,"Diff":`, fdt.Diff)
	str(`,"File":`, fdt.File)
	integer(`,"Size1":`, fdt.Size1)
	integer(`,"Size2":`, fdt.Size2)
	integer(`,"OriginalSize":`, fdt.OriginalSize)
	integer(`,"N":`, fdt.N)
	integer(`,"DiffN":`, fdt.DiffN)
	bw.WriteByte('}')
	bw.Flush()
}
