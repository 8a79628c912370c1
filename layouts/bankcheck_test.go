package layouts_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
)

// editedBank is the embedded bank with one replacement made in one file.
func editedBank(t *testing.T, file, old, now string) *kit.Bank {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, p)
		if p == file {
			if !strings.Contains(string(b), old) {
				t.Fatalf("%s has no %q", file, old)
			}
			b = []byte(strings.Replace(string(b), old, now, 1))
		}
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := kit.Load(m, "data")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCheckBankFindsWhatAPacketCannotPrint: validate calls CheckBank, so a
// bank that validates prints, whichever question a kit picks.
func TestCheckBankFindsWhatAPacketCannotPrint(t *testing.T) {
	if ps, err := layouts.CheckBank(testkit.Bank(t)); err != nil || len(ps) > 0 {
		t.Fatalf("the embedded bank: %v %v", ps, err)
	}
	tests := []struct {
		name, file, old, now string
		want                 string
	}{
		{"an emoji in why", "orm.yaml", "    why: >-\n      Shows whether", "    why: >-\n      😀 Shows whether",
			`data/orm.yaml:5: question "orm-n-plus-one": why: character "😀" (U+1F600) cannot be printed`},
		{"an emoji in a key point", "orm.yaml", "      - Names it the N+1 problem", "      - Names it the N+1 problem 🚀",
			`data/orm.yaml:5: question "orm-n-plus-one": key point 1: character "🚀" (U+1F680) cannot be printed`},
		{"right-to-left text in a level's title", "bank.yaml", "title: Junior", "title: Junior שלום",
			`level "junior" title: character "ש" (U+05E9) cannot be printed: right-to-left text is not supported`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := layouts.CheckBank(editedBank(t, tt.file, tt.old, tt.now))
			if err != nil || len(ps) != 1 || !strings.HasSuffix(ps[0].String(), tt.want) {
				t.Fatalf("CheckBank = %v, %v; want one problem ending %s", ps, err, tt.want)
			}
		})
	}
}
