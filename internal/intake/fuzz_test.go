package intake_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// chunked reads r in pieces whose sizes cycle through sizes, as pipes,
// zip entries and network files hand bytes over.
type chunked struct {
	r     io.Reader
	sizes []byte
	i     int
}

func (c *chunked) Read(p []byte) (int, error) {
	n := len(p)
	if len(c.sizes) > 0 {
		n = min(n, int(c.sizes[c.i%len(c.sizes)])+1)
		c.i++
	}
	return c.r.Read(p[:n])
}

// FuzzIntake holds the intake to its two promises whatever the bytes, the
// limit and the way they arrive: it never gives more than the limit, and
// it says ErrTooLarge exactly when there was more; and a file system entry
// that is not a regular file is refused.
func FuzzIntake(f *testing.F) {
	f.Add([]byte("hello"), int64(5), []byte{0}, uint8(0))
	f.Add([]byte("hello!"), int64(5), []byte{2, 0, 7}, uint8(1))
	f.Add([]byte{}, int64(0), []byte{}, uint8(2))
	f.Add(bytes.Repeat([]byte{0xff}, 4097), int64(4096), []byte{255, 3}, uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, limit int64, sizes []byte, mode uint8) {
		if limit < 0 {
			limit = -limit
		}
		limit %= 1 << 16
		got, err := io.ReadAll(intake.LimitReader(&chunked{r: bytes.NewReader(data), sizes: sizes}, limit))
		if int64(len(got)) > limit {
			t.Fatalf("read %d bytes past the limit %d", len(got), limit)
		}
		if !bytes.Equal(got, data[:len(got)]) {
			t.Fatal("the bytes read are not the stream's")
		}
		tooLarge := int64(len(data)) > limit
		if tooLarge != errors.Is(err, intake.ErrTooLarge) || (!tooLarge && (err != nil || len(got) != len(data))) {
			t.Fatalf("%d bytes, limit %d: read %d, %v", len(data), limit, len(got), err)
		}

		modes := []fs.FileMode{0, fs.ModeNamedPipe, fs.ModeDevice, fs.ModeDevice | fs.ModeCharDevice, fs.ModeSocket, fs.ModeIrregular, fs.ModeDir}
		m := modes[int(mode)%len(modes)]
		fsys := fstest.MapFS{"f": {Data: data, Mode: m}}
		out, err := intake.ReadFS(fsys, "f", limit)
		switch {
		case !m.IsRegular():
			if !errors.Is(err, intake.ErrNotRegular) {
				t.Fatalf("mode %v read: %v", m, err)
			}
		case tooLarge:
			if !errors.Is(err, intake.ErrTooLarge) {
				t.Fatalf("%d bytes past %d read: %v", len(data), limit, err)
			}
		case err != nil || !bytes.Equal(out, data):
			t.Fatalf("regular file read as %d bytes, %v", len(out), err)
		}
	})
}
