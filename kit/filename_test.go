package kit_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/interviewkit/interviewkit/kit"
)

func TestSlugKeepsNamesRecognisable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ana López", "ana-lopez"},
		{"Zoë O'Brien-Łukasiewicz", "zoe-obrien-lukasiewicz"},
		{"Nguyễn Thị Ánh", "nguyen-thi-anh"},
		{"Çağrı Öztürk", "cagri-ozturk"},
		{"Małgorzata Wójcik", "malgorzata-wojcik"},
		{"Søren Kierkegaard", "soren-kierkegaard"},
		{"Ħal Far", "hal-far"},
		{"STRAẞE", "strasse"},
		{"王小明", "王小明"},
		{"../../etc/passwd", "etc-passwd"},
		{"..", "candidate"},
		{"con", "candidate"},
		{"a\x00b\nc", "a-b-c"},
		{"C:\\Users\\x", "c-users-x"},
		{"😀", "candidate"},
		{"   ", "candidate"},
	}
	for _, tt := range tests {
		if got := kit.Slug(tt.in, "candidate"); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSlugFoldsAsPersonKeyDoes checks that a file name folds every letter
// of PersonKey's table the same way, upper case too, so two spellings of
// one person give one file name.
func TestSlugFoldsAsPersonKeyDoes(t *testing.T) {
	for _, f := range kit.PersonFolds() {
		for _, r := range []rune{f.From, unicode.ToUpper(f.From)} {
			if got, want := kit.Slug("a"+string(r)+"b", "x"), "a"+f.To+"b"; got != want {
				t.Errorf("Slug(%q) = %q, want %q as PersonKey folds it", "a"+string(r)+"b", got, want)
			}
		}
	}
	for _, name := range []string{"Ana López", "ana lopez", "Ana  Lopez", "ANA LÓPEZ"} {
		if got := kit.Slug(name, "x"); got != "ana-lopez" {
			t.Errorf("Slug(%q) = %q; one person, one file name", name, got)
		}
	}
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Ana López", "../x", "\x00", "a/b\\c", strings.Repeat("ß", 80), "Nguyễn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := kit.Slug(s, "x")
		if got == "" || len(got) > 48 || !utf8.ValidString(got) {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
		if strings.ContainsAny(got, "/\\:*?\"<>|.") || strings.HasPrefix(got, "-") {
			t.Fatalf("Slug(%q) = %q is not a safe file name", s, got)
		}
		for _, r := range got {
			if r < 0x20 || r == 0x7f {
				t.Fatalf("Slug(%q) = %q holds a control character", s, got)
			}
		}
	})
}
