package geom

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestFitRecoversAKnownMapping(t *testing.T) {
	for _, tc := range []struct {
		name string
		h    H
	}{
		{"identity", Identity},
		{"scan at 200 dpi, turned 3 degrees", rotScale(3, 200/25.4, 40, -25)},
		{"upside down", rotScale(180, 150/25.4, 1300, 1800)},
		{"phone perspective", H{14, 1.2, 300, -0.8, 13.5, 200, 0.0004, -0.0002, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := []Pt{{9, 9}, {201, 9}, {201, 288}, {9, 288}, {180, 30}, {100, 150}}
			dst := make([]Pt, len(src))
			for i, p := range src {
				dst[i] = tc.h.Apply(p)
			}
			for _, n := range []int{4, len(src)} {
				got, err := Fit(src[:n], dst[:n])
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range []Pt{{0, 0}, {105, 148}, {210, 297}} {
					if d := Dist(got.Apply(p), tc.h.Apply(p)); d > 1e-6 {
						t.Errorf("%d points: %v maps %.9f px away", n, p, d)
					}
				}
			}
		})
	}
}

func TestFitAffineAndInverse(t *testing.T) {
	h := rotScale(-4.5, 300/25.4, 12, 30)
	src := []Pt{{9, 9}, {201, 9}, {9, 288}}
	dst := []Pt{h.Apply(src[0]), h.Apply(src[1]), h.Apply(src[2])}
	a, err := FitAffine(src, dst)
	if err != nil {
		t.Fatal(err)
	}
	inv, err := a.Inverse()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		p := Pt{r.Float64() * 210, r.Float64() * 297}
		if d := Dist(inv.Apply(a.Apply(p)), p); d > 1e-9 {
			t.Errorf("round trip of %v is off by %g", p, d)
		}
		if d := Dist(a.Apply(p), h.Apply(p)); d > 1e-6 {
			t.Errorf("%v maps %g px away", p, d)
		}
	}
	if s := a.Scale(Pt{100, 100}); math.Abs(s-300/25.4) > 1e-6 {
		t.Errorf("Scale = %g, want %g", s, 300/25.4)
	}
}

func TestFitRefusesDegeneratePoints(t *testing.T) {
	line := []Pt{{0, 0}, {1, 1}, {2, 2}, {3, 3}}
	if _, err := Fit(line, line); err == nil {
		t.Error("Fit of collinear points succeeded")
	}
	if _, err := Fit(line[:3], line[:3]); err == nil {
		t.Error("Fit of three points succeeded")
	}
	if _, err := FitAffine(line[:3], line[:3]); err == nil {
		t.Error("FitAffine of collinear points succeeded")
	}
	if _, err := (&H{}).Inverse(); err == nil {
		t.Error("inverse of the zero matrix succeeded")
	}
}

func rotScale(deg, s, tx, ty float64) H {
	a := deg * math.Pi / 180
	c, sn := math.Cos(a)*s, math.Sin(a)*s
	return H{c, -sn, tx, sn, c, ty, 0, 0, 1}
}
