//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The archive's other commands: export, report, purge and copy-archive.

func archiveCommandCases(t *testing.T) []hostile {
	hr := archiveWith(sheet)
	foreign := sqliteFile("CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('mine')")
	return []hostile{
		{name: "another application's database", cmd: "export", setup: foreign,
			args: []string{"export", "--archive", "other.db"}, code: 1, err: `other.db is a SQLite database with other tables`, after: noSidecars},
		{name: "a folder as the archive", cmd: "export",
			setup: func(t *testing.T, dir string) { putString(t, dir, "kits/x.txt", "") },
			args:  []string{"export", "--archive", "kits"}, code: 1, err: `kits is not a regular file \(a folder\)`},
		{name: "--out inside a file", cmd: "export",
			setup: both(hr, func(t *testing.T, dir string) { putString(t, dir, "notes.txt", "mine") }),
			args:  []string{"export", "--archive", "hr.db", "--out", "notes.txt/scores.csv"}, code: 1, err: `not a directory`},
		{name: "--out on a read-only file system", cmd: "export", setup: hr,
			args: []string{"export", "--archive", "hr.db", "--out", "/proc/scores.csv"}, code: 1, err: `/proc`},
		{name: "--force over a named pipe", cmd: "export",
			setup: both(hr, func(t *testing.T, dir string) { fifo(t, dir, "scores.csv") }),
			args:  []string{"export", "--archive", "hr.db", "--out", "scores.csv", "--force"}, code: 1,
			err: `scores.csv: not a file; only a file is replaced`},
		{name: "--out that exists", cmd: "export",
			setup: both(hr, func(t *testing.T, dir string) { putString(t, dir, "scores.csv", "mine") }),
			args:  []string{"export", "--archive", "hr.db", "--out", "scores.csv"}, code: 1, err: `scores.csv exists; it is left as it is`},
		{name: "an unknown format", cmd: "export", setup: hr,
			args: []string{"export", "--archive", "hr.db", "--format", "pdf"}, code: 2, err: `unknown format "pdf"`},
		{name: "a date that is no date", cmd: "export", setup: hr,
			args: []string{"export", "--archive", "hr.db", "--since", "2026-02-30"}, code: 2, err: `is not a date`},
		{name: "an escape sequence archived in a name", cmd: "export",
			setup: both(hr, tamper("UPDATE kits SET candidate = 'Ana'||char(27)||'[2J'")),
			args:  []string{"export", "--archive", "hr.db", "--candidate", "ana", "--format", "csv"}, code: 0,
			out: `Kit ID,`, err: ``},
		{name: "another application's database", cmd: "report", setup: foreign,
			args: []string{"report", "--archive", "other.db"}, code: 1, err: `other.db is a SQLite database with other tables`, after: noSidecars},
		{name: "a named pipe as the archive", cmd: "report",
			setup: func(t *testing.T, dir string) { fifo(t, dir, "hr.db") },
			args:  []string{"report", "--archive", "hr.db"}, code: 1, err: `hr.db is not a regular file \(a named pipe\)`},
		{name: "an escape sequence archived in an interviewer", cmd: "report",
			setup: both(hr, tamper("UPDATE versions SET interviewer = 'Bo'||char(27)||'[31m'")),
			args:  []string{"report", "--archive", "hr.db"}, code: 0, out: `Bo\\x1b\[31m`, notOut: "\x1b", changes: []string{"hr.db"}},
		{name: "a line break archived in a question ID", cmd: "report",
			setup: both(hr, tamper("UPDATE scores SET question_id = 'q'||char(10)||'Archive: 0 kits' WHERE position = 1")),
			args:  []string{"report", "--archive", "hr.db"}, code: 0, out: `q\\nArchive: 0 kits`, notOut: `(?m)^Archive: 0 kits`,
			changes: []string{"hr.db"}},
		{name: "a database URL with a password, and no server", cmd: "report",
			args: []string{"report", "--archive", "postgres://hr:s3cret@127.0.0.1:1/hr?connect_timeout=5"}, code: 1,
			err: `postgres://hr:xxxxx@127.0.0.1:1/hr`, notErr: `s3cret`},
		{name: "a database URL that forges a hint", cmd: "collect",
			setup: withSheet("a.xlsx", sheet),
			args:  []string{"collect", "--archive", "postgres://hr:s3cret@127.0.0.1:1/hr\ninterviewkit: hint: all is well", "a.xlsx"}, code: 1,
			err: `interviewkit: error: `, notErr: `(?m)^interviewkit: hint: all is well|s3cret`},
		{name: "no archive there", cmd: "report",
			args: []string{"report", "--archive", "missing.db"}, code: 1, err: `no archive at missing.db`},
		{name: "another application's database", cmd: "purge", setup: foreign,
			args: []string{"purge", "--archive", "other.db", "--before", "2030-01-01"}, code: 1,
			err: `other.db is a SQLite database with other tables`, after: noSidecars},
		{name: "no archive there", cmd: "purge",
			args: []string{"purge", "--archive", "missing.db", "--before", "2030-01-01"}, code: 1, err: `no archive at missing.db`},
		{name: "a date that is no date", cmd: "purge", setup: hr,
			args: []string{"purge", "--archive", "hr.db", "--before", "yesterday"}, code: 2, err: `--before "yesterday" is not a date`},
		{name: "an escape sequence archived in a candidate", cmd: "purge",
			setup: both(hr, tamper("UPDATE kits SET candidate = 'Ana'||char(27)||']0;owned'||char(7)")),
			args:  []string{"purge", "--archive", "hr.db", "--before", "2030-01-01", "--dry-run"}, code: 0,
			out: `Ana\\x1b\]0;owned\\x07`, notOut: "\x1b|\x07", changes: []string{"hr.db"}},
	}
}

