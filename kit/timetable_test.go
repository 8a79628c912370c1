package kit_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

const timetableHead = "candidate,level,focus,date,start,interviewers\n"

func readTimetable(t *testing.T, csv string) *kit.Timetable {
	t.Helper()
	tt, err := kit.ReadTimetableCSV(strings.NewReader(csv), "day.csv", testkit.Bank(t))
	if err != nil {
		t.Fatalf("ReadTimetableCSV: %v", err)
	}
	return tt
}

func TestReadTimetableBooksEveryRow(t *testing.T) {
	csv := "Interviewers, Date ,LEVEL,candidate,start,focus,role,plan\n" +
		`Ana López;  Bo  Li ;;Cy,2026-03-16,Senior,"Zoë  O'Brien",9:30,"orm, Security",Backend engineer,plans/senior.yaml` + "\n" +
		",2026-03-17,junior,Kim,14:00,,,\n" +
		",,,,,,,\n" // an empty row is skipped
	tt := readTimetable(t, csv)
	if len(tt.Problems) > 0 {
		t.Fatalf("problems: %v", tt.Problems)
	}
	want := []kit.Booking{
		{Line: 2, Candidate: "Zoë O'Brien", Level: "senior", Focus: []string{"orm", "security"},
			Date: time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC), Start: 9*time.Hour + 30*time.Minute,
			Interviewers: []string{"Ana López", "Bo Li", "", "Cy"}, Role: "Backend engineer", Plan: "plans/senior.yaml"},
		{Line: 3, Candidate: "Kim", Level: "junior", Date: time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC), Start: 14 * time.Hour},
	}
	if len(tt.Bookings) != len(want) {
		t.Fatalf("booked %d rows, want %d: %+v", len(tt.Bookings), len(want), tt.Bookings)
	}
	for i, got := range tt.Bookings {
		w := want[i]
		if got.Line != w.Line || got.Candidate != w.Candidate || got.Level != w.Level || !slices.Equal(got.Focus, w.Focus) ||
			!got.Date.Equal(w.Date) || got.Start != w.Start || !slices.Equal(got.Interviewers, w.Interviewers) ||
			got.Role != w.Role || got.Plan != w.Plan {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
}

// TestReadTimetableReportsEveryBadRowAtItsLine puts one bad row among good
// ones: the bad row is reported at its line with the reason, every problem
// of it at once, and the good rows are still booked.
func TestReadTimetableReportsEveryBadRowAtItsLine(t *testing.T) {
	good := "Ana,mid,,2026-03-16,09:00,Bo\n"
	for _, tc := range []struct {
		name, row string
		want      []string
	}{
		{"unknown level", "Kim,senoir,,2026-03-16,09:00,", []string{`day.csv:3: unknown level "senoir" (did you mean "senior"?); the levels are junior, mid, senior, lead`}},
		{"unknown area", "Kim,mid,\"orm,securty\",2026-03-16,09:00,", []string{`day.csv:3: unknown focus area "securty" (did you mean "security"?)`}},
		{"no candidate", ",mid,,2026-03-16,09:00,", []string{"day.csv:3: candidate is empty"}},
		{"control character", "\"Kim\x1b[31m\",mid,,2026-03-16,09:00,", []string{"day.csv:3: candidate contains a control character (U+001B)"}},
		{"invisible character", "Kim,mid,,2026-03-16,09:00,Ana\u202e", []string{"day.csv:3: interviewer contains an invisible formatting character (U+202E)"}},
		{"date", "Kim,mid,,16/03/2026,09:00,", []string{`day.csv:3: date "16/03/2026" is not a date; write it as YYYY-MM-DD`}},
		{"no date", "Kim,mid,,,09:00,", []string{"day.csv:3: date is empty"}},
		{"start", "Kim,mid,,2026-03-16,25:00,", []string{`day.csv:3: start "25:00" is not a clock time`}},
		{"no start", "Kim,mid,,2026-03-16,,", []string{"day.csv:3: start is empty"}},
		{"too many fields", "Kim,mid,orm,security,2026-03-16,09:00,Bo", []string{"day.csv:3: has 7 fields; the header names 6 (put a field with commas in quotes)"}},
		{"several at once", "Kim,lead-ish,,tomorrow,nine,", []string{`day.csv:3: unknown level "lead-ish"`, `day.csv:3: date "tomorrow"`, `day.csv:3: start "nine"`}},
		{"too many interviewers", "Kim,mid,,2026-03-16,09:00," + strings.Repeat("A;", 13), []string{"day.csv:3: names 13 interviewers; a loop has at most 12 rounds"}},
		{"long name", "Kim " + strings.Repeat("x", 120) + ",mid,,2026-03-16,09:00,", []string{"day.csv:3: candidate is 124 characters; at most 100"}},
		{"stray quote", `Kim "the" Lee,mid,,2026-03-16,09:00,`, []string{"day.csv:3: a quote is not closed, or a field has a stray quote"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tt := readTimetable(t, timetableHead+good+tc.row+"\n"+good)
			var got []string
			for _, p := range tt.Problems {
				got = append(got, p.String())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("problems %q, want %d like %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("problem %q, want it to start %q", got[i], w)
				}
			}
			if len(tt.Bookings) != 2 || tt.Bookings[0].Line != 2 || tt.Bookings[1].Line != 4 {
				t.Errorf("the good rows were not both booked: %+v", tt.Bookings)
			}
			if tc.name != "stray quote" && (len(tt.Unbooked) != 1 || tt.Unbooked[0].Line != 3) {
				t.Errorf("the bad row is not listed unbooked: %+v", tt.Unbooked)
			}
		})
	}
}

func TestReadTimetableRefusesAHeaderItCannotRead(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		want      string
	}{
		{"empty", "", "day.csv: is empty; the first row names the columns: candidate,level,focus,date,start,interviewers,role,plan"},
		{"misspelt column", "candidate,level,focus,date,start,interviewer\n", `day.csv:1: unknown column "interviewer" (did you mean "interviewers"?)`},
		{"missing columns", "candidate,level,focus,interviewers\nAna,mid,,Bo\n", `day.csv:1: no "date" and "start" columns;`},
		{"twice", "candidate,level,focus,date,start,interviewers,Level\n", `day.csv:1: column "level" appears twice`},
		{"no name", "candidate,level,,focus,date,start,interviewers\n", `day.csv:1: column 3 has no name; name it`},
		{"too wide", "candidate" + strings.Repeat(",x", 100000) + "\n", "day.csv:1: the first row names 100001 columns; a timetable has at most 8"},
		{"not text", "candidate,\xff\xfe\n", "day.csv: is not UTF-8 text"},
		{"too many rows", timetableHead + strings.Repeat("Ana,mid,,2026-03-16,09:00,\n", kit.MaxTimetableRows+1), "day.csv:1002: more than 1000 rows"},
		{"too large", timetableHead + strings.Repeat("x", kit.MaxTimetableFile), "day.csv: file is larger than 1024 KiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := kit.ReadTimetableCSV(strings.NewReader(tc.csv), "day.csv", testkit.Bank(t))
			var be *kit.BankError
			if !errors.As(err, &be) || !strings.HasPrefix(be.Problems[0].String(), tc.want) {
				t.Fatalf("got %v, want a problem starting %q", err, tc.want)
			}
		})
	}
}

