package kit

// This file says what a bank's version is: a hash of what the bank says,
// never of how it is written. Comments, key order, quoting styles, folded
// or literal text that reads the same, and how the bank is split into files
// and what those files are called all leave the version alone; any change
// to what a kit could print or choose changes it. The content is encoded
// canonically as the JSON of the parsed bank (so a field added to Question
// later is covered without an edit here), and fingerprint is the one
// function that hashes it.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// BankPrint is a bank's content as fingerprints: one of its frame
// (everything but the questions: title, role, description, written_for,
// rating names, taxonomy, timing and default loop) and one per question, by
// id. Two banks with the same print say the same; a loop's manifest records
// its bank's print, so a later bank can say which questions were added,
// removed or edited since.
type BankPrint struct {
	Frame     string            `json:"frame"`
	Questions map[string]string `json:"questions"`
}

// Version is the bank version of a print: a short hash of its
// fingerprints, in id order, so the order of questions in the files does
// not count.
func (p BankPrint) Version() string {
	var b strings.Builder
	b.WriteString(p.Frame)
	for _, id := range slices.Sorted(maps.Keys(p.Questions)) {
		b.WriteString("\n" + id + " " + p.Questions[id])
	}
	return fingerprint(b.String())
}

// bankFrame is what a bank says besides its questions, as its frame
// fingerprint reads it.
type bankFrame struct {
	Title       string      `json:"title"`
	Role        string      `json:"role"`
	Description string      `json:"description"`
	WrittenFor  string      `json:"written_for"`
	Ratings     Ratings     `json:"ratings"`
	Taxonomy    Taxonomy    `json:"taxonomy"`
	Timing      Timing      `json:"timing"`
	Loop        []LoopRound `json:"loop"`
}

// print fingerprints the bank.
func (b *Bank) print() BankPrint {
	p := BankPrint{
		Frame: fingerprint(bankFrame{Title: b.Title, Role: b.Role, Description: b.Description,
			WrittenFor: b.WrittenFor, Ratings: b.Ratings, Taxonomy: b.Taxonomy, Timing: b.Timing, Loop: b.Loop}),
		Questions: make(map[string]string, len(b.Questions)),
	}
	for _, q := range b.Questions {
		p.Questions[q.ID] = q.Fingerprint()
	}
	return p
}

// Print is the bank's content as fingerprints.
func (b *Bank) Print() BankPrint {
	return BankPrint{Frame: b.frame, Questions: maps.Clone(b.prints)}
}

// Fingerprint identifies what the question says: its text, placement,
// answer points, rubric and every other field, whatever file or line it
// is written at.
func (q *Question) Fingerprint() string { return fingerprint(q) }

// fingerprint is the one hash of content: the first 12 hex digits of the
// SHA-256 of v's JSON (maps in key order, no HTML escaping), or of v itself
// when it is a string.
func fingerprint(v any) string {
	var data []byte
	if s, ok := v.(string); ok {
		data = []byte(s)
	} else {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			// Plain data always encodes but for a float JSON cannot
			// hold; its Go syntax is as deterministic.
			b.Reset()
			fmt.Fprintf(&b, "%#v", v)
		}
		data = []byte(b.String())
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])[:12]
}
