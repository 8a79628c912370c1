// Package bankcache keeps a user's banks compiled, so a bank read with
// --bank is parsed once and then loads as fast as the embedded one until
// one of its files changes.
//
// An entry is a compiled bank (kit.EncodeBank) in a file named by a key:
// the hash of the bank's files, names and bytes exactly as read. An entry
// holds its key, the stamp of the program that wrote it and a checksum;
// one whose key, stamp or checksum does not match, or that does not decode,
// is a miss and is written over, never an error. A different build of the
// program has its own stamp, so a bank parsed under other rules is never
// used. Writes go to a temporary file renamed into place, so a reader never
// sees half an entry and two runs writing the same entry leave one whole.
// The cache keeps the most recently used entries and removes the rest.
package bankcache

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/kit"
)

// Key identifies a bank's source: a hash of its files, names and bytes.
type Key [32]byte

// Cache is a folder of compiled banks.
type Cache struct {
	// Dir holds the entries; it is made when the first entry is written.
	Dir string
	// Stamp identifies the program that reads and writes entries; an entry
	// written under another stamp is a miss.
	Stamp string
	// Keep is how many entries stay after a write, the most recently used;
	// 0 keeps DefaultKeep.
	Keep int
}

// DefaultKeep is how many banks a cache keeps unless told otherwise: a
// person editing a bank makes a new entry with every save.
const DefaultKeep = 16

// maxEntry bounds an entry's size; a compiled bank is smaller than its
// YAML, which kit bounds at 8 MiB a file.
const maxEntry = 64 << 20

// magic opens every entry; its last byte is the envelope's version.
const magic = "ikcache\x01"

// Default is the cache under the user's cache folder (on Linux
// $XDG_CACHE_HOME or ~/.cache), stamped with this executable's identity.
// It fails where the user has no cache folder; callers then do without.
func Default() (*Cache, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return nil, err
	}
	stamp, err := ExecutableStamp()
	if err != nil {
		return nil, err
	}
	return &Cache{Dir: filepath.Join(base, "interviewkit", "banks"), Stamp: stamp}, nil
}

// ExecutableStamp identifies this build of the program by its executable's
// path, size and modification time: rebuilding or reinstalling it makes a
// new stamp, so entries written under older parsing rules go unused.
func ExecutableStamp() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	info, err := os.Stat(exe)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s %d %d", exe, info.Size(), info.ModTime().UnixNano()), nil
}

// Load returns the bank src parses to: from the cache when it holds an
// entry for exactly these files, else by parsing, storing the result. A
// bank with problems is never stored, so its problems are reported afresh
// every time. A nil cache only parses; a cache that cannot be written to
// costs the parse, never the run.
func (c *Cache) Load(src *kit.Source) (*kit.Bank, error) {
	if c == nil {
		return src.Parse()
	}
	k := Key(src.Key())
	if b, ok := c.Get(k); ok {
		return b, nil
	}
	b, err := src.Parse()
	if err != nil {
		return nil, err
	}
	_ = c.Put(k, b) // a failure to store only costs the next run a parse
	return b, nil
}

func (c *Cache) path(k Key) string {
	return filepath.Join(c.Dir, hex.EncodeToString(k[:])+".ikb")
}

// Get returns the bank stored under k, or false: a missing, foreign,
// damaged or stale entry is a miss.
func (c *Cache) Get(k Key) (*kit.Bank, bool) {
	p := c.path(k)
	// Through the intake: a named pipe in the entry's place would block an
	// open, and a device never ends. One buffer of the entry's size.
	data, err := intake.ReadFile(p, maxEntry)
	if err != nil {
		return nil, false
	}
	payload, ok := open(data, k, c.Stamp)
	if !ok {
		return nil, false
	}
	b, err := kit.DecodeBank(string(payload))
	if err != nil {
		return nil, false
	}
	// Mark the entry used, for pruning; a failure only ages it.
	now := time.Now()
	os.Chtimes(p, now, now)
	return b, true
}

// Put stores b under k, then prunes the cache to its most recently used
// entries.
func (c *Cache) Put(k Key, b *kit.Bank) error {
	if err := os.MkdirAll(c.Dir, 0o700); err != nil {
		return err
	}
	data := seal(kit.EncodeBank(b), k, c.Stamp)
	tmp, err := os.CreateTemp(c.Dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), c.path(k)); err != nil {
		return err
	}
	return c.prune()
}

// prune removes all but the Keep most recently used entries.
func (c *Cache) prune() error {
	keep := c.Keep
	if keep <= 0 {
		keep = DefaultKeep
	}
	entries, err := os.ReadDir(c.Dir)
	if err != nil {
		return err
	}
	type entry struct {
		name string
		used time.Time
	}
	var list []entry
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".ikb") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		list = append(list, entry{e.Name(), info.ModTime()})
	}
	if len(list) <= keep {
		return nil
	}
	slices.SortFunc(list, func(a, b entry) int { return b.used.Compare(a.used) })
	var errs []error
	for _, e := range list[keep:] {
		if err := os.Remove(filepath.Join(c.Dir, e.name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// An entry is
//
//	magic     8 bytes
//	key       32 bytes
//	stamp     uvarint length, bytes
//	checksum  CRC-32C of the payload, 4 bytes little-endian
//	payload   the compiled bank
//
// The CRC table is made on first use, not at start-up: most runs never
// touch the cache.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

func seal(payload []byte, k Key, stamp string) []byte {
	out := make([]byte, 0, len(magic)+len(k)+binary.MaxVarintLen64+len(stamp)+4+len(payload))
	out = append(out, magic...)
	out = append(out, k[:]...)
	out = binary.AppendUvarint(out, uint64(len(stamp)))
	out = append(out, stamp...)
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(payload, castagnoli()))
	return append(out, payload...)
}

// open checks an entry's envelope and returns its payload.
func open(data []byte, k Key, stamp string) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok || len(rest) < len(k) || !bytes.Equal(rest[:len(k)], k[:]) {
		return nil, false
	}
	rest = rest[len(k):]
	n, w := binary.Uvarint(rest)
	if w <= 0 || n != uint64(len(stamp)) || uint64(len(rest)-w) < n+4 {
		return nil, false
	}
	rest = rest[w:]
	if string(rest[:n]) != stamp {
		return nil, false
	}
	rest = rest[n:]
	sum, payload := binary.LittleEndian.Uint32(rest), rest[4:]
	if len(payload) == 0 || crc32.Checksum(payload, castagnoli()) != sum {
		return nil, false
	}
	return payload, true
}
