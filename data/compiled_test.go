package data_test

import (
	"reflect"
	"testing"

	"github.com/interviewkit/interviewkit/data"
	"github.com/interviewkit/interviewkit/kit"
)

// TestCompiledBankIsFresh fails while bank.ikb was compiled from other YAML
// than the files beside it, or by another version of the encoding.
func TestCompiledBankIsFresh(t *testing.T) {
	b := load(t)
	if string(kit.EncodeBank(b)) != data.Compiled {
		t.Fatal("data/bank.ikb is stale: run `go generate ./data` and commit it")
	}
}

// TestCompiledBankEqualsYAML proves the compiled bank is the bank a fresh
// parse of the YAML gives, version included.
func TestCompiledBankEqualsYAML(t *testing.T) {
	want := load(t)
	got, err := kit.DecodeBank(data.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != want.Version {
		t.Errorf("compiled bank version %s, YAML parse %s", got.Version, want.Version)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("compiled bank differs from a fresh parse of the YAML; run `go generate ./data`")
	}
}
