//go:build unix

package main

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// sheetFor is a blank scoresheet of a three-question kit for candidate,
// as generate writes it.
func sheetFor(t *testing.T, candidate string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := scoresheet.Write(&buf, testkit.BankKit(t, "mid", 3, candidate)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheet is Ana's blank scoresheet.
func sheet(t *testing.T) []byte { return sheetFor(t, "Ana López") }

// withSheet puts b in dir as name.
func withSheet(name string, b func(t *testing.T) []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) { put(t, dir, name, b(t)) }
}

// workbook edits a scoresheet in excelize.
func workbook(t *testing.T, b []byte, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cellOf finds the first cell of sheet holding v.
func cellOf(t *testing.T, f *excelize.File, sheet, v string, nth int) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, got := range row {
			if got == v {
				if nth--; nth > 0 {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				return ref
			}
		}
	}
	t.Fatalf("%s holds no %q", sheet, v)
	return ""
}

// roundSheetName is the round sheet of the fixture kit.
func roundSheetName(t *testing.T) string {
	return scoresheet.RoundSheetNames(testkit.BankKit(t, "mid", 3, "Ana López"))[0]
}

// rezip rewrites the parts of a package: edit returns a part's new bytes,
// or nil to leave it out; add adds parts.
func rezip(t *testing.T, b []byte, edit func(name string, data []byte) []byte, add map[string][]byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	write := func(name string, data []byte) {
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write(data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			data = edit(f.Name, data)
		}
		if data != nil {
			write(f.Name, data)
		}
	}
	for name, data := range add {
		write(name, data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// archiveWith makes dir/hr.db holding the scoresheets given.
func archiveWith(sheets ...func(*testing.T) []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		a, err := archive.Open(filepath.Join(dir, "hr.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		for i, s := range sheets {
			if r := a.Collect(context.Background(), sprintf("s%d.xlsx", i), bytes.NewReader(s(t))); r.Status == archive.Rejected {
				t.Fatal(r.Err)
			}
		}
	}
}

// sqliteFile makes dir/name a SQLite database of another application.
func sqliteFile(stmts ...string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		db, err := sql.Open("sqlite", filepath.Join(dir, "other.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, s := range stmts {
			if _, err := db.Exec(s); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// tamper runs SQL against the archive at dir/hr.db, as someone with the
// file could.
func tamper(stmt string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		db, err := sql.Open("sqlite", filepath.Join(dir, "hr.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
}

func both(fs ...func(*testing.T, string)) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		for _, f := range fs {
			f(t, dir)
		}
	}
}

var collectHR = []string{"collect", "--archive", "hr.db"}

func collectArgs(more ...string) []string { return append(append([]string{}, collectHR...), more...) }

// noSidecars wants no journal beside other.db: the file was not opened
// for writing.
func noSidecars(t *testing.T, dir string, _ ran) {
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(filepath.Join(dir, "other.db"+s)); err == nil {
			t.Errorf("other.db%s appeared", s)
		}
	}
}

// archiveCases attack the archive commands.
func archiveCases(t *testing.T) []hostile {
	return slices.Concat(collectCases(t), archiveCommandCases(t), copyCases(t), batchCases(t), reportPDFCases(t))
}

// collectCases attack collect.
func collectCases(t *testing.T) []hostile {
	return slices.Concat(collectFileCases(t), collectDamageCases(t), collectArchiveCases(t))
}

// collectFileCases: files that are not scoresheets, hostile names, bombs.
func collectFileCases(t *testing.T) []hostile {
	edited := func(edit func(t *testing.T, f *excelize.File)) func(*testing.T) []byte {
		return func(t *testing.T) []byte { return workbook(t, sheet(t), func(f *excelize.File) { edit(t, f) }) }
	}
	return []hostile{
		{name: "a named pipe among the scoresheets", cmd: "collect",
			setup: both(withSheet("in/a.xlsx", sheet), func(t *testing.T, dir string) { fifo(t, dir, "in/b.xlsx") }),
			args:  collectArgs("in"), code: 1, out: `rejected   in/b.xlsx: not a regular file \(a named pipe\)`,
			err: `interviewkit: error: in/b.xlsx: not a regular file`, changes: []string{"hr.db"}},
		{name: "/dev/zero", cmd: "collect", args: collectArgs("/dev/zero"), code: 1,
			out: `rejected   /dev/zero: not a regular file \(a device\)`, err: `1 of 1 file rejected`, changes: []string{"hr.db"}},
		{name: "a link to /dev/zero among the scoresheets", cmd: "collect",
			setup: func(t *testing.T, dir string) { link(t, dir, "/dev/zero", "in/zero.xlsx") },
			args:  collectArgs("in"), code: 1, out: `rejected   in/zero.xlsx: not a regular file \(a device\)`, err: `rejected`,
			changes: []string{"hr.db"}},
		{name: "a link loop among the folders", cmd: "collect",
			setup: both(withSheet("in/a.xlsx", sheet), func(t *testing.T, dir string) { link(t, dir, "..", "in/up") }),
			args:  collectArgs("in"), code: 0, out: `(?m)^incomplete in/a.xlsx`, changes: []string{"hr.db"}},
		{name: "a file name that forges a line", cmd: "collect",
			setup: func(t *testing.T, dir string) { putString(t, dir, "in/x\narchived   fake.xlsx", "not a workbook") },
			args:  collectArgs("in"), code: 1, out: `rejected   in/x\\narchived   fake.xlsx: `, notOut: `(?m)^archived`,
			err: `in/x\\narchived   fake.xlsx`, changes: []string{"hr.db"}},
		{name: "a file name with an escape sequence", cmd: "collect",
			setup: func(t *testing.T, dir string) { putString(t, dir, "in/\x1b[2J\x1b[31m.xlsx", "x") },
			args:  collectArgs("in"), code: 1, out: `in/\\x1b\[2J\\x1b\[31m.xlsx`, notOut: "\x1b", notErr: "\x1b",
			err: `rejected`, changes: []string{"hr.db"}},
		{name: "a file name with a right-to-left override", cmd: "collect",
			setup: func(t *testing.T, dir string) { putString(t, dir, "in/Ana\u202Eslx.exe.xlsx", "x") },
			args:  collectArgs("in"), code: 1, out: `in/Ana\\u202eslx.exe.xlsx`, notOut: "\u202e", err: `rejected`,
			changes: []string{"hr.db"}},
		{name: "one round sheet listed 4,000 times and padded to 4,900 rows", cmd: "collect",
			setup: withSheet("bomb.xlsx", func(t *testing.T) []byte {
				rs := roundSheetName(t)
				return workbook(t, sheet(t), func(f *excelize.File) {
					at := cellOf(t, f, scoresheet.KitSheet, rs, 1)
					_, row, _ := excelize.CellNameToCoordinates(at)
					for i := range 4000 {
						f.SetCellValue(scoresheet.KitSheet, sprintf("A%d", row+i), i+1)
						f.SetCellStr(scoresheet.KitSheet, sprintf("B%d", row+i), rs)
					}
					for r := 10; r < 4900; r++ {
						f.SetCellStr(rs, sprintf("B%d", r), sprintf("q-%d", r))
					}
				})
			}),
			args: collectArgs("bomb.xlsx"), code: 1, rssMB: 60,
			out: `rejected   bomb.xlsx: not an interviewkit scoresheet: the Kit sheet's "Rounds" table lists sheet .* for rounds 1 and 2`,
			err: `rejected`, changes: []string{"hr.db"}},
		{name: "a round sheet padded to 4,900 question rows", cmd: "collect",
			setup: withSheet("rows.xlsx", edited(func(t *testing.T, f *excelize.File) {
				rs := roundSheetName(t)
				for r := 10; r < 4900; r++ {
					f.SetCellStr(rs, sprintf("B%d", r), sprintf("q-%d", r))
				}
			})),
			args: collectArgs("rows.xlsx"), code: 1, out: `more than 240 question rows`, err: `rejected`, changes: []string{"hr.db"}},
		{name: "a zip bomb", cmd: "collect",
			setup: withSheet("zip.xlsx", func(t *testing.T) []byte {
				return rezip(t, sheet(t), nil, map[string][]byte{"xl/media/bomb.bin": make([]byte, 70<<20)})
			}),
			args: collectArgs("zip.xlsx"), code: 1, out: `rejected   zip.xlsx: too large: part "xl/media/bomb.bin" unpacks to 70.0 MB`,
			err: `rejected`, changes: []string{"hr.db"}},
		{name: "an XML entity bomb", cmd: "collect",
			setup: withSheet("lol.xlsx", func(t *testing.T) []byte {
				lol := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
					`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><sst><si><t>&lol3;</t></si></sst>`
				return rezip(t, sheet(t), func(name string, data []byte) []byte {
					if strings.HasSuffix(name, "sharedStrings.xml") {
						return []byte(lol)
					}
					return data
				}, nil)
			}),
			args: collectArgs("lol.xlsx"), code: 1, out: `rejected   lol.xlsx: not a readable .xlsx workbook`, err: `rejected`,
			changes: []string{"hr.db"}},
	}
}

// collectDamageCases: damaged files, and scoresheets whose fixed cells were edited.
func collectDamageCases(t *testing.T) []hostile {
	edited := func(edit func(t *testing.T, f *excelize.File)) func(*testing.T) []byte {
		return func(t *testing.T) []byte { return workbook(t, sheet(t), func(f *excelize.File) { edit(t, f) }) }
	}
	return []hostile{
		{name: "a password-protected workbook", cmd: "collect",
			setup: func(t *testing.T, dir string) {
				put(t, dir, "locked.xlsx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 4000)...))
			},
			args: collectArgs("locked.xlsx"), code: 1, out: `password-protected or an old .xls file`, err: `rejected`,
			changes: []string{"hr.db"}},
		{name: "a truncated workbook", cmd: "collect",
			setup: withSheet("cut.xlsx", func(t *testing.T) []byte { b := sheet(t); return b[:len(b)/2] }),
			args:  collectArgs("cut.xlsx"), code: 1, out: `damaged or truncated`, err: `rejected`, changes: []string{"hr.db"}},
		{name: "a 9 MB file", cmd: "collect",
			setup: func(t *testing.T, dir string) { sparse(t, dir, "big.xlsx", 9<<20) },
			args:  collectArgs("big.xlsx"), code: 1, out: `rejected   big.xlsx: too large: the file is larger than 8 MB`,
			err: `rejected`, changes: []string{"hr.db"}},
		{name: "a cell longer than a spreadsheet allows", cmd: "collect",
			setup: withSheet("long.xlsx", func(t *testing.T) []byte {
				return rezip(t, sheet(t), func(name string, data []byte) []byte {
					if strings.HasSuffix(name, "sharedStrings.xml") {
						return []byte(strings.Replace(string(data), "<t>", "<t>"+repeat("x", 40000), 1))
					}
					return data
				}, nil)
			}),
			args: collectArgs("long.xlsx"), code: 1, out: `more than a spreadsheet cell can \(32767 characters\)`, err: `long.xlsx: too large: shared string 1 holds more than a spreadsheet cell can`,
			changes: []string{"hr.db"}},
		{name: "a question ID changed to one the kit never held", cmd: "collect",
			setup: withSheet("q.xlsx", edited(func(t *testing.T, f *excelize.File) {
				rs := roundSheetName(t)
				id := testkit.BankKit(t, "mid", 3, "Ana López").Rounds[0].Questions[0].ID
				f.SetCellStr(rs, cellOf(t, f, rs, id, 1), "orm-n-plus-one")
			})),
			args: collectArgs("q.xlsx"), code: 1, out: `rejected   q.xlsx: 1 problem, nothing archived`,
			err: `q.xlsx: Kit: kit ID .* does not match the kit's facts and questions`, changes: []string{"hr.db"}},
		{name: "the seed changed", cmd: "collect",
			setup: withSheet("s.xlsx", edited(func(t *testing.T, f *excelize.File) {
				f.SetCellStr(scoresheet.KitSheet, cellOf(t, f, scoresheet.KitSheet, "42", 1), "43")
			})),
			args: collectArgs("s.xlsx"), code: 1, err: `does not match the kit's facts`, changes: []string{"hr.db"}},
		{name: "notes holding a terminal escape", cmd: "collect",
			setup: withSheet("n.xlsx", edited(func(t *testing.T, f *excelize.File) {
				rs := roundSheetName(t)
				at := cellOf(t, f, rs, scoresheet.ColumnNotes, 1)
				col, row, _ := excelize.CellNameToCoordinates(at)
				ref, _ := excelize.CoordinatesToCellName(col, row+1)
				f.SetCellStr(rs, ref, "fine\u009b2J")
			})),
			args: collectArgs("n.xlsx"), code: 1, err: `hold a control character \(U\+009B\)`, changes: []string{"hr.db"}},
		{name: "a round sheet renamed with a right-to-left override", cmd: "collect",
			setup: withSheet("r.xlsx", edited(func(t *testing.T, f *excelize.File) {
				rs := roundSheetName(t)
				evil := "core\u202Eexe"
				f.SetSheetName(rs, evil)
				f.SetCellStr(scoresheet.KitSheet, cellOf(t, f, scoresheet.KitSheet, rs, 1), evil)
			})),
			args: collectArgs("r.xlsx"), code: 1, err: `sheet name contains an invisible formatting character`, notErr: "\u202e",
			changes: []string{"hr.db"}},
	}
}

// collectArchiveCases: collects at once or killed, and archives that are not archives.
func collectArchiveCases(t *testing.T) []hostile {
	return []hostile{
		{name: "two collects of one file at once", cmd: "collect",
			setup: withSheet("a.xlsx", sheet),
			run: func(t *testing.T, dir string) []ran {
				var wg sync.WaitGroup
				res := make([]ran, 2)
				for i := range res {
					wg.Go(func() { res[i] = command(t, dir, collectArgs("a.xlsx")...) })
				}
				wg.Wait()
				if res[0].code != 0 || res[1].code != 0 {
					t.Errorf("exit codes %d and %d:\n%s\n%s", res[0].code, res[1].code, res[0].stderr, res[1].stderr)
				}
				return res
			},
			code: 0, out: `(?m)^(archived|unchanged|incomplete) `, changes: []string{"hr.db"},
			after: func(t *testing.T, dir string, _ ran) {
				r := command(t, dir, "export", "--archive", "hr.db")
				if n := strings.Count(r.stdout, "\n"); r.code != 0 || n != 4 {
					t.Errorf("the archive exports %d lines (want a header and 3 questions):\n%s%s", n, r.stdout, r.stderr)
				}
			}},
		{name: "killed mid-collect, then collected again", cmd: "collect",
			setup: func(t *testing.T, dir string) {
				for i := range 12 {
					put(t, dir, sprintf("in/s%02d.xlsx", i), sheetFor(t, sprintf("Candidate %d", i)))
				}
			},
			run: func(t *testing.T, dir string) []ran {
				killedCollect(t, dir)
				return []ran{command(t, dir, collectArgs("in")...)}
			},
			code: 0, out: `12 files into hr.db: `, changes: []string{"hr.db"},
			after: func(t *testing.T, dir string, _ ran) {
				a, err := archive.OpenExisting(filepath.Join(dir, "hr.db"))
				if err != nil {
					t.Fatal(err)
				}
				defer a.Close()
				if ps, err := a.Check(context.Background()); err != nil || len(ps) > 0 {
					t.Errorf("the archive after a kill: %v %v", ps, err)
				}
			}},
		{name: "another application's database as the archive", cmd: "collect",
			setup: both(sqliteFile("CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('mine')"), withSheet("a.xlsx", sheet)),
			args:  []string{"collect", "--archive", "other.db", "a.xlsx"}, code: 1,
			err:   `not an interviewkit archive: other.db is a SQLite database with other tables\n.*hint: --archive names the archive's own file`,
			after: noSidecars},
		{name: "a database marked by another application", cmd: "collect",
			setup: both(sqliteFile("PRAGMA application_id = 1179403589", "PRAGMA user_version = 3"), withSheet("a.xlsx", sheet)),
			args:  []string{"collect", "--archive", "other.db", "a.xlsx"}, code: 1,
			err: `other.db is another application's SQLite database \(application id 0x464c4545\)`, after: noSidecars},
		{name: "a database with a version but no mark", cmd: "collect",
			setup: both(sqliteFile("PRAGMA user_version = 7"), withSheet("a.xlsx", sheet)),
			args:  []string{"collect", "--archive", "other.db", "a.xlsx"}, code: 1,
			err: `other.db is another application's SQLite database \(schema version 7`, after: noSidecars},
		{name: "a folder as the archive", cmd: "collect",
			setup: both(withSheet("a.xlsx", sheet), func(t *testing.T, dir string) { putString(t, dir, "kits/x.txt", "") }),
			args:  []string{"collect", "--archive", "kits", "a.xlsx"}, code: 1,
			err: `not an interviewkit archive: kits is not a regular file \(a folder\)`},
		{name: "/dev/null as the archive", cmd: "collect",
			setup: withSheet("a.xlsx", sheet),
			args:  []string{"collect", "--archive", "/dev/null", "a.xlsx"}, code: 1, err: `/dev/null is not a regular file \(a device\)`},
		{name: "a named pipe as the archive", cmd: "collect",
			setup: both(withSheet("a.xlsx", sheet), func(t *testing.T, dir string) { fifo(t, dir, "hr.db") }),
			args:  collectArgs("a.xlsx"), code: 1, err: `hr.db is not a regular file \(a named pipe\)`},
		{name: "a text file as the archive", cmd: "collect",
			setup: both(withSheet("a.xlsx", sheet), func(t *testing.T, dir string) { putString(t, dir, "notes.txt", "my notes\n") }),
			args:  []string{"collect", "--archive", "notes.txt", "a.xlsx"}, code: 1, err: `notes.txt is not a SQLite database`},
		{name: "nothing to collect", cmd: "collect", args: collectHR, code: 2, err: `no files to collect`},
	}
}

// killedCollect starts a collect of dir/in and kills it with SIGKILL as
// soon as the archive exists.
func killedCollect(t *testing.T, dir string) {
	t.Helper()
	cmd := execCommand(dir, collectArgs("in")...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for range 2000 {
		if _, err := os.Stat(filepath.Join(dir, "hr.db")); err == nil {
			break
		}
		sleepBriefly()
	}
	cmd.Process.Kill()
	cmd.Wait()
}
