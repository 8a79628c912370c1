package synth

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// NeedTool skips the test when a command-line tool is missing, or fails it
// when the environment variable CI is set: in CI a missing tool is a broken
// setup, not a reason to pass.
func NeedTool(tb testing.TB, name string) {
	tb.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("%s is not installed (apt-get install poppler-utils)", name)
		}
		tb.Skipf("%s is not installed; skipping (apt-get install poppler-utils)", name)
	}
}

// Rasterize prints every page of a PDF at dpi with poppler's pdftoppm, as
// a printer then a perfect scanner would, in grey (the packets print in
// grey; pen ink is drawn in colour afterwards). pdftoppm writes raw PGM,
// which is many times faster to write and read than PNG at 300 dpi.
func Rasterize(pdf []byte, dpi int, tmp string) ([]*image.Gray, error) {
	dir, err := os.MkdirTemp(tmp, "raster")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-gray", in, filepath.Join(dir, "page"))
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, stderr.Bytes())
	}
	names, err := filepath.Glob(filepath.Join(dir, "page-*.pgm"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names) // pdftoppm pads page numbers to one width
	var out []*image.Gray
	for _, n := range names {
		img, err := readPGM(n)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", n, err)
		}
		out = append(out, img)
		os.Remove(n)
	}
	return out, nil
}

// readPGM reads a binary (P5) 8-bit PGM, as pdftoppm writes it.
func readPGM(path string) (*image.Gray, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var fields []int
	magic, err := token(r)
	if err != nil || magic != "P5" {
		return nil, fmt.Errorf("not a binary PGM")
	}
	for len(fields) < 3 {
		t, err := token(r)
		if err != nil {
			return nil, err
		}
		v, err := strconv.Atoi(t)
		if err != nil {
			return nil, fmt.Errorf("PGM header: %v", err)
		}
		fields = append(fields, v)
	}
	if fields[2] != 255 || fields[0] <= 0 || fields[1] <= 0 {
		return nil, fmt.Errorf("PGM of %v", fields)
	}
	img := image.NewGray(image.Rect(0, 0, fields[0], fields[1]))
	_, err = io.ReadFull(r, img.Pix)
	return img, err
}

// token reads one whitespace-separated header field, skipping comments,
// and the one whitespace byte after it.
func token(r *bufio.Reader) (string, error) {
	var b []byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			return "", err
		}
		switch {
		case c == '#' && len(b) == 0:
			if _, err := r.ReadString('\n'); err != nil {
				return "", err
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if len(b) > 0 {
				return string(b), nil
			}
		default:
			b = append(b, c)
		}
	}
}