func TestReadTimetableTakesWhatSpreadsheetsSave(t *testing.T) {
	for _, tc := range []struct{ name, csv string }{
		{"semicolons", "candidate;level;focus;date;start;interviewers\nAna;mid;\"orm,web\";2026-03-16;09:00:00;\"Bo;Cy\"\n"},
		{"byte order mark and CRLF", "\uFEFFcandidate,level,focus,date,start,interviewers\r\nAna,mid,\"orm,web\",2026-03-16,9:00 am,Bo;Cy\r\n"},
		{"trailing separators", "candidate,level,focus,date,start,interviewers,\nAna,mid,\"orm,web\",2026-03-16,09:00,Bo;Cy;,\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tt := readTimetable(t, tc.csv)
			if len(tt.Problems) > 0 || len(tt.Bookings) != 1 {
				t.Fatalf("problems %v, bookings %+v", tt.Problems, tt.Bookings)
			}
			bk := tt.Bookings[0]
			if bk.Candidate != "Ana" || !slices.Equal(bk.Focus, []string{"orm", "web"}) || bk.Start != 9*time.Hour ||
				!slices.Equal(bk.Interviewers, []string{"Bo", "Cy"}) {
				t.Errorf("booked %+v", bk)
			}
		})
	}
}

// TestReadTimetableLinesCountQuotedLineBreaks: a row after a quoted field
// holding a line break is reported at its own line in the file.
func TestReadTimetableLinesCountQuotedLineBreaks(t *testing.T) {
	tt := readTimetable(t, timetableHead+"Ana,mid,\"orm,\nweb\",2026-03-16,09:00,Bo\nKim,mdi,,2026-03-16,09:00,\n")
	if len(tt.Problems) != 1 || tt.Problems[0].Line != 4 {
		t.Fatalf("problems %v, want one at line 4", tt.Problems)
	}
}

