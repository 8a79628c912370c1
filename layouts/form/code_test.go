package form_test

import (
	"errors"
	"image"
	"image/color"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/interviewkit/interviewkit/layouts/form"
)

func TestCodeStringParsesBack(t *testing.T) {
	for _, c := range []form.Code{
		{Version: 1, KitID: "K7QF-3M2A", Round: 1, Page: 1},
		{Version: 1, KitID: "0000-0000", Round: 2, Page: 13},
		{Version: 1, KitID: "ZZZZ-ZZZZ", Round: form.MaxRound, Page: form.MaxPages},
	} {
		t.Run(c.String(), func(t *testing.T) {
			got, err := form.ParseCode(c.String())
			if err != nil {
				t.Fatal(err)
			}
			if got != c {
				t.Errorf("ParseCode(%q) = %+v, want %+v", c.String(), got, c)
			}
		})
	}
}

func TestCodeStringIsCompact(t *testing.T) {
	c := form.Code{Version: 1, KitID: "K7QF-3M2A", Round: 2, Page: 3}
	if got, want := c.String(), "IK1:K7QF-3M2A:2:3"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestParseCodeRefusesWhatIsNotAPageCode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want error
	}{
		{"", form.ErrNotCode},
		{"https://example.com/cv", form.ErrNotCode},
		{"IK", form.ErrNotCode},
		{"IK1", form.ErrNotCode},
		{"ik1:K7QF-3M2A:2:3", form.ErrNotCode},
		{"IK01:K7QF-3M2A:2:3", form.ErrNotCode},
		{"IK2:K7QF-3M2A:2:3", form.ErrVersion},
		{"IK9999:whatever", form.ErrVersion},
		{"IK1:K7QF-3M2A:2", form.ErrNotCode},
		{"IK1:K7QF-3M2A:2:3:4", form.ErrNotCode},
		{"IK1:k7qf-3m2a:2:3", form.ErrNotCode},
		{"IK1:K7QF3M2A:2:3", form.ErrNotCode},
		{"IK1:K7QF-3M2U:2:3", form.ErrNotCode},
		{"IK1:K7QF-3M2A:0:3", form.ErrNotCode},
		{"IK1:K7QF-3M2A:100:3", form.ErrNotCode},
		{"IK1:K7QF-3M2A:2:0", form.ErrNotCode},
		{"IK1:K7QF-3M2A:2:1000", form.ErrNotCode},
		{"IK1:K7QF-3M2A:02:3", form.ErrNotCode},
		{"IK1:K7QF-3M2A:+2:3", form.ErrNotCode},
		{"IK1:K7QF-3M2A: 2:3", form.ErrNotCode},
		{"IK1:K7QF-3M2A:2:3 ", form.ErrNotCode},
		{"IK1:K7QF-3M2A:2:3\x00", form.ErrNotCode},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := form.ParseCode(tc.in)
			if !errors.Is(err, tc.want) {
				t.Errorf("ParseCode(%q) = %v, want %v", tc.in, err, tc.want)
			}
		})
	}
}

func TestQRDecodesToThePageCode(t *testing.T) {
	c := form.Code{Version: 1, KitID: "V4G8-NXCW", Round: 12, Page: 345}
	m, err := c.QR()
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != form.QRModules || len(m[0]) != form.QRModules {
		t.Fatalf("QR is %dx%d modules, want %d", len(m), len(m[0]), form.QRModules)
	}
	img := rasterQR(m, 4)
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if res.GetText() != c.String() {
		t.Errorf("decoded %q, want %q", res.GetText(), c.String())
	}
	again, _ := c.QR()
	for y := range m {
		for x := range m[y] {
			if m[y][x] != again[y][x] {
				t.Fatal("the same code gave different modules")
			}
		}
	}
}

func TestQRRefusesWhatDoesNotFit(t *testing.T) {
	for _, tc := range []struct{ name, payload string }{
		{"too long", "IK1:K7QF-3M2A:2:3:AND-A-LOT-MORE-TEXT-THAN-FITS"},
		{"lower case needs byte mode", "ik1:k7qf-3m2a:2:3 and more text here"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := form.QR(tc.payload); err == nil {
				t.Errorf("QR(%q) encoded; want an error", tc.payload)
			}
		})
	}
	if _, err := (form.Code{Version: 1, KitID: "bad", Round: 1, Page: 1}).QR(); err == nil {
		t.Error("QR of an invalid code encoded; want an error")
	}
}

// rasterQR draws modules px pixels wide with a four-module quiet zone.
func rasterQR(m [][]bool, px int) image.Image {
	n := (len(m) + 8) * px
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := range n {
		for x := range n {
			mx, my := x/px-4, y/px-4
			c := color.Gray{255}
			if mx >= 0 && my >= 0 && my < len(m) && mx < len(m) && m[my][mx] {
				c = color.Gray{0}
			}
			img.SetGray(x, y, c)
		}
	}
	return img
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"IK1:K7QF-3M2A:2:3", "IK1:0000-0000:99:999", "IK2:x", "", "IK1:K7QF-3M2A:02:3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := form.ParseCode(s)
		if err != nil {
			if !errors.Is(err, form.ErrNotCode) && !errors.Is(err, form.ErrVersion) {
				t.Fatalf("ParseCode(%q) error %v wraps neither sentinel", s, err)
			}
			return
		}
		if c.String() != s {
			t.Fatalf("ParseCode(%q) = %+v, which prints as %q", s, c, c.String())
		}
		if _, err := c.QR(); err != nil {
			t.Fatalf("valid code %q does not encode: %v", s, err)
		}
	})
}
