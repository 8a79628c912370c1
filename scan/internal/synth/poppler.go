package synth

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
// a printer then a perfect scanner would, in colour.
func Rasterize(pdf []byte, dpi int, tmp string) ([]*image.RGBA, error) {
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
	cmd := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-png", in, filepath.Join(dir, "page"))
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, stderr.Bytes())
	}
	names, err := filepath.Glob(filepath.Join(dir, "page-*.png"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names) // pdftoppm pads page numbers to one width
	var out []*image.RGBA
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return nil, err
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", n, err)
		}
		rgba := image.NewRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
		out = append(out, rgba)
	}
	return out, nil
}