func copyCases(t *testing.T) []hostile {
	hr := archiveWith(sheet)
	foreign := sqliteFile("CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('mine')")
	return []hostile{
		{name: "a named pipe to copy from", cmd: "copy-archive",
			setup: func(t *testing.T, dir string) { fifo(t, dir, "hr.db") },
			args:  []string{"copy-archive", "--from", "hr.db", "--to", "new.db"}, code: 1,
			err: `hr.db is not a regular file \(a named pipe\)`},
		{name: "another application's database to copy from", cmd: "copy-archive", setup: foreign,
			args: []string{"copy-archive", "--from", "other.db", "--to", "new.db"}, code: 1,
			err: `other.db is a SQLite database with other tables`, after: noSidecars},
		{name: "another application's database to copy into", cmd: "copy-archive", setup: both(hr, foreign),
			args: []string{"copy-archive", "--from", "hr.db", "--to", "other.db"}, code: 1,
			err: `other.db is a SQLite database with other tables`, after: noSidecars},
		{name: "a folder to copy into", cmd: "copy-archive",
			setup: both(hr, func(t *testing.T, dir string) { putString(t, dir, "kits/x.txt", "") }),
			args:  []string{"copy-archive", "--from", "hr.db", "--to", "kits"}, code: 1, err: `kits is not a regular file \(a folder\)`},
		{name: "a copy of an archive", cmd: "copy-archive", setup: hr,
			args: []string{"copy-archive", "--from", "hr.db", "--to", "new.db"}, code: 0,
			out: `copied 1 kit, 1 version and 3 scores from hr.db into new.db`, changes: []string{"new.db"}},
	}
}

// sampleTimetableRow is a valid row of a timetable for one candidate.
const sampleTimetableRow = "Kim Park,junior,,2026-03-16,13:30,Bo Chen\n"

const timetableHead = "candidate,level,focus,date,start,interviewers,role,plan\n"

