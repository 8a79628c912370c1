package kit

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/data"
)

func loadEmbedded(t testing.TB) *Bank {
	t.Helper()
	b, err := Load(data.FS, "data")
	if err != nil {
		t.Fatalf("embedded bank: %v", err)
	}
	return b
}

func TestDecodeBankGivesTheBankEncoded(t *testing.T) {
	want := loadEmbedded(t)
	enc := EncodeBank(want)
	got, err := DecodeBank(string(enc))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("decoded bank differs from the bank encoded")
	}
	for _, q := range want.Questions {
		if g, ok := got.Question(q.ID); !ok || g.Text != q.Text {
			t.Fatalf("decoded bank does not find question %q", q.ID)
		}
	}
}

func TestEncodeBankIsAFunctionOfContent(t *testing.T) {
	a, b := loadEmbedded(t), loadEmbedded(t)
	// Maps iterate in a different order each time; the encoding must not.
	for range 5 {
		if string(EncodeBank(a)) != string(EncodeBank(b)) {
			t.Fatal("two encodings of the same bank differ")
		}
	}
}

// TestEncodeBankKeepsEveryField fills every exported field of a bank, down
// through its questions, with a distinct value and checks that decoding
// gives it back: a field added to Bank, Question or their parts without
// being added to the encoding fails here.
func TestEncodeBankKeepsEveryField(t *testing.T) {
	var want Bank
	n := 0
	fill(reflect.ValueOf(&want).Elem(), &n)
	want.byID = map[string]*Question{}
	for _, q := range want.Questions {
		want.byID[q.ID] = q
	}
	got, err := DecodeBank(string(EncodeBank(&want)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, &want) {
		t.Fatalf("round trip lost a field:\n got %+v\nwant %+v", got, &want)
	}
}

// fill sets every exported field reachable from v to a value no other field
// has: strings and numbers count up, lists and maps get two entries.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", *n))
	case reflect.Int:
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), n)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(k, n)
			fill(e, n)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic("fill: add a case for " + v.Kind().String())
	}
}

func TestDecodeBankRefusesWhatIsNotACompiledBank(t *testing.T) {
	small := smallBank(t)
	enc := string(EncodeBank(small))
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"YAML", "bank:\n  title: x\n"},
		{"another format version", enc[:7] + "\x09" + enc[8:]},
		{"index longer than the input", compiledMagic + "\xff\x01"},
		{"a count past the end", compiledMagic + "\x0b" + strings.Repeat("\x00", 10) + "\x7f"},
		{"a string past the heap", compiledMagic + "\x02\x00\x05"},
		{"bytes after the index", compiledMagic + "\x13" + strings.Repeat("\x00", 19)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := DecodeBank(tt.in)
			if !errors.Is(err, ErrCompiledBank) {
				t.Fatalf("DecodeBank = %v, %v; want an error wrapping ErrCompiledBank", b, err)
			}
		})
	}
	// Every truncation of a bank is refused, none panics.
	for i := range len(enc) {
		if _, err := DecodeBank(enc[:i]); !errors.Is(err, ErrCompiledBank) && i < len(enc)-heapLen(t, small) {
			t.Fatalf("a bank cut to %d of %d bytes decoded: %v", i, len(enc), err)
		}
	}
}

// heapLen is the length of the string heap at the end of b's encoding: a
// cut inside it can still decode (into shorter strings) or fail, either is
// fine, as long as nothing panics.
func heapLen(t *testing.T, b *Bank) int {
	t.Helper()
	enc := EncodeBank(b)
	d := &bankDecoder{in: string(enc[len(compiledMagic):])}
	n := d.uvarint()
	return len(enc) - len(compiledMagic) - d.off - int(n)
}

func smallBank(t testing.TB) *Bank {
	t.Helper()
	b := loadEmbedded(t)
	small := *b
	small.Questions = b.Questions[:3]
	small.byID = map[string]*Question{}
	for _, q := range small.Questions {
		small.byID[q.ID] = q
	}
	return &small
}

// FuzzDecodeBank feeds damaged compiled banks to the decoder: it never
// panics, and what it accepts encodes back to a bank that decodes the same.
func FuzzDecodeBank(f *testing.F) {
	// A small seed: the fuzzer minimizes each new input byte by byte, which
	// takes minutes for inputs of kilobytes.
	tiny := &Bank{
		Title: "T", Version: "v1",
		Taxonomy: Taxonomy{
			Levels: []Level{{ID: "l", Title: "L"}},
			Areas:  []Area{{ID: "a", Title: "A"}},
			Stages: []Stage{{ID: "s", Title: "S", STAR: true}},
		},
		Timing: Timing{Intro: 5, CandidateQuestions: 10, Close: 5},
		Loop:   []LoopRound{{Title: "R", Stages: []string{"s"}, Minutes: map[string]int{"l": 45}, File: "f", Line: 2}},
		Questions: []*Question{
			{ID: "q1", Text: "Why?", Stage: "s", Areas: []string{"a"}, Levels: []string{"l"}, Minutes: 5, Weight: 1.5,
				KeyPoints: []string{"k"}, Rubric: Rubric{"1", "2", "3", "4"}, STAR: &STAR{"s", "t", "a", "r"}, File: "f", Line: 9},
			{ID: "q2", Text: "How?", Stage: "s", File: "f", Line: 20},
		},
	}
	f.Add(string(EncodeBank(tiny)))
	f.Add(compiledMagic + "\x00")
	f.Fuzz(func(t *testing.T, in string) {
		b, err := DecodeBank(in)
		if err != nil {
			if !errors.Is(err, ErrCompiledBank) {
				t.Fatalf("error does not wrap ErrCompiledBank: %v", err)
			}
			return
		}
		again, err := DecodeBank(string(EncodeBank(b)))
		if err != nil {
			t.Fatalf("re-encoded bank does not decode: %v", err)
		}
		if !reflect.DeepEqual(again, b) {
			t.Fatal("re-encoded bank decodes differently")
		}
	})
}

func BenchmarkDecodeBank(b *testing.B) {
	enc := string(EncodeBank(loadEmbedded(b)))
	b.ReportAllocs()
	b.SetBytes(int64(len(enc)))
	for b.Loop() {
		if _, err := DecodeBank(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadYAML(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(data.FS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}
