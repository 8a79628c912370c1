//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/interviewkit/interviewkit/internal/intake"
	"github.com/interviewkit/interviewkit/kit"
)

// The bank cache is an intake too: a user's bank is kept compiled under
// the user's cache folder, which anything else on the machine may have
// written. Whatever lies there, a damaged, foreign, huge or special entry
// is a miss: the bank is parsed from its files, and the command does what
// it would have done with no cache at all.

// cacheHome is the cache folder the corpus gives the command run in dir
// ($XDG_CACHE_HOME): beside dir, so the folder's hashes do not see it.
func cacheHome(dir string) string { return dir + ".cache" }

// cacheEntry is where the command run in dir keeps the compiled copy of
// dir/bank.
func cacheEntry(t *testing.T, dir string) string {
	t.Helper()
	src, err := kit.ReadSource(intake.Dir(filepath.Join(dir, "bank")), "bank")
	if err != nil {
		t.Fatal(err)
	}
	k := src.Key()
	return filepath.Join(cacheHome(dir), "interviewkit", "banks", sprintf("%x.ikb", k[:]))
}

// cached copies the embedded bank into dir/bank, runs the command once so
// the cache holds its entry, then lets damage change that entry.
func cached(damage func(t *testing.T, entry string)) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		bankCopy(t, dir, "bank", nil)
		if r := command(t, dir, "questions", "--bank", "bank"); r.code != 0 {
			t.Fatalf("filling the cache: exit %d\n%s", r.code, r.stderr)
		}
		entry := cacheEntry(t, dir)
		if _, err := os.Stat(entry); err != nil {
			t.Fatalf("the first run left no cache entry: %v", err)
		}
		damage(t, entry)
	}
}

// uncached copies the embedded bank into dir/bank and puts place where its
// cache entry would be.
func uncached(place func(t *testing.T, entry string)) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		bankCopy(t, dir, "bank", nil)
		entry := cacheEntry(t, dir)
		if err := os.MkdirAll(filepath.Dir(entry), 0o700); err != nil {
			t.Fatal(err)
		}
		place(t, entry)
	}
}

// repaired wants the cache entry to be a regular file again, rewritten.
func repaired(t *testing.T, dir string, _ ran) {
	b, err := intake.ReadFile(cacheEntry(t, dir), 64<<20)
	if err != nil || !bytes.HasPrefix(b, []byte("ikcache")) {
		t.Errorf("the cache entry was not written again (%v)", err)
	}
}

func editFile(edit func([]byte) []byte) func(t *testing.T, entry string) {
	return func(t *testing.T, entry string) {
		b, err := os.ReadFile(entry)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(entry, edit(b), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// cacheCases attack the bank cache.
func cacheCases(t *testing.T) []hostile {
	args := []string{"questions", "--bank", "bank"}
	all := `(?m)^186 questions$`
	ok := func(name string, setup func(*testing.T, string), after func(*testing.T, string, ran)) hostile {
		return hostile{name: name, cmd: "questions", setup: setup, args: args, code: 0, out: all, after: after}
	}
	return []hostile{
		ok("a bank cache entry cut short", cached(editFile(func(b []byte) []byte { return b[:len(b)/2] })), repaired),
		ok("a bank cache entry cut inside its header", cached(editFile(func(b []byte) []byte { return b[:12] })), repaired),
		ok("a bank cache entry with a byte changed", cached(editFile(func(b []byte) []byte {
			b[len(b)/2] ^= 0x55
			return b
		})), repaired),
		ok("a bank cache entry emptied", cached(editFile(func([]byte) []byte { return nil })), repaired),
		ok("a bank cache entry of YAML", cached(editFile(func([]byte) []byte { return bytes.Repeat([]byte("questions:\n"), 99) })), repaired),
		ok("another bank's cache entry under this bank's name", both(
			func(t *testing.T, dir string) {
				// A bank of one question more, cached, its entry then put
				// in the place of the bank's.
				bankCopy(t, dir, "bank", func(file, text string) string {
					if file == "orm.yaml" {
						return text + questionYAML("extra-question")
					}
					return text
				})
				if r := command(t, dir, "questions", "--bank", "bank"); r.code != 0 || !bytes.Contains([]byte(r.stdout), []byte("187 questions")) {
					t.Fatalf("filling the cache with the other bank: exit %d\n%s%s", r.code, r.stdout, r.stderr)
				}
				other := cacheEntry(t, dir)
				must(t, os.RemoveAll(filepath.Join(dir, "bank")))
				bankCopy(t, dir, "bank", nil)
				must(t, os.Rename(other, cacheEntry(t, dir)))
			}), nil),
		ok("a named pipe as a bank cache entry", uncached(func(t *testing.T, entry string) { must(t, syscall.Mkfifo(entry, 0o600)) }), repaired),
		ok("a link to /dev/zero as a bank cache entry", uncached(func(t *testing.T, entry string) { must(t, os.Symlink("/dev/zero", entry)) }), repaired),
		ok("a bank cache entry linking to itself", uncached(func(t *testing.T, entry string) { must(t, os.Symlink(entry, entry)) }), repaired),
		ok("a folder as a bank cache entry", uncached(func(t *testing.T, entry string) { must(t, os.Mkdir(entry, 0o700)) }), nil),
		ok("a bank cache entry of 100 MB", uncached(func(t *testing.T, entry string) {
			f, err := os.Create(entry)
			must(t, err)
			must(t, f.Truncate(100<<20))
			must(t, f.Close())
		}), repaired),
		ok("a file where the bank cache folder goes", func(t *testing.T, dir string) {
			bankCopy(t, dir, "bank", nil)
			putString(t, cacheHome(dir), "interviewkit", "mine")
		}, func(t *testing.T, dir string, _ ran) {
			if b, err := os.ReadFile(filepath.Join(cacheHome(dir), "interviewkit")); err != nil || string(b) != "mine" {
				t.Errorf("the file in the cache folder's place changed: %q, %v", b, err)
			}
		}),
	}
}