// batchCases attack batch through its timetable and the plan files it
// names.
func batchCases(t *testing.T) []hostile {
	table := func(s string) func(*testing.T, string) {
		return func(t *testing.T, dir string) { putString(t, dir, "day.csv", s) }
	}
	batch := []string{"batch", "day.csv", "--out", "day"}
	return []hostile{
		{name: "/dev/zero as the timetable", cmd: "batch", args: []string{"batch", "/dev/zero"}, code: 1,
			err: `/dev/zero is not a regular file \(a device\)`},
		{name: "a timetable of 60 MB", cmd: "batch", setup: func(t *testing.T, dir string) { sparse(t, dir, "day.csv", 60<<20) },
			args: batch, code: 1, err: `day.csv is too large \(limit 8.0 MB\)`},
		{name: "a timetable of 2 MB", cmd: "batch", setup: table(timetableHead + repeat("#"+repeat("x", 1000)+"\n", 2100)),
			args: batch, code: 1, err: `larger than 1024 KiB; not a timetable`},
		{name: "a timetable of 1,001 rows", cmd: "batch", setup: table(timetableHead + repeat(sampleTimetableRow, 1001)),
			args: batch, code: 1, err: `more than 1000 rows; split the timetable`},
		{name: "an escape sequence in a candidate", cmd: "batch",
			setup: table(timetableHead + "Kim\x1b[2J Park,junior,,2026-03-16,13:30,Bo Chen\n"),
			args:  batch, code: 1, err: `control character \(U\+001B\)`, notErr: "\x1b", notOut: "\x1b"},
		{name: "a plan that is a named pipe", cmd: "batch",
			setup: both(table(timetableHead+"Kim Park,junior,,2026-03-16,13:30,Bo Chen,,plan.yaml\n"),
				func(t *testing.T, dir string) { fifo(t, dir, "plan.yaml") }),
			args: batch, code: 1, err: `plan.yaml is not a regular file \(a named pipe\)`, changes: []string{"day"}},
		{name: "a timetable named with a line break", cmd: "batch",
			setup: func(t *testing.T, dir string) {
				putString(t, dir, "day\nwrote x.csv", timetableHead+sampleTimetableRow)
			},
			args: []string{"batch", "day\nwrote x.csv", "--out", "day"}, code: 0, out: `Timetable day\\nwrote x.csv: 1 row`,
			notOut: `(?m)^wrote x`, changes: []string{"day"}},
		{name: "--force over a loop folder whose scoresheet was filled in", cmd: "batch",
			setup: both(table(timetableHead+sampleTimetableRow), func(t *testing.T, dir string) {
				if r := command(t, dir, batch...); r.code != 0 {
					t.Fatalf("the first batch: exit %d\n%s", r.code, r.stderr)
				}
				sheets, _ := filepath.Glob(filepath.Join(dir, "day", "*", "*-scoresheet.xlsx"))
				if len(sheets) != 1 {
					t.Fatalf("%d scoresheets after the first batch", len(sheets))
				}
				appendTo(t, sheets[0], "filled in")
			}),
			args: append(batch, "--force"), code: 0, err: `(?m)^interviewkit: note: the folder replaced held changes \(kim-park-scoresheet.xlsx\), perhaps a filled-in scoresheet; it is kept at day/kim-park-.*\.replaced-`,
			changes: []string{"day"}, after: func(t *testing.T, dir string, _ ran) {
				kept, _ := filepath.Glob(filepath.Join(dir, "day", "*.replaced-*", "*-scoresheet.xlsx"))
				if len(kept) != 1 || !strings.HasSuffix(readString(t, kept[0]), "filled in") {
					t.Errorf("the filled-in scoresheet was not kept: %v", kept)
				}
			}},
		{name: "a plan that links to /dev/zero", cmd: "batch",
			setup: both(table(timetableHead+"Kim Park,junior,,2026-03-16,13:30,Bo Chen,,plan.yaml\n"),
				func(t *testing.T, dir string) { must(t, os.Symlink("/dev/zero", filepath.Join(dir, "plan.yaml"))) }),
			args: batch, code: 1, err: `day.csv:2: Kim Park: plan.yaml is not a regular file \(a device\)`, changes: []string{"day"}},
		{name: "a timetable that is not UTF-8", cmd: "batch", setup: table(timetableHead + "Kim \xff Park,junior,,2026-03-16,13:30,Bo Chen\n"),
			args: batch, code: 1, err: `day.csv: is not UTF-8 text`},
		{name: "a NUL byte in a timetable's candidate", cmd: "batch", setup: table(timetableHead + "Kim \x00 Park,junior,,2026-03-16,13:30,Bo Chen\n"),
			args: batch, code: 1, err: `day.csv:2: candidate contains a control character \(U\+0000\)`, changes: []string{"day"}},
		{name: "a right-to-left override in a timetable's candidate", cmd: "batch",
			setup: table(timetableHead + "Kim \u202e Park,junior,,2026-03-16,13:30,Bo Chen\n"),
			args:  batch, code: 1, err: `day.csv:2: candidate contains an invisible formatting character \(U\+202E\)`, notErr: "\u202e",
			changes: []string{"day"}},
		{name: "a year that is a typing slip in a timetable", cmd: "batch",
			setup: table(timetableHead + "Kim Park,junior,,0026-03-16,13:30,Bo Chen\n"),
			args:  batch, code: 1, err: `day.csv:2: date "0026-03-16" is before 1900-01-01; write the interview's date`, changes: []string{"day"}},
		{name: "a timetable cell of 3,000 bytes", cmd: "batch",
			setup: table(timetableHead + "Kim Park,junior,,2026-03-16,13:30," + repeat("B", 3000) + "\n"),
			args:  batch, code: 1, err: `day.csv:2: a field is 3000 bytes long; at most 2000`, changes: []string{"day"}},
		{name: "--out inside a file", cmd: "batch",
			setup: both(table(timetableHead+sampleTimetableRow), func(t *testing.T, dir string) { putString(t, dir, "notes.txt", "mine") }),
			args:  []string{"batch", "day.csv", "--out", "notes.txt/day"}, code: 1, err: `not a directory`},
		{name: "a workbook timetable of 1,001 rows", cmd: "batch",
			setup: withSheet("day.xlsx", func(t *testing.T) []byte { return timetableBook(t, 1001) }),
			args:  []string{"batch", "day.xlsx", "--out", "day"}, code: 1, err: `more than 1000 rows; split the timetable`},
		{name: "a zip bomb as the timetable", cmd: "batch",
			setup: withSheet("day.xlsx", func(t *testing.T) []byte {
				return rezip(t, sheet(t), nil, map[string][]byte{"xl/media/bomb.bin": make([]byte, 70<<20)})
			}),
			args: []string{"batch", "day.xlsx", "--out", "day"}, code: 1, err: `too large: part "xl/media/bomb.bin" unpacks to 70.0 MB`},
	}
}

