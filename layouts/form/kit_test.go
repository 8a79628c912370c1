package form_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/layouts/form"
)

// sampleKit is a valid two-round kit: the sample document as round 2 and
// a copy as round 1.
func sampleKit() *form.Kit {
	r2 := sampleDocument()
	r1 := sampleDocument()
	r1.Round = 1
	return &form.Kit{Version: form.Version, KitID: r2.KitID, Scoresheet: "ana-lopez-scoresheet.xlsx",
		Packets: []form.Packet{{File: "ana-lopez-01-django-core-packet.pdf", Layout: *r1},
			{File: "ana-lopez-02-advanced-packet.pdf", Layout: *r2}}}
}

func TestKitEncodeDecodeRoundTrip(t *testing.T) {
	k := sampleKit()
	var buf bytes.Buffer
	if err := k.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := form.DecodeKit(bytes.NewReader(buf.Bytes()), "scan-layout.json")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, k) {
		t.Errorf("decoded %+v\nwant %+v", got, k)
	}
	if p := got.Round(2); p == nil || p.Layout.Round != 2 || got.Round(3) != nil || got.Round(0) != nil {
		t.Errorf("Round(2) = %v; Round(0), Round(3) must be nil", p)
	}
	lookup := form.Lookup(got.Documents()...)
	if p, err := lookup(k.Packets[1].Layout.Code(2)); err != nil || p.Number != 2 {
		t.Errorf("lookup of round 2 page 2 = %v, %v", p, err)
	}
}

func TestKitReportsEachProblemWithItsPath(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(k *form.Kit)
		path   string
		msg    string
	}{
		{"no packets", func(k *form.Kit) { k.Packets = nil }, "packets", "no packets"},
		{"bad kit ID", func(k *form.Kit) { k.KitID = "K7QF" }, "kit_id", "not a kit ID"},
		{"scoresheet in a folder", func(k *form.Kit) { k.Scoresheet = "../x.xlsx" }, "scoresheet", "not a plain file name"},
		{"scoresheet not a workbook", func(k *form.Kit) { k.Scoresheet = "x.pdf" }, "scoresheet", "does not end in .xlsx"},
		{"packet without a name", func(k *form.Kit) { k.Packets[0].File = "" }, "packets[0].file", "printable"},
		{"packet of another kit", func(k *form.Kit) { k.Packets[1].Layout.KitID = "V4G8-NXCW" }, "packets[1].layout.kit_id", "in the layout of kit"},
		{"rounds swapped", func(k *form.Kit) { k.Packets[0], k.Packets[1] = k.Packets[1], k.Packets[0] }, "packets[0].layout.round", "round order"},
		{"a box inside a packet", func(k *form.Kit) { k.Packets[1].Layout.Pages[0].Rows[0].Options[1].Box.W = 1 },
			"packets[1].layout.pages[0].rows[0].options[1].box", "sides must be 5-12 mm"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := sampleKit()
			tc.change(k)
			if err := k.Validate(); !errors.Is(err, form.ErrInvalid) {
				t.Fatalf("Validate() = %v, want ErrInvalid", err)
			}
			for _, p := range k.Problems() {
				if p.Path == tc.path && strings.Contains(p.Msg, tc.msg) {
					return
				}
			}
			t.Errorf("no problem at %s saying %q; got:\n%v", tc.path, tc.msg, k.Validate())
		})
	}
}

func TestDecodeKitLocatesAProblemInAPacket(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleKit().Encode(&buf); err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(buf.String(), `"round": 2`, `"round": 5`, 1)
	_, err := form.DecodeKit(strings.NewReader(text), "out/kit/scan-layout.json")
	if !errors.Is(err, form.ErrInvalid) {
		t.Fatalf("DecodeKit = %v, want ErrInvalid", err)
	}
	line := 1 + strings.Count(text[:strings.Index(text, `"round": 5`)], "\n")
	want := "out/kit/scan-layout.json:" + itoa(line) + ": packets[1].layout.round: round 5 in the place of round 2"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error lacks %q:\n%v", want, err)
	}
}

func FuzzDecodeKit(f *testing.F) {
	var good bytes.Buffer
	if err := sampleKit().Encode(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte(`{"version": 1, "packets": [{"file": "a.pdf", "layout": {"pages": []}}]}`))
	f.Add([]byte(`{"packets": [{"layout": {"pages": [{"rows": [{"kind": "score", "correction": {"w": 1e308}}]}]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := form.DecodeKit(bytes.NewReader(b), "fuzz.json")
		if err != nil {
			if !errors.Is(err, form.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := k.Encode(&buf); err != nil {
			t.Fatalf("a decoded kit does not encode: %v", err)
		}
		if _, err := form.DecodeKit(&buf, "again.json"); err != nil {
			t.Fatalf("an encoded kit does not decode: %v", err)
		}
	})
}
