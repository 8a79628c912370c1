package kit

// This file stores a validated bank in a compact binary form and reads it
// back, so a bank loads without parsing YAML: the embedded bank is compiled
// once at build time (go generate ./data), a user's bank once per change
// into the cache. Reading a compiled bank costs about a thousandth of
// parsing its YAML.
//
// The form is an index followed by a heap of strings. The index holds every
// number and, for every string, its offset and length in the heap, so
// decoding slices strings out of the input without copying them, and a
// string repeated across the bank (an area id, a file name) is stored once.
//
//	magic    "ikbank\x00" and the format version, 8 bytes
//	index    uvarint length, then the fields of the bank in a fixed order
//	heap     the strings, back to back
//
// The rules: the encoding of a bank is a function of its content only, so
// the compiled embedded bank can be checked for staleness byte for byte; and
// the decoder trusts nothing, so any input gives a bank or an error wrapping
// ErrCompiledBank, never a panic or an outsized allocation. Integrity (that
// the bytes are those once written) is the storer's concern, not the
// codec's: the embedded bank is part of the binary, a cache file carries its
// own checksum.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// ErrCompiledBank marks input DecodeBank cannot read: damaged, truncated, or
// written by a version of the format it does not know.
var ErrCompiledBank = errors.New("not a compiled bank this version can read")

// compiledMagic opens every compiled bank; its last byte is the format
// version, raised whenever the layout of the index changes.
const compiledMagic = "ikbank\x00\x04"

// EncodeBank compiles a bank for DecodeBank. The same bank always gives the
// same bytes.
func EncodeBank(b *Bank) []byte {
	e := &encoder{offsets: map[string]int{}}
	e.str(b.Title)
	e.str(b.Role)
	e.str(b.Description)
	e.str(b.WrittenFor)
	e.str(b.Version)
	e.ratings(b)
	e.count(len(b.Levels))
	for _, l := range b.Levels {
		e.str(l.ID)
		e.str(l.Title)
		e.str(l.Years)
		e.str(l.Description)
	}
	e.count(len(b.Areas))
	for _, a := range b.Areas {
		e.str(a.ID)
		e.str(a.Title)
		e.str(a.Description)
	}
	e.count(len(b.Stages))
	for _, s := range b.Stages {
		e.str(s.ID)
		e.str(s.Title)
		e.str(s.Description)
		e.boolean(s.STAR)
	}
	e.int(b.Timing.Intro)
	e.int(b.Timing.CandidateQuestions)
	e.int(b.Timing.Close)
	e.shortSlot(b.Timing.Short)
	e.count(len(b.Loop))
	for _, r := range b.Loop {
		e.str(r.Title)
		e.strs(r.Stages)
		e.strs(r.Areas)
		levels := make([]string, 0, len(r.Minutes))
		for id := range r.Minutes {
			levels = append(levels, id)
		}
		slices.Sort(levels)
		e.count(len(levels))
		for _, id := range levels {
			e.str(id)
			e.int(r.Minutes[id])
		}
		e.str(r.File)
		e.int(r.Line)
	}
	e.count(len(b.Questions))
	for _, q := range b.Questions {
		e.str(q.ID)
		e.str(q.Text)
		e.str(q.Stage)
		e.strs(q.Areas)
		e.strs(q.Levels)
		e.int(q.Minutes)
		e.index = binary.LittleEndian.AppendUint64(e.index, math.Float64bits(q.Weight))
		e.str(q.Why)
		e.strs(q.KeyPoints)
		e.strs(q.FollowUps)
		e.strs(q.RedFlags)
		for _, a := range q.Rubric {
			e.str(a)
		}
		e.str(q.VersionNote)
		e.count(len(q.Code))
		for _, l := range q.Code {
			e.str(l.Language)
			e.str(l.Title)
			e.str(l.Text)
		}
		e.str(q.Handout)
		e.strs(q.Script)
		e.boolean(q.STAR != nil)
		if q.STAR != nil {
			e.str(q.STAR.Situation)
			e.str(q.STAR.Task)
			e.str(q.STAR.Action)
			e.str(q.STAR.Result)
		}
		e.str(q.File)
		e.int(q.Line)
	}
	e.encodePrints(b)
	out := make([]byte, 0, len(compiledMagic)+binary.MaxVarintLen64+len(e.index)+e.heap.Len())
	out = append(out, compiledMagic...)
	out = binary.AppendUvarint(out, uint64(len(e.index)))
	out = append(out, e.index...)
	return append(out, e.heap.String()...)
}

