package form

// The page code: what the QR code on every page says. It is short and uses
// only the QR alphanumeric character set (digits, capitals, and "-" and
// ":"), so it fits a small symbol with strong error correction:
//
//	IK1:K7QF-3M2A:2:3   contract version 1, kit K7QF-3M2A, round 2, page 3

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// Limits on what a code, and so a Document, may number.
const (
	// MaxRound is the highest round number a code holds.
	MaxRound = 99
	// MaxPages is the highest page number a code holds, and the most pages
	// a Document may have.
	MaxPages = 999
)

// codePrefix opens every page code; the contract version follows it.
const codePrefix = "IK"

// maxCodeLen bounds what ParseCode looks at, far above any valid code.
const maxCodeLen = 64

// Errors ParseCode returns, for callers to tell a page that is not ours
// from one made by a newer contract.
var (
	// ErrNotCode means the text is not an interviewkit page code at all:
	// a QR code on a CV or a delivery note, say.
	ErrNotCode = errors.New("not an interviewkit page code")
	// ErrVersion means the code is ours but from a contract version this
	// build does not read.
	ErrVersion = errors.New("unsupported page code version")
)

// Code identifies one printed page: which kit, which round's packet, which
// page, laid out by which version of the contract.
type Code struct {
	Version int    // layout contract version, Version when printed by this build
	KitID   string // the kit ID printed on the page, like K7QF-3M2A
	Round   int    // 1-based round of the kit's loop; 1 for a single interview
	Page    int    // 1-based page of the round's packet
}

// String is the payload of the page's QR code.
func (c Code) String() string {
	return fmt.Sprintf("%s%d:%s:%d:%d", codePrefix, c.Version, c.KitID, c.Round, c.Page)
}

// Check reports what is wrong with c, or nil when it can be printed and read.
func (c Code) Check() error {
	switch {
	case c.Version != Version:
		return fmt.Errorf("%w %d; this build reads version %d", ErrVersion, c.Version, Version)
	case !kit.ValidID(c.KitID):
		return fmt.Errorf("kit ID %q is not four and four characters of Crockford base32", clip(c.KitID))
	case c.Round < 1 || c.Round > MaxRound:
		return fmt.Errorf("round %d is outside 1-%d", c.Round, MaxRound)
	case c.Page < 1 || c.Page > MaxPages:
		return fmt.Errorf("page %d is outside 1-%d", c.Page, MaxPages)
	}
	return nil
}

// ParseCode reads a page code as written by Code.String. It is strict: no
// spaces, lower case, leading zeros or signs, so that one page has exactly
// one code. Text that is not an interviewkit code gives ErrNotCode; a code
// from another contract version gives ErrVersion.
func ParseCode(s string) (Code, error) {
	if len(s) > maxCodeLen || !strings.HasPrefix(s, codePrefix) {
		return Code{}, ErrNotCode
	}
	parts := strings.Split(s[len(codePrefix):], ":")
	if len(parts) == 0 {
		return Code{}, ErrNotCode
	}
	v, ok := number(parts[0])
	if !ok {
		return Code{}, ErrNotCode
	}
	if v != Version {
		return Code{}, fmt.Errorf("%w %d; this build reads version %d", ErrVersion, v, Version)
	}
	if len(parts) != 4 {
		return Code{}, fmt.Errorf("%w: %q has %d fields, want 4", ErrNotCode, clip(s), len(parts))
	}
	round, ok1 := number(parts[2])
	page, ok2 := number(parts[3])
	if !ok1 || !ok2 {
		return Code{}, fmt.Errorf("%w: %q: round and page must be plain numbers", ErrNotCode, clip(s))
	}
	c := Code{Version: v, KitID: parts[1], Round: round, Page: page}
	if err := c.Check(); err != nil {
		return Code{}, fmt.Errorf("%w: %q: %w", ErrNotCode, clip(s), err)
	}
	return c, nil
}

// number parses a positive decimal of at most four digits with no leading
// zero.
func number(s string) (int, bool) {
	if s == "" || len(s) > 4 || s[0] == '0' {
		return 0, false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// clip shortens text for a message and makes control characters visible.
func clip(s string) string { return clipN(s, 40) }

// clipN is clip to n characters.
func clipN(s string, n int) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if i++; i > n {
			b.WriteString("…")
			break
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			r = '?'
		}
		b.WriteRune(r)
	}
	return b.String()
}
