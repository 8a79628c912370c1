package form

import (
	"fmt"
	"reflect"
	"testing"
)

// TestQRKeptIsTheSameAndTheCallersOwn: a symbol given again from the
// run's cache equals a fresh encoding, and a caller changing what it was
// given changes nothing for the next one.
func TestQRKeptIsTheSameAndTheCallersOwn(t *testing.T) {
	const payload = "IK1:K7QF-3M2A:2:3"
	fresh, err := encodeQR(payload)
	if err != nil {
		t.Fatal(err)
	}
	first, err := QR(payload)
	if err != nil {
		t.Fatal(err)
	}
	first[0][0] = !first[0][0]
	again, err := QR(payload)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, fresh) {
		t.Error("the kept symbol differs from a fresh encoding, or was changed by a caller")
	}
	// Past the bound the cache starts again and still answers right.
	for i := range maxSymbols + 10 {
		if _, err := QR(fmt.Sprintf("IK1:K7QF-3M2A:1:%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(symbols.m); n > maxSymbols {
		t.Errorf("%d symbols kept; at most %d", n, maxSymbols)
	}
	if again, _ := QR(payload); !reflect.DeepEqual(again, fresh) {
		t.Error("after the cache was emptied, the symbol differs")
	}
}
