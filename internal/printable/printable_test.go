package printable

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeEscapesWhatCouldDriveOrForgeTheTerminal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"out/ana-lopez-2026-03-02-K7QF-3M2A", "out/ana-lopez-2026-03-02-K7QF-3M2A"},
		{"Zoë O'Brien, Nguyễn Thị Ánh, Ψ, Жанна", "Zoë O'Brien, Nguyễn Thị Ánh, Ψ, Жанна"},
		{"a.xlsx\narchived   fake.xlsx", `a.xlsx\narchived   fake.xlsx`},
		{"red\x1b[31malert\x1b[0m", `red\x1b[31malert\x1b[0m`},
		{"Ana\u202Efdp.exe", `Ana\u202efdp.exe`},
		{"tab\there\rcr", `tab\there\rcr`},
		{"c1 \u009b2J", `c1 \u009b2J`},
		{"bom\ufeff zero\u200bwidth \u2066iso\u2069", `bom\ufeff zero\u200bwidth \u2066iso\u2069`},
		{"line\u2028sep", `line\u2028sep`},
		{"bad \xff\xfe utf8", `bad \xff\xfe utf8`},
		{"nul\x00", `nul\x00`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzEscape: whatever a file name or cell holds, what is printed is valid
// UTF-8 with no character the terminal would obey, and text that needs no
// escape is printed as it is.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"plain", "a\nb", "\x1b[2J", "Ana\u202Efdp.exe", "\xff", "Zoë"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Escape(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Escape(%q) = %q is not UTF-8", s, got)
		}
		for _, r := range got {
			if escaped(r) {
				t.Fatalf("Escape(%q) = %q keeps %U", s, got, r)
			}
		}
		if !needsEscape(s) && got != s {
			t.Fatalf("Escape(%q) = %q changed clean text", s, got)
		}
		if strings.Count(got, "\n") > 0 {
			t.Fatalf("Escape(%q) holds a line break", s)
		}
	})
}
