package main

import (
	"os"
	"testing"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

func TestWriteBigBankWritesAValidBankOfCopies(t *testing.T) {
	dir := t.TempDir()
	if err := writeBigBank(dir, 2); err != nil {
		t.Fatal(err)
	}
	big, err := kit.Load(os.DirFS(dir), "big")
	if err != nil {
		t.Fatalf("the big bank does not load: %v", err)
	}
	embedded, err := kit.Load(data.FS, "data")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(big.Questions), 2*len(embedded.Questions); got != want {
		t.Errorf("big bank has %d questions, want %d", got, want)
	}
}
