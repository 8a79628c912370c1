package layouts_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/layouts"
)

func TestDayOverviewIsReproducible(t *testing.T) {
	d := hiringDay(t)
	opt := layouts.DayOptions{Paper: layouts.Letter, Unbooked: []string{"line 7 (Kim Lee)"}}
	var a, b bytes.Buffer
	if err := layouts.WriteDay(&a, d, opt); err != nil {
		t.Fatal(err)
	}
	if err := layouts.WriteDay(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same day twice gave different bytes")
	}
	if os.Getenv("DAY_OUT") != "" {
		if err := os.WriteFile(os.Getenv("DAY_OUT"), a.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDayOverviewRefusesWhatItCannotPrint(t *testing.T) {
	d := hiringDay(t)
	err := layouts.WriteDay(&bytes.Buffer{}, d, layouts.DayOptions{Unbooked: []string{"line 7 (Kim 🙂)"}})
	if !errors.Is(err, layouts.ErrUnprintable) {
		t.Errorf("got %v, want the unbooked row refused", err)
	}
}

// TestDayOverviewSaysWhoIsWhereWhen reads the overview back: every
// candidate is numbered with their rounds, times and interviewers, every
// interviewer listed with their candidates in order, and the rows that
// could not be booked named.
func TestDayOverviewSaysWhoIsWhereWhen(t *testing.T) {
	testkit.NeedTools(t, "apt-get install poppler-utils qpdf", "pdftotext", "qpdf")
	d := hiringDay(t)
	var buf bytes.Buffer
	if err := layouts.WriteDay(&buf, d, layouts.DayOptions{Unbooked: []string{"line 7 (Kim Lee)"}}); err != nil {
		t.Fatal(err)
	}
	path := pdfFile(t, buf.Bytes())
	checkQPDF(t, path)
	text := flatText(strings.Join(pageTexts(t, path), " "))
	for _, want := range []string{
		"Monday 16 March 2026",
		"3 candidates · 2 interviewers · 14 rounds · 09:00–18:00",
		"C1 Zoë O'Brien Senior · kit", "09:00–09:45 Python screen Ana López",
		"09:45–10:30 Django core Bo Chen",
		"C2 Nguyễn Thị Ánh",
		"C3 Kim Park",
		"Ana López 3 09:00–17:30 09:00 C1 Zoë O'Brien · 12:15 C2 Nguyễn Thị Ánh · 16:00 C3 Kim Park",
		"Bo Chen 2 09:45–11:15 09:45 C1 Zoë O'Brien · 10:30 C2 Nguyễn Thị Ánh",
		"To be named 9 10:30–18:00 10:30 C1 Zoë O'Brien · 11:15 C2",
		"line 7 (Kim Lee)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the day overview lacks %q", want)
		}
	}
}
