package layouts

import (
	"fmt"
	"strings"
	"testing"
)

// flowBox is a box of height h that draws nothing; name it with tag.
func flowBox(h float64) box { return box{h: h, draw: func(float64, float64) {}} }

// layoutString shows pages as "[y:h y:h] [y:h]" for comparison.
func layoutString(pages [][]placed) string {
	var b strings.Builder
	for i, page := range pages {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('[')
		for j, pl := range page {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%g:%g", pl.y, pl.h)
		}
		b.WriteByte(']')
	}
	return b.String()
}

func TestPaginate(t *testing.T) {
	more := func() []box { return []box{flowBox(5)} }
	keep := func(b box) box { b.keep = true; return b }
	grow := func(b box) box { b.grow = true; return b }
	cases := []struct {
		name  string
		parts []part
		want  string
	}{
		{"fits on one page", []part{{boxes: []box{flowBox(30), flowBox(30)}}}, "[0:30 30:30]"},
		{"a whole part moves on rather than split",
			[]part{{boxes: []box{flowBox(60)}}, {boxes: []box{flowBox(30), flowBox(30)}, whole: true}},
			"[0:60] [0:30 30:30]"},
		{"a part that is not whole splits",
			[]part{{boxes: []box{flowBox(60)}}, {boxes: []box{flowBox(30), flowBox(30)}}},
			"[0:60 60:30] [0:30]"},
		{"a whole part taller than a page starts a page and continues",
			[]part{{boxes: []box{flowBox(10)}}, {boxes: []box{flowBox(60), flowBox(60), flowBox(60)}, whole: true, more: more}},
			"[0:10] [0:60] [0:5 5:60] [0:5 5:60]"},
		{"gaps vanish at the top of a page",
			[]part{{boxes: []box{flowBox(90)}}, {boxes: []box{spacer(8), flowBox(20)}, whole: true}},
			"[0:90] [0:20]"},
		{"a box keeps with the next across a gap",
			[]part{{boxes: []box{flowBox(70), keep(flowBox(20)), spacer(5), flowBox(20)}}},
			"[0:70] [0:20 20:5 25:20]"},
		{"a box keeps with the next",
			[]part{{boxes: []box{flowBox(70), keep(flowBox(20)), flowBox(20)}}},
			"[0:70] [0:20 20:20]"},
		{"the last grow box takes the rest of the page, pushing what follows",
			[]part{{boxes: []box{flowBox(20), grow(flowBox(20)), flowBox(10)}}, {boxes: []box{flowBox(80)}, whole: true}},
			"[0:20 20:70 90:10] [0:80]"},
		{"no growing when a page breaks inside a part",
			[]part{{boxes: []box{grow(flowBox(20)), flowBox(50), flowBox(50)}}},
			"[0:20 20:50] [0:50]"},
		{"writing lines shrink to keep a block on one page, then take the rest",
			[]part{{boxes: []box{flowBox(10)}}, {boxes: []box{spacer(8), flowBox(70), {h: 50, min: 20, grow: true, draw: func(float64, float64) {}}}, whole: true}},
			"[0:10] [0:70 70:30]"},
		{"a squeezed part shrinks into the space left",
			[]part{{boxes: []box{flowBox(70)}}, {boxes: []box{flowBox(10), {h: 50, min: 15, grow: true, draw: func(float64, float64) {}}}, whole: true, squeeze: true}},
			"[0:70 70:10 80:20]"},
		{"a new page part",
			[]part{{boxes: []box{flowBox(10)}}, {boxes: []box{flowBox(10)}, newPage: true}},
			"[0:10] [0:10]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pages, err := paginate(c.parts, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			if got := layoutString(pages); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestPaginateRefusesABoxTallerThanAPage(t *testing.T) {
	if _, err := paginate([]part{{boxes: []box{flowBox(120)}}}, 0, 100); err == nil {
		t.Error("a 120 mm box on a 100 mm page was placed")
	}
}

func TestTidyText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  Zoë\tNguyễn \n", "Zoë Nguyễn"},
		{"Nguye\u0302\u0303n", "Nguyễn"},            // combining marks compose
		{"a\u200db\u00adc\u200fd", "abcd"},          // format characters go
		{"line one\nline two", "line one line two"}, // prose, not lines
		{"“quoted” – dash…", "“quoted” – dash…"},
		{"\x00\x07", ""},
	}
	for _, c := range cases {
		if got := tidyText(c.in); got != c.want {
			t.Errorf("tidyText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCheckPrintable(t *testing.T) {
	cases := []struct {
		in   string
		bad  rune
		want string
	}{
		{"Zoë Ł. Nguyễn Thị Ánh, Çağrı Öztürk, Małgorzata Wójcik “ok” – ‘fine’", 0, ""},
		{"Ελένη Παπαδοπούλου, Андрей Иванов", 0, ""},
		{"Zoë 😀", '😀', `candidate name: character "😀" (U+1F600) cannot be printed`},
		{"王小明", '王', `candidate name: character "王" (U+738B) cannot be printed`},
		{"דוד", 'ד', `candidate name: character "ד" (U+05D3) cannot be printed: right-to-left text is not supported`},
	}
	for _, c := range cases {
		err := checkPrintable("candidate name", tidyText(c.in))
		if c.bad == 0 {
			if err != nil {
				t.Errorf("%q: %v", c.in, err)
			}
			continue
		}
		ue, ok := err.(*UnprintableError)
		if !ok || ue.Char != c.bad || err.Error() != c.want {
			t.Errorf("%q: got %v, want %s", c.in, err, c.want)
		}
	}
}

// FuzzTidyTextFastPath holds tidyText's shortcut for plain ASCII to what
// the full rules give.
func FuzzTidyTextFastPath(f *testing.F) {
	for _, s := range []string{"", "a", "two words", " lead", "trail ", "two  spaces", "tab\there", "é", "x\x7f", "~!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !tidyASCII(s) {
			return
		}
		if full := tidyFull(s); full != s {
			t.Fatalf("tidyASCII(%q) is true, but the full rules give %q", s, full)
		}
	})
}
