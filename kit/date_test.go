package kit

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in    string
		ok    bool
		early bool
	}{
		{"2026-03-14", true, false},
		{"1900-01-01", true, false},
		{"9999-12-31", true, false},
		{"1899-12-31", false, true},
		{"0000-01-01", false, true},
		{"0026-03-14", false, true},
		{"2026-02-30", false, false},
		{"14.03.2026", false, false},
		{"", false, false},
	} {
		d, err := ParseDate(c.in)
		if (err == nil) != c.ok {
			t.Errorf("ParseDate(%q) = %v, %v; want ok %v", c.in, d, err, c.ok)
			continue
		}
		var de *DateError
		if err != nil && (!errors.As(err, &de) || de.Early != c.early) {
			t.Errorf("ParseDate(%q): %v; want a DateError, early %v", c.in, err, c.early)
		}
		if c.ok && d.Format("2006-01-02") != c.in {
			t.Errorf("ParseDate(%q) = %v", c.in, d)
		}
	}
}