func TestParseClock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"9:00", 9 * time.Hour, true},
		{"09:05", 9*time.Hour + 5*time.Minute, true},
		{"14:30", 14*time.Hour + 30*time.Minute, true},
		{" 08:15:00 ", 8*time.Hour + 15*time.Minute, true},
		{"0:00", 0, true},
		{"23:59", 23*time.Hour + 59*time.Minute, true},
		{"2:30 pm", 14*time.Hour + 30*time.Minute, true},
		{"12:00 PM", 12 * time.Hour, true},
		{"12:15am", 15 * time.Minute, true},
		{"5pm", 17 * time.Hour, true},
		{"", 0, false},
		{"9", 0, false},
		{"24:00", 0, false},
		{"9:60", 0, false},
		{"9:5", 0, false},
		{"13:00 pm", 0, false},
		{"09:30:15", 0, false},
		{"-1:00", 0, false},
		{"+9:00", 0, false},
		{"nine", 0, false},
		{"9.30", 0, false},
	} {
		got, err := kit.ParseClock(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("ParseClock(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// FuzzReadTimetableCSV: whatever the file holds, reading it never panics,
// and every row is either booked or reported at a line of the file.
func FuzzReadTimetableCSV(f *testing.F) {
	f.Add(timetableHead + "Ana,mid,,2026-03-16,09:00,Bo\n")
	f.Add("candidate;level;focus;date;start;interviewers\nAna;mid;\"orm,web\";2026-03-16;09:00:00;\"Bo;Cy\"\n")
	f.Add(timetableHead + "Kim \"x,mid,,2026-03-16,09:00,\n\"\n,,,\n")
	b := testkit.Bank(f)
	f.Fuzz(func(t *testing.T, csv string) {
		tt, err := kit.ReadTimetableCSV(strings.NewReader(csv), "f.csv", b)
		if err != nil {
			var be *kit.BankError
			if !errors.As(err, &be) || len(be.Problems) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			return
		}
		lines := strings.Count(csv, "\n") + 1
		for _, p := range tt.Problems {
			if p.Line < 1 || p.Line > lines {
				t.Errorf("problem at line %d of %d: %s", p.Line, lines, p)
			}
		}
		for _, bk := range tt.Bookings {
			if bk.Candidate == "" || bk.Level == "" || bk.Date.IsZero() {
				t.Errorf("booked an incomplete row: %+v", bk)
			}
		}
	})
}