// ratings writes the bank's rating names and where they are written.
func (e *encoder) ratings(b *Bank) {
	for _, r := range b.Ratings {
		e.str(r)
	}
	e.str(b.RatingsAt)
}

// shortSlot writes a short slot's caps.
func (e *encoder) shortSlot(s ShortSlot) {
	e.int(s.Under)
	e.int(s.Intro)
	e.int(s.CandidateQuestions)
	e.int(s.Close)
}

// encodePrints writes the bank's fingerprints (version.go), so a
// compiled bank need not hash its content again: whether it has them, the
// frame's, then each question's by id in id order.
func (e *encoder) encodePrints(b *Bank) {
	e.boolean(b.prints != nil)
	if b.prints == nil {
		return
	}
	e.str(b.frame)
	ids := make([]string, 0, len(b.prints))
	for id := range b.prints {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	e.count(len(ids))
	for _, id := range ids {
		e.str(id)
		e.str(b.prints[id])
	}
}

// decodePrints reads what encodePrints wrote.
func (d *bankDecoder) decodePrints(b *Bank) {
	if !d.boolean() {
		return
	}
	b.frame = d.str()
	n := d.count(4)
	b.prints = make(map[string]string, n)
	for range n {
		id := d.str()
		b.prints[id] = d.str()
	}
}

type encoder struct {
	index   []byte
	heap    strings.Builder
	offsets map[string]int // heap offset of each string written
}

func (e *encoder) count(n int) { e.index = binary.AppendUvarint(e.index, uint64(n)) }
func (e *encoder) int(n int)   { e.index = binary.AppendVarint(e.index, int64(n)) }

func (e *encoder) boolean(v bool) {
	if v {
		e.index = append(e.index, 1)
	} else {
		e.index = append(e.index, 0)
	}
}

func (e *encoder) str(s string) {
	off, ok := e.offsets[s]
	if !ok {
		off = e.heap.Len()
		e.heap.WriteString(s)
		e.offsets[s] = off
	}
	e.index = binary.AppendUvarint(e.index, uint64(off))
	e.index = binary.AppendUvarint(e.index, uint64(len(s)))
}

func (e *encoder) strs(list []string) {
	e.count(len(list))
	for _, s := range list {
		e.str(s)
	}
}

// DecodeBank reads a bank written by EncodeBank. The bank's strings share
// data's memory. Input that is not a whole compiled bank of this format
// version yields an error wrapping ErrCompiledBank.
func DecodeBank(data string) (*Bank, error) {
	rest, ok := strings.CutPrefix(data, compiledMagic)
	if !ok {
		return nil, fmt.Errorf("%w: wrong header", ErrCompiledBank)
	}
	d := &bankDecoder{in: rest}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.in)-d.off) {
		return nil, fmt.Errorf("%w: index length out of range", ErrCompiledBank)
	}
	d.heap = d.in[d.off+int(n):]
	d.in = d.in[:d.off+int(n)]

	b := &Bank{}
	b.Title = d.str()
	b.Role = d.str()
	b.Description = d.str()
	b.WrittenFor = d.str()
	b.Version = d.str()
	b.Ratings = Ratings{d.str(), d.str(), d.str(), d.str()}
	b.RatingsAt = d.str()
	if n := d.count(4); n > 0 {
		b.Levels = make([]Level, n)
		for i := range b.Levels {
			b.Levels[i] = Level{ID: d.str(), Title: d.str(), Years: d.str(), Description: d.str()}
		}
	}
	if n := d.count(3); n > 0 {
		b.Areas = make([]Area, n)
		for i := range b.Areas {
			b.Areas[i] = Area{ID: d.str(), Title: d.str(), Description: d.str()}
		}
	}
	if n := d.count(4); n > 0 {
		b.Stages = make([]Stage, n)
		for i := range b.Stages {
			b.Stages[i] = Stage{ID: d.str(), Title: d.str(), Description: d.str(), STAR: d.boolean()}
		}
	}
	b.Timing = Timing{Intro: d.int(), CandidateQuestions: d.int(), Close: d.int(),
		Short: ShortSlot{Under: d.int(), Intro: d.int(), CandidateQuestions: d.int(), Close: d.int()}}
	if n := d.count(6); n > 0 {
		b.Loop = make([]LoopRound, n)
		for i := range b.Loop {
			r := &b.Loop[i]
			r.Title = d.str()
			r.Stages = d.strs()
			r.Areas = d.strs()
			m := d.count(2)
			r.Minutes = make(map[string]int, m)
			for range m {
				id := d.str()
				r.Minutes[id] = d.int()
			}
			r.File = d.str()
			r.Line = d.int()
		}
	}
	if n := d.count(30); n > 0 {
		// One block holds every question, so a bank is a few allocations.
		qs := make([]Question, n)
		b.Questions = make([]*Question, n)
		b.byID = make(map[string]*Question, n)
		for i := range qs {
			q := &qs[i]
			q.ID = d.str()
			q.Text = d.str()
			q.Stage = d.str()
			q.Areas = d.strs()
			q.Levels = d.strs()
			q.Minutes = d.int()
			q.Weight = d.float()
			q.Why = d.str()
			q.KeyPoints = d.strs()
			q.FollowUps = d.strs()
			q.RedFlags = d.strs()
			for j := range q.Rubric {
				q.Rubric[j] = d.str()
			}
			q.VersionNote = d.str()
			if n := d.count(6); n > 0 {
				q.Code = make([]Listing, n)
				for j := range q.Code {
					q.Code[j] = Listing{Language: d.str(), Title: d.str(), Text: d.str()}
				}
			}
			q.Handout = d.str()
			q.Script = d.strs()
			if d.boolean() {
				q.STAR = &STAR{Situation: d.str(), Task: d.str(), Action: d.str(), Result: d.str()}
			}
			q.File = d.str()
			q.Line = d.int()
			if d.err != nil {
				break
			}
			if _, dup := b.byID[q.ID]; dup {
				d.fail("question id %q twice", q.ID)
				break
			}
			b.Questions[i] = q
			b.byID[q.ID] = q
		}
	} else {
		b.byID = map[string]*Question{}
	}
	d.decodePrints(b)
	if d.err == nil && d.off != len(d.in) {
		d.fail("%d bytes after the index", len(d.in)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	return b, nil
}

// bankDecoder reads the index of a compiled bank. After the first error
// every read returns a zero value, so the decoding code reads straight
// through and checks once.
type bankDecoder struct {
	in   string // the index
	off  int
	heap string
	err  error
	// slab backs the bank's string lists, a few allocations in all
	// rather than one per list
	slab []string
}

func (d *bankDecoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: at index byte %d: %s", ErrCompiledBank, d.off, fmt.Sprintf(format, args...))
	}
}

