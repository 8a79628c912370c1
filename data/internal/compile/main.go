// Command compile writes bank.ikb, the embedded bank compiled for
// kit.DecodeBank. It runs in the data folder, by `go generate ./data`.
package main

import (
	"fmt"
	"os"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "compile: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	b, err := kit.Load(data.FS, "data")
	if err != nil {
		return err
	}
	enc := kit.EncodeBank(b)
	// Write beside, then rename: a failed run leaves the old file whole.
	if err := os.WriteFile("bank.ikb.tmp", enc, 0o644); err != nil {
		return err
	}
	return os.Rename("bank.ikb.tmp", "bank.ikb")
}