// reportPDFCases attack report --pdf through the file it writes.
func reportPDFCases(t *testing.T) []hostile {
	hr := archiveWith(sheet)
	mine := func(name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) { putString(t, dir, name, "mine") }
	}
	pdf := func(path string, more ...string) []string {
		return append([]string{"report", "--archive", "hr.db", "--pdf", path}, more...)
	}
	return []hostile{
		{name: "--pdf over a file someone wrote", cmd: "report", setup: both(hr, mine("report.pdf")),
			args: pdf("report.pdf"), code: 1, err: `report.pdf exists; it is left as it is`, changes: []string{"hr.db"}},
		{name: "--pdf --force over a named pipe", cmd: "report",
			setup: both(hr, func(t *testing.T, dir string) { fifo(t, dir, "report.pdf") }),
			args:  pdf("report.pdf", "--force"), code: 1, err: `report.pdf: not a file; only a file is replaced`, changes: []string{"hr.db"}},
		{name: "--pdf --force over a folder", cmd: "report",
			setup: both(hr, mine("report.pdf/notes.txt")),
			args:  pdf("report.pdf", "--force"), code: 1, err: `report.pdf: not a file; only a file is replaced`, changes: []string{"hr.db"}},
		{name: "--pdf --force over a device", cmd: "report", setup: hr,
			args: pdf("/dev/null", "--force"), code: 1, err: `/dev/null: not a file; only a file is replaced`, changes: []string{"hr.db"}},
		{name: "--pdf inside a file", cmd: "report", setup: both(hr, mine("notes.txt")),
			args: pdf("notes.txt/report.pdf"), code: 1, err: `not a directory`, changes: []string{"hr.db"}},
		{name: "--pdf on a read-only file system", cmd: "report", setup: hr,
			args: pdf("/proc/report.pdf"), code: 1, err: `/proc`, changes: []string{"hr.db"}},
		{name: "--pdf named with a line break", cmd: "report", setup: hr,
			args: pdf("r\nwrote x.pdf"), code: 0, out: `wrote r\\nwrote x.pdf`, notOut: `(?m)^wrote x`,
			changes: []string{"hr.db", "r\nwrote x.pdf"}},
		{name: "--pdf over a file someone wrote, named with an escape", cmd: "report",
			setup: both(hr, mine("r\x1b[2J.pdf")),
			args:  pdf("r\x1b[2J.pdf"), code: 1, err: `r\\x1b\[2J.pdf exists`, notErr: "\x1b", changes: []string{"hr.db"}},
		{name: "--pdf of an empty archive", cmd: "report", setup: archiveWith(),
			args: pdf("report.pdf"), code: 1, err: `nothing archived yet`, changes: []string{"hr.db"}},
		{name: "--pdf with an escape sequence archived in a candidate", cmd: "report",
			setup: both(hr, tamper("UPDATE kits SET candidate = 'Ana'||char(27)||'[2J'")),
			args:  pdf("report.pdf"), code: 0, out: `wrote report.pdf`, changes: []string{"hr.db", "report.pdf"}},
	}
}

// appendTo adds text at the end of the file at path, as a person saving a
// file changes it.
func appendTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// timetableBook is a workbook whose first sheet is a timetable of n
// copies of sampleTimetableRow.
func timetableBook(t *testing.T, n int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	must(t, err)
	must(t, sw.SetRow("A1", []any{"candidate", "level", "focus", "date", "start", "interviewers"}))
	for i := range n {
		must(t, sw.SetRow(sprintf("A%d", i+2), []any{"Kim Park", "junior", "", "2026-03-16", "13:30", "Bo Chen"}))
	}
	must(t, sw.Flush())
	var buf bytes.Buffer
	must(t, f.Write(&buf))
	return buf.Bytes()
}
