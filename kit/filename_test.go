package kit_test

import (
	"strings"
	"testing"
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
