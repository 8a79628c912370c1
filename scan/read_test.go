package scan_test

import (
	"errors"
	"image"
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/synth"
	"github.com/interviewkit/interviewkit/layouts/form"
	"github.com/interviewkit/interviewkit/scan"
)

// A question page of the test kit has five rows; each test marks them so:
// row 0 filled at 1, row 1 ticked at 2, row 2 crossed at 3, row 3 ringed at
// N/A, row 4 left blank.
var wantRows = []struct {
	state  scan.RowState
	value  string
	reason string
}{
	{scan.Scored, "1", ""},
	{scan.Scored, "2", ""},
	{scan.Scored, "3", ""},
	{scan.Scored, form.NotApplicable, ""},
	{scan.Blank, "", ""},
}

func markedPage(t testing.TB, ink synth.Ink) *image.RGBA {
	img := drawnPage(t, 1)
	p := &testKit.Pages[1]
	mark(img, p, 0, 0, synth.Fill, ink, 1)
	mark(img, p, 1, 1, synth.Tick, ink, 2)
	mark(img, p, 2, 2, synth.Cross, ink, 3)
	mark(img, p, 3, 4, synth.Ring, ink, 4)
	return img
}

func TestReadPageReadsEachWayOfMarking(t *testing.T) {
	for _, tc := range []struct {
		name     string
		ink      synth.Ink
		capture  synth.Capture
		turn     bool
		rotation int
	}{
		{"black ink, flat scan turned 3 degrees", synth.Black, flatScan(3, false), false, 0},
		{"blue ink, scanned upside down", synth.Blue, flatScan(-2, true), false, 180},
		{"black ink, scanned sideways", synth.Black, flatScan(1, false), true, 90},
		{"blue ink, phone photo", synth.Blue, phonePhoto(), false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := captured(markedPage(t, tc.ink), tc.capture, 11)
			if tc.turn {
				img = quarterTurn(img)
			}
			res, err := scan.ReadPage(img, form.Lookup(testKit))
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != scan.PageRead {
				t.Fatalf("status %v: %s", res.Status, res.Reason)
			}
			if res.Code != testKit.Code(2) {
				t.Errorf("code %v, want %v", res.Code, testKit.Code(2))
			}
			if res.Rotation != tc.rotation {
				t.Errorf("rotation %d, want %d", res.Rotation, tc.rotation)
			}
			if len(res.Rows) != len(wantRows) {
				t.Fatalf("%d rows, want %d", len(res.Rows), len(wantRows))
			}
			for i, w := range wantRows {
				got := res.Rows[i]
				if got.State != w.state || got.Value != w.value {
					t.Errorf("%s: %v %q (%s), want %v %q; ink %+v", got.Label, got.State, got.Value, got.Reason, w.state, w.value, got.Options)
				}
			}
		})
	}
}

func TestReadPageSendsDoubtToReview(t *testing.T) {
	p := &testKit.Pages[2]
	for _, tc := range []struct {
		name   string
		marks  func(img *image.RGBA)
		reason string
	}{
		{"two ticks", func(img *image.RGBA) {
			mark(img, p, 0, 1, synth.Tick, synth.Black, 1)
			mark(img, p, 0, 3, synth.Tick, synth.Black, 2)
		}, "two marks: 2 and 4"},
		{"a changed mind: one filled, one ringed", func(img *image.RGBA) {
			mark(img, p, 0, 0, synth.Fill, synth.Blue, 3)
			mark(img, p, 0, 2, synth.Ring, synth.Blue, 4)
		}, "two marks: 1 and 3"},
		{"three crosses", func(img *image.RGBA) {
			for o := range 3 {
				mark(img, p, 0, o, synth.Cross, synth.Black, uint64(5+o))
			}
		}, "three marks: 1, 2 and 3"},
		{"a faint stroke", func(img *image.RGBA) {
			pen := synth.Pen{Ink: synth.Ink{Name: "pencil", R: 170, G: 170, B: 170}, Width: 0.3, Opacity: 0.5}
			synth.Mark(img, rasterDPI/25.4, synth.Tick, p.Rows[0].Options[2].Box, pen, rand.New(rand.NewPCG(1, 1)))
		}, "faint mark at 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := drawnPage(t, 2)
			tc.marks(img)
			res, err := scan.ReadPage(captured(img, flatScan(1, false), 3), form.Lookup(testKit))
			if err != nil || res.Status != scan.PageRead {
				t.Fatalf("ReadPage = %v, %v %s", err, res.Status, res.Reason)
			}
			row := res.Rows[0]
			if row.State != scan.Review || row.Value != "" || row.Reason != tc.reason {
				t.Errorf("%v %q %q, want review %q; ink %+v", row.State, row.Value, row.Reason, tc.reason, row.Options)
			}
		})
	}
}