func (d *bankDecoder) uvarint() uint64 {
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.off >= len(d.in) {
			d.fail("truncated")
			return 0
		}
		c := d.in[d.off]
		d.off++
		if c < 0x80 {
			if shift == 63 && c > 1 {
				break
			}
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
	}
	d.fail("number out of range")
	return 0
}

func (d *bankDecoder) int() int {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.fail("number %d out of range", v)
		return 0
	}
	return int(v)
}

func (d *bankDecoder) uint64() uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.in)-d.off < 8 {
		d.fail("truncated")
		return 0
	}
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(d.in[d.off+i])
	}
	d.off += 8
	return v
}

func (d *bankDecoder) float() float64 {
	v := math.Float64frombits(d.uint64())
	if math.IsNaN(v) || math.IsInf(v, 0) {
		d.fail("number %v out of range", v)
		return 0
	}
	return v
}

func (d *bankDecoder) boolean() bool {
	if d.err != nil {
		return false
	}
	if d.off >= len(d.in) {
		d.fail("truncated")
		return false
	}
	c := d.in[d.off]
	d.off++
	if c > 1 {
		d.fail("flag %d is not 0 or 1", c)
	}
	return c == 1
}

// count reads the length of a list whose items take at least min bytes of
// index each, so a damaged count cannot ask for more memory than the input
// could describe.
func (d *bankDecoder) count(min int) int {
	if d.err != nil {
		return 0
	}
	n := d.uvarint()
	if n > uint64((len(d.in)-d.off)/min) {
		d.fail("count %d out of range", n)
		return 0
	}
	return int(n)
}

func (d *bankDecoder) str() string {
	if d.err != nil {
		return ""
	}
	off, n := d.uvarint(), d.uvarint()
	if d.err != nil {
		return ""
	}
	if off > uint64(len(d.heap)) || n > uint64(len(d.heap))-off {
		d.fail("string out of range")
		return ""
	}
	return d.heap[off : off+n]
}

func (d *bankDecoder) strs() []string {
	n := d.count(2)
	if n == 0 {
		return nil
	}
	if len(d.slab) < n {
		d.slab = make([]string, max(n, 1024))
	}
	// A full slice expression, so appending to one list never writes
	// over the next.
	out := d.slab[:n:n]
	d.slab = d.slab[n:]
	for i := range out {
		out[i] = d.str()
	}
	return out
}
