package kit_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// TestBookingLoopIsTheLoopCommandsLoop: a row with no interviewers and no
// plan gives the loop the loop command gives for the same candidate,
// level, focus and date: the bank's default loop, drawn with the
// interview's default seed, so the kit ID is the same.
func TestBookingLoopIsTheLoopCommandsLoop(t *testing.T) {
	b := testkit.Bank(t)
	for _, tc := range []struct {
		level string
		focus []string
	}{{"junior", nil}, {"mid", []string{"orm", "security"}}, {"senior", []string{"apis"}}, {"lead", nil}} {
		bk := kit.Booking{Line: 2, Candidate: "Zoë O'Brien", Level: tc.level, Focus: tc.focus, Date: testkit.Date, Start: 9 * time.Hour}
		got, focus, err := bk.Loop(b, nil, "test")
		if err != nil {
			t.Fatal(err)
		}
		specs, err := kit.DefaultLoop(b, tc.level, tc.focus)
		if err != nil {
			t.Fatal(err)
		}
		iv := kit.Interview{Candidate: "Zoë O'Brien", Date: testkit.Date}
		rounds, err := kit.SelectLoop(b, tc.level, tc.focus, specs, iv.DefaultSeed())
		if err != nil {
			t.Fatal(err)
		}
		want := kit.New(b, iv, iv.DefaultSeed(), rounds, "test")
		if got.ID != want.ID || !slices.Equal(focus, tc.focus) {
			t.Errorf("%s %v: kit %s focus %v, want kit %s", tc.level, tc.focus, got.ID, focus, want.ID)
		}
	}
}

func TestBookingInterviewersRunTheRoundsInOrder(t *testing.T) {
	b := testkit.Bank(t)
	plan, err := kit.ParsePlan([]byte("focus: [orm]\nrounds:\n  - title: Django core\n    interviewer: Pat\n  - title: Behavioural\n    interviewer: Quinn\n  - title: Advanced Django\n"), "plan.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name         string
		plan         *kit.Plan
		interviewers []string
		want         []string
		focus        []string
	}{
		{"default loop, fewer names than rounds", nil, []string{"Ana", "", "Cy"}, []string{"Ana", "", "Cy", "", ""}, nil},
		{"plan, names replace the plan's", &plan, []string{"", "Bo"}, []string{"Pat", "Bo", ""}, []string{"orm"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bk := kit.Booking{Candidate: "Kim", Level: "senior", Date: testkit.Date, Interviewers: tc.interviewers}
			k, focus, err := bk.Loop(b, tc.plan, "test")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range k.Rounds {
				got = append(got, r.Interviewer)
			}
			if !slices.Equal(got, tc.want) || !slices.Equal(focus, tc.focus) {
				t.Errorf("interviewers %q focus %v, want %q focus %v", got, focus, tc.want, tc.focus)
			}
		})
	}
	bk := kit.Booking{Candidate: "Kim", Level: "junior", Date: testkit.Date, Interviewers: strings.Split("A;B;C;D;E;F", ";")}
	if _, _, err := bk.Loop(b, nil, "test"); err == nil || !strings.Contains(err.Error(), "names 6 interviewers for a loop of 4 rounds") {
		t.Errorf("six interviewers for a junior loop: %v", err)
	}
}

// day books rows on the embedded bank: each row is line, candidate,
// date, start and interviewers.
func day(t *testing.T, rows ...kit.Booking) []kit.Appointment {
	t.Helper()
	b := testkit.Bank(t)
	var apps []kit.Appointment
	for _, bk := range rows {
		if bk.Level == "" {
			bk.Level = "senior"
		}
		k, _, err := bk.Loop(b, nil, "test")
		if err != nil {
			t.Fatal(err)
		}
		apps = append(apps, bk.Appointments(k)...)
	}
	return apps
}

var (
	monday  = time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)
	tuesday = time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)
)