func TestReadPageReportsPagesItCannotRead(t *testing.T) {
	other := synth.Packet("V4G8-NXCW", 1, synth.A4, 4)
	for _, tc := range []struct {
		name   string
		image  func(t *testing.T) image.Image
		lookup scan.Lookup
		status scan.PageStatus
		reason string
	}{
		{"a blank page", func(t *testing.T) image.Image { return blankImage(1240, 1754) },
			form.Lookup(testKit), scan.PageNoCode, "no page code found"},
		{"a page with some other QR code", func(t *testing.T) image.Image { return qrImage(t, "HTTPS://EXAMPLE.COM/CV") },
			form.Lookup(testKit), scan.PageNoCode, "not an interviewkit page code"},
		{"a page from a newer contract", func(t *testing.T) image.Image { return qrImage(t, "IK2:K7QF-3M2A:1:2") },
			form.Lookup(testKit), scan.PageUnknown, "newer interviewkit"},
		{"a page of a kit not given", func(t *testing.T) image.Image { return captured(drawnPage(t, 1), flatScan(0, false), 1) },
			form.Lookup(other), scan.PageUnknown, "no kit with this ID: K7QF-3M2A"},
		{"a page with a near mark and a far mark covered", func(t *testing.T) image.Image {
			img := drawnPage(t, 1)
			coverMarks(img, 0, 3)
			return captured(img, flatScan(0, false), 1)
		}, form.Lookup(testKit), scan.PageUnplaced, "registration mark not found: top left"},
		{"a page with its far marks covered and its boxes moved", func(t *testing.T) image.Image {
			img := movedBoxesPage(t)
			coverMarks(img, 2, 3)
			return captured(img, flatScan(0, false), 1)
		}, form.Lookup(testKit), scan.PageUnplaced, "registration marks not found: bottom"},
		{"a page with its boxes moved", func(t *testing.T) image.Image {
			return captured(movedBoxesPage(t), flatScan(0, false), 1)
		}, form.Lookup(testKit), scan.PageUnplaced, "boxes are not where its marks put them"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := scan.ReadPage(tc.image(t), tc.lookup)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != tc.status || !strings.Contains(res.Reason, tc.reason) {
				t.Errorf("status %v %q, want %v %q", res.Status, res.Reason, tc.status, tc.reason)
			}
			for _, r := range res.Rows {
				if r.State == scan.Scored {
					t.Errorf("%s scored %q on a page that was not read", r.Label, r.Value)
				}
			}
		})
	}
}

func TestReadPagePlacesAPageByThreeMarks(t *testing.T) {
	img := markedPage(t, synth.Black)
	coverMarks(img, 3)
	res, err := scan.ReadPage(captured(img, flatScan(2, false), 5), form.Lookup(testKit))
	if err != nil || res.Status != scan.PageRead {
		t.Fatalf("ReadPage = %v, %v %s", err, res.Status, res.Reason)
	}
	for i, w := range wantRows {
		if got := res.Rows[i]; got.State != w.state || got.Value != w.value {
			t.Errorf("%s: %v %q (%s), want %v %q", got.Label, got.State, got.Value, got.Reason, w.state, w.value)
		}
	}
}

// TestReadPagePlacesAFlatScanByItsTopMarks: a page skewed half off the
// glass loses both bottom marks; its top marks and code place it, as every
// box agrees. A phone photo's perspective may defeat that map: then the
// page is not placed, and in no case is a row given a wrong value.
func TestReadPagePlacesAFlatScanByItsTopMarks(t *testing.T) {
	for _, tc := range []struct {
		name    string
		capture synth.Capture
		placed  bool
	}{
		{"flat scan turned 3 degrees", flatScan(3, false), true},
		{"flat scan upside down", flatScan(-2, true), true},
		{"phone photo", phonePhoto(), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := markedPage(t, synth.Black)
			coverMarks(img, 2, 3)
			res, err := scan.ReadPage(captured(img, tc.capture, 7), form.Lookup(testKit))
			if err != nil {
				t.Fatal(err)
			}
			if tc.placed && res.Status != scan.PageRead {
				t.Fatalf("status %v %s, want read", res.Status, res.Reason)
			}
			t.Logf("status %v %s", res.Status, res.Reason)
			for i, got := range res.Rows {
				if w := wantRows[i]; got.State == scan.Scored && got.Value != w.value {
					t.Errorf("%s read %q, marked %q", got.Label, got.Value, w.value)
				}
				if w := wantRows[i]; tc.placed && (got.State != w.state || got.Value != w.value) {
					t.Errorf("%s: %v %q (%s), want %v %q", got.Label, got.State, got.Value, got.Reason, w.state, w.value)
				}
			}
		})
	}
}

func TestReadPageRefusesNoImage(t *testing.T) {
	for _, img := range []image.Image{nil, image.NewGray(image.Rect(0, 0, 0, 0))} {
		if _, err := scan.ReadPage(img, form.Lookup(testKit)); !errors.Is(err, scan.ErrNoImage) {
			t.Errorf("ReadPage(%v) error %v, want ErrNoImage", img, err)
		}
	}
}

func blankImage(w, h int) image.Image {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 240
	}
	return img
}

// qrImage is a page with a QR code of payload in its top right corner.
func qrImage(t *testing.T, payload string) image.Image {
	m, err := form.QR(payload)
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewGray(image.Rect(0, 0, 1240, 1754))
	for i := range img.Pix {
		img.Pix[i] = 245
	}
	const px, x0, y0 = 4, 1050, 100
	for y, row := range m {
		for x, dark := range row {
			if dark {
				for dy := range px {
					for dx := range px {
						img.SetGray(x0+x*px+dx, y0+y*px+dy, color.Gray{10})
					}
				}
			}
		}
	}
	return img
}

// coverMarks paints over registration marks of the test kit's question
// page, by their index in its Marks, as a page off the glass loses them.
func coverMarks(img *image.RGBA, marks ...int) {
	for _, i := range marks {
		m := testKit.Pages[1].Marks[i]
		paint(img, form.Rect{X: m.X - 4, Y: m.Y - 4, W: 8, H: 8})
	}
}

// movedBoxesPage is the test kit's question page printed with every box
// 4 mm to the right of where its layout says.
func movedBoxesPage(t *testing.T) *image.RGBA {
	d := synth.Packet("K7QF-3M2A", 1, synth.A4, 12)
	for i := range d.Pages[1].Rows {
		for j := range d.Pages[1].Rows[i].Options {
			d.Pages[1].Rows[i].Options[j].Box.X += 4
		}
	}
	img, err := synth.Raster(d, &d.Pages[1], rasterDPI)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
