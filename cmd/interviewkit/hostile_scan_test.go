package main

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"
)

// pngClaiming is the start of a PNG whose header claims w by h pixels, and
// no image data: a few dozen bytes that would need gigabytes decoded.
func pngClaiming(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8] = 8 // bit depth; colour type 0, grey
	chunk("IHDR", ihdr)
	chunk("IEND", nil)
	return b.Bytes()
}

// scanCases attack scan through the files it is given. Every case has a
// kits folder (empty) and names the archive; a file that cannot be read
// is reported, exit 1, and nothing but the archive file may appear.
func scanCases(t *testing.T) []hostile {
	kits := func(t *testing.T, dir string) { must(t, os.Mkdir(filepath.Join(dir, "out"), 0o755)) }
	file := func(name string, data []byte) func(*testing.T, string) {
		return both(kits, func(t *testing.T, dir string) { put(t, dir, name, data) })
	}
	scan := func(files ...string) []string {
		return append([]string{"scan", "--kits", "out", "--archive", "hr.db"}, files...)
	}
	failed := `interviewkit: error: 1 file or page could not be read`
	archive := []string{"hr.db", "hr.db-wal", "hr.db-shm"}
	return []hostile{
		{name: "/dev/zero as a scan", cmd: "scan", setup: kits, args: scan("/dev/zero"), code: 1, err: failed,
			out: `not read /dev/zero: not a regular file \(a device\)`, changes: archive},
		{name: "a link to /dev/zero as a scan", cmd: "scan",
			setup: both(kits, func(t *testing.T, dir string) { must(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.pdf"))) }),
			args:  scan("zero.pdf"), code: 1, err: failed, out: `not read zero.pdf: not a regular file \(a device\)`, changes: archive},
		{name: "a named pipe as a scan", cmd: "scan", setup: both(kits, func(t *testing.T, dir string) { fifo(t, dir, "pipe.pdf") }),
			args: scan("pipe.pdf"), code: 1, err: failed, out: `not read pipe.pdf: not a regular file \(a named pipe\)`, changes: archive},
		{name: "an empty PDF", cmd: "scan", setup: file("empty.pdf", nil), args: scan("empty.pdf"), code: 1, err: failed,
			out: `not read empty.pdf: empty file`, changes: archive},
		{name: "a text file named .pdf", cmd: "scan", setup: file("cv.pdf", []byte("Curriculum vitae\n")), args: scan("cv.pdf"),
			code: 1, err: failed, out: `not read cv.pdf: not a PDF, PNG or JPEG file`, changes: archive},
		{name: "a truncated PDF", cmd: "scan", setup: file("cut.pdf", []byte("%PDF-1.7\n1 0 obj <<")), args: scan("cut.pdf"),
			code: 1, err: failed, out: `not read cut.pdf: damaged file`, changes: archive},
		{name: "a PNG claiming 100,000 x 100,000 pixels", cmd: "scan", setup: file("huge.png", pngClaiming(100000, 100000)),
			args: scan("huge.png"), code: 1, err: failed, out: `not read huge.png: image too large: 100000x100000 pixels`,
			changes: archive, rssMB: 100},
		{name: "a sparse PDF of 520 MB", cmd: "scan", setup: both(kits, func(t *testing.T, dir string) { sparse(t, dir, "big.pdf", 520<<20) }),
			args: scan("big.pdf"), code: 1, err: failed, out: `not read big.pdf: file too large: 545259520 bytes; at most 536870912`,
			changes: archive, rssMB: 100},
		{name: "an escape sequence in a scan's name", cmd: "scan", setup: file("a\x1b[2Jb.png", pngClaiming(100000, 100000)),
			args: scan("a\x1b[2Jb.png"), code: 1, err: failed, out: `not read a\\x1b\[2Jb.png: image too large`, notOut: "\x1b",
			changes: archive},
		{name: "a line break in a scan's name", cmd: "scan", setup: file("a\nkit K7QF-3M2A archived.png", pngClaiming(1, 1)),
			args: scan("a\nkit K7QF-3M2A archived.png"), code: 1, err: failed, out: `not read a\\nkit K7QF-3M2A archived.png: damaged file`,
			notOut: `(?m)^kit K7QF`, changes: archive},
		{name: "a kits folder that is a file", cmd: "scan", setup: file("out.pdf", nil),
			args: []string{"scan", "--kits", "out.pdf", "--archive", "hr.db", "out.pdf"}, code: 2, err: `--kits out.pdf is not a folder`},
		{name: "no file to scan", cmd: "scan", setup: kits, args: scan(), code: 2, err: `no files to scan`},
		{name: "a link to a file that is no scan", cmd: "scan",
			setup: both(file("cv.txt", []byte("Curriculum vitae\n")), func(t *testing.T, dir string) {
				must(t, os.Symlink("cv.txt", filepath.Join(dir, "cv.pdf")))
			}),
			args: scan("cv.pdf"), code: 1, err: failed, out: `not read cv.pdf: not a PDF, PNG or JPEG file`, changes: archive},
		{name: "a dry run without an archive", cmd: "scan", setup: file("huge.png", pngClaiming(100000, 100000)),
			args: []string{"scan", "--kits", "out", "--archive", "hr.db", "--dry-run", "huge.png"}, code: 1, err: failed,
			out: `not read huge.png: image too large`}, // no hr.db appears
		{name: "a report as JSON, its lists empty", cmd: "scan", setup: file("huge.png", pngClaiming(100000, 100000)),
			args: scan("--json", "huge.png"), code: 1, err: failed,
			out: `(?s)"kits": \[\],\n  "skipped": \[\],\n  "missing_kits": \[\],\n  "errors": \[\n`, changes: archive},
		{name: "/dev/null as the archive", cmd: "scan", setup: file("huge.png", pngClaiming(100000, 100000)),
			args: []string{"scan", "--kits", "out", "--archive", "/dev/null", "huge.png"}, code: 1,
			err: `/dev/null is not a regular file \(a device\)`},
	}
}