// A senior default loop runs 45, 45, 60, 90 and 30 minutes: from 09:00,
// rounds at 09:00, 09:45, 10:30, 11:30 and 13:00, ending 13:30.
func TestClashesNameBothRows(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []kit.Booking
		want []string
	}{
		{"one interviewer, two rooms", []kit.Booking{
			{Line: 2, Candidate: "Ana", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Ana López"}},
			{Line: 5, Candidate: "Bo", Date: monday, Start: 8*time.Hour + 30*time.Minute, Interviewers: []string{"", "ana  lopez"}},
		}, []string{"Ana López is in two rooms at once: 2026-03-16 09:00–09:45 with Ana (line 2, Python screen) and 2026-03-16 09:15–10:00 with Bo (line 5, Django core)"}},
		{"back to back is no clash", []kit.Booking{
			{Line: 2, Candidate: "Ana", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Cy"}},
			{Line: 3, Candidate: "Bo", Date: monday, Start: 9*time.Hour + 45*time.Minute, Interviewers: []string{"Cy"}},
		}, nil},
		{"another day is no clash", []kit.Booking{
			{Line: 2, Candidate: "Ana", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Cy"}},
			{Line: 3, Candidate: "Bo", Date: tuesday, Start: 9 * time.Hour, Interviewers: []string{"Cy"}},
		}, nil},
		{"nobody named is no clash", []kit.Booking{
			{Line: 2, Candidate: "Ana", Date: monday, Start: 9 * time.Hour},
			{Line: 3, Candidate: "Bo", Date: monday, Start: 9 * time.Hour},
		}, nil},
		{"one person's rounds in one loop", []kit.Booking{
			{Line: 2, Candidate: "Ana", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Cy", "Cy", "Cy"}},
		}, nil},
		{"a candidate booked twice", []kit.Booking{
			{Line: 2, Candidate: "Ana López", Date: monday, Start: 9 * time.Hour},
			{Line: 3, Candidate: "Bo", Date: monday, Start: 9 * time.Hour},
			{Line: 4, Candidate: "ANA LOPEZ", Date: monday, Start: 14 * time.Hour, Level: "junior"},
		}, []string{"Ana López is booked twice on 2026-03-16 (lines 2 and 4); a candidate has one loop a day"}},
		{"each pair of rows once", []kit.Booking{
			{Line: 2, Candidate: "Ana", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Cy", "Di"}},
			{Line: 3, Candidate: "Bo", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Cy", "Di"}},
			{Line: 4, Candidate: "Ed", Date: monday, Start: 9 * time.Hour, Interviewers: []string{"Cy"}},
		}, []string{"Cy is in two rooms at once: 2026-03-16 09:00–09:45 with Ana (line 2", "Cy is in two rooms at once: 2026-03-16 09:00–09:45 with Ana (line 2", "Cy is in two rooms at once: 2026-03-16 09:00–09:45 with Bo (line 3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clashes := kit.Clashes(day(t, tc.rows...))
			if len(clashes) != len(tc.want) {
				t.Fatalf("clashes %v, want %d", clashes, len(tc.want))
			}
			for i, c := range clashes {
				if !strings.HasPrefix(c.String(), tc.want[i]) {
					t.Errorf("clash %q, want %q", c, tc.want[i])
				}
			}
		})
	}
}

func TestDaysAndPacksAreInTimeOrder(t *testing.T) {
	apps := day(t,
		kit.Booking{Line: 2, Candidate: "Late", Date: monday, Start: 13 * time.Hour, Interviewers: []string{"Bo", "ana lopez"}},
		kit.Booking{Line: 3, Candidate: "Early", Date: monday, Start: 8 * time.Hour, Interviewers: []string{"Ana López"}},
		kit.Booking{Line: 4, Candidate: "Next day", Date: tuesday, Start: 9 * time.Hour, Interviewers: []string{"Bo"}},
	)
	days := kit.Days(apps)
	if len(days) != 2 || !days[0].Date.Equal(monday) || !days[1].Date.Equal(tuesday) {
		t.Fatalf("days %+v", days)
	}
	for _, d := range days {
		for i := 1; i < len(d.Appointments); i++ {
			if d.Appointments[i].Start < d.Appointments[i-1].Start {
				t.Errorf("%s: appointment %d starts before the one before it", d.Date, i)
			}
		}
	}
	var got []string
	for _, p := range days[0].Packs() {
		var rounds []string
		for _, a := range p.Appointments {
			rounds = append(rounds, kit.Clock(a.Start)+" "+a.Kit.Candidate)
		}
		got = append(got, p.Interviewer+": "+strings.Join(rounds, ", "))
	}
	want := []string{
		"Ana López: 08:00 Early, 13:45 Late",
		"Bo: 13:00 Late",
		": 08:45 Early, 09:30 Early, 10:30 Early, 12:00 Early, 14:30 Late, 15:30 Late, 17:00 Late",
	}
	if !slices.Equal(got, want) {
		t.Errorf("packs:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
