package archive

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/scoresheet"
	"github.com/xuri/excelize/v2"
)

// roundPlans are the rounds test kits draw from, in loop order.
var roundPlans = []struct {
	title, interviewer string
	stages             []string
}{
	{"Django core", "Bo Svensson", []string{"django-core"}},
	{"Advanced Django", "Chidi Okafor", []string{"advanced"}},
	{"System design", "Dana Ivanova", []string{"system-practical"}},
	{"Behavioural", "Eli Cohen", []string{"behavioral"}},
}

// newKit builds a kit of n rounds (1-4) of three questions each, as
// generate or loop would, for candidate on date (YYYY-MM-DD).
func newKit(t testing.TB, candidate, date string, n int, seed uint64) *kit.Kit {
	t.Helper()
	return newKitN(t, candidate, date, n, 3, seed)
}

// newKitN is newKit with count questions a round.
func newKitN(t testing.TB, candidate, date string, n, count int, seed uint64) *kit.Kit {
	t.Helper()
	b := testkit.Bank(t)
	day, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatal(err)
	}
	taken := map[string]bool{}
	var rounds []kit.Round
	for _, p := range roundPlans[:n] {
		sel, err := kit.Select(b, kit.Criteria{Level: "senior", Stages: p.stages, Count: count, Seed: seed, Taken: taken, Round: p.title})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range sel.Questions {
			taken[q.ID] = true
		}
		rounds = append(rounds, kit.Round{Title: p.title, Interviewer: p.interviewer, Selection: *sel})
	}
	k := &kit.Kit{Candidate: candidate, Level: rounds[0].Level, Date: day, Seed: seed, Rounds: rounds,
		BankTitle: b.Title, BankVersion: b.Version, ToolVersion: "test"}
	k.Finish()
	return k
}

// blankSheet returns k's blank scoresheet.
func blankSheet(t testing.TB, k *kit.Kit) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := scoresheet.Write(&buf, k); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFile writes b to dir/name and returns the path.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// sheetFill is what a person types into one round sheet.
type sheetFill struct {
	Interviewer    *string           `json:"interviewer,omitempty"`
	Recommendation *string           `json:"recommendation,omitempty"`
	Scores         map[string]any    `json:"scores,omitempty"` // question id -> 3, "N/A", "three", 2.5, nil
	Notes          map[string]any    `json:"notes,omitempty"`
	Labels         map[string]string `json:"labels,omitempty"` // label -> value, to tamper with the block
}

// fillJob fills one file into another.
type fillJob struct {
	In     string               `json:"in"`
	Out    string               `json:"out"`
	Sheets map[string]sheetFill `json:"sheets"`
	Kit    map[string]string    `json:"kit,omitempty"` // Kit sheet label -> value
}

func ptr[T any](v T) *T { return &v }

// fillWithOpenpyxl runs the jobs through testdata/fill_openpyxl.py, so the
// files are filled by another program than ours; it needs python3 with
// openpyxl (testkit.NeedPython3Module).
func fillWithOpenpyxl(t testing.TB, jobs ...fillJob) {
	t.Helper()
	python := testkit.NeedPython3Module(t, "openpyxl", "apt-get install python3-openpyxl")
	in, err := json.Marshal(jobs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "testdata/fill_openpyxl.py")
	cmd.Stdin = bytes.NewReader(in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("fill_openpyxl.py: %v\n%s", err, out)
	}
}

// fillWithExcelize fills a scoresheet in Go, finding cells by label and
// header as any reader must; it is quick enough for a thousand files.
func fillWithExcelize(t testing.TB, blank []byte, sheets map[string]sheetFill) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(blank))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for name, spec := range sheets {
		fillSheet(t, f, name, spec)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// roundSheet is where a round sheet's cells are: its rows, the header
// row's index and each header name's column, all zero-based.
type roundSheet struct {
	rows [][]string
	head int
	cols map[string]int
}

// findRoundSheet finds a round sheet's header row, the one holding ID and
// Score.
func findRoundSheet(t testing.TB, f *excelize.File, name string) roundSheet {
	t.Helper()
	rows, err := f.GetRows(name)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		cols := map[string]int{}
		for c, v := range row {
			cols[v] = c
		}
		_, score := cols[scoresheet.ColumnScore]
		_, id := cols[scoresheet.ColumnID]
		if score && id {
			return roundSheet{rows: rows, head: r, cols: cols}
		}
	}
	t.Fatalf("%s: no header row", name)
	return roundSheet{}
}

// label is the cell right of a label above the header row.
func (rs roundSheet) label(t testing.TB, sheet, l string) string {
	t.Helper()
	for r := 0; r < rs.head; r++ {
		for c, v := range rs.rows[r] {
			if v == l {
				return cellRef(t, c+1, r)
			}
		}
	}
	t.Fatalf("%s: no label %q", sheet, l)
	return ""
}

// questionRows maps question IDs to their zero-based rows.
func (rs roundSheet) questionRows() map[string]int {
	rowOf := map[string]int{}
	id := rs.cols[scoresheet.ColumnID]
	for r := rs.head + 1; r < len(rs.rows) && id < len(rs.rows[r]) && rs.rows[r][id] != ""; r++ {
		rowOf[rs.rows[r][id]] = r
	}
	return rowOf
}

// cellRef is the A1 name of a zero-based column and row.
func cellRef(t testing.TB, col, row int) string {
	t.Helper()
	ref, err := excelize.CoordinatesToCellName(col+1, row+1)
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

// fillSheet types spec into the round sheet name.
func fillSheet(t testing.TB, f *excelize.File, name string, spec sheetFill) {
	t.Helper()
	rs := findRoundSheet(t, f, name)
	set := func(ref string, v any) {
		var err error
		switch v := v.(type) {
		case nil:
			err = f.SetCellValue(name, ref, nil)
		case string:
			err = f.SetCellStr(name, ref, v)
		default:
			err = f.SetCellValue(name, ref, v)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if spec.Interviewer != nil {
		set(rs.label(t, name, scoresheet.LabelInterviewer), *spec.Interviewer)
	}
	if spec.Recommendation != nil {
		set(rs.label(t, name, scoresheet.LabelInterviewerCall), *spec.Recommendation)
	}
	for l, v := range spec.Labels {
		set(rs.label(t, name, l), v)
	}
	rowOf := rs.questionRows()
	for id, v := range spec.Scores {
		r, ok := rowOf[id]
		if !ok {
			t.Fatalf("%s: no question %s", name, id)
		}
		set(cellRef(t, rs.cols[scoresheet.ColumnScore], r), v)
	}
	for id, v := range spec.Notes {
		set(cellRef(t, rs.cols[scoresheet.ColumnNotes], rowOf[id]), v)
	}
}

// fullFill scores every question of k: a pattern of 1-4 that depends on
// salt, one N/A per round, a note, the interviewer's call.
func fullFill(k *kit.Kit, salt int) map[string]sheetFill {
	sheets := map[string]sheetFill{}
	names := scoresheet.RoundSheetNames(k)
	for i, r := range k.Rounds {
		s := sheetFill{Recommendation: ptr(k.Policy.Rule.Labels.List()[(salt+i)%4]), Scores: map[string]any{}, Notes: map[string]any{}}
		for j, q := range r.Questions {
			s.Scores[q.ID] = 1 + (salt+i+j)%4
			s.Notes[q.ID] = fmt.Sprintf("note %d.%d", i+1, j+1)
		}
		s.Scores[r.Questions[len(r.Questions)-1].ID] = kit.ScoreNA
		sheets[names[i]] = s
	}
	return sheets
}

// backend is a database the archive runs on, for tests that run on each.
type backend struct {
	name string
	// archive names a new, empty archive: a file in a temporary folder,
	// or a PostgreSQL schema of its own (which skips the test when there
	// is no server; see testkit.Postgres).
	archive func(t testing.TB) string
}

// backends are SQLite, always, and PostgreSQL when a server is given.
var backends = []backend{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "archive.db") }},
	{"postgres", func(t testing.TB) string { return testkit.Postgres(t) }},
}

// forEachBackend runs test as a subtest on each backend.
func forEachBackend(t *testing.T, test func(t *testing.T, b backend)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { test(t, b) })
	}
}

// openTest opens a fresh archive on b with a clock that ticks a second per
// call.
func openTest(t testing.TB, b backend) *Archive {
	t.Helper()
	a, err := Open(b.archive(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	clock := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	a.now = func() time.Time { clock = clock.Add(time.Second); return clock }
	return a
}

// collectAll collects paths and returns the results in order.
func collectAll(t testing.TB, a *Archive, paths ...string) []Result {
	t.Helper()
	var out []Result
	if err := a.CollectFiles(context.Background(), paths, func(r Result) { out = append(out, r) }); err != nil {
		t.Fatal(err)
	}
	return out
}

// dump lists every row of every table, for comparing archives.
func dump(t testing.TB, a *Archive) string {
	t.Helper()
	var b strings.Builder
	for _, table := range []string{"kits", "versions", "scores", "page_scans"} {
		rows, err := a.db.Query("SELECT * FROM " + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprint(vals...))
		}
		rows.Close()
		sort.Strings(lines)
		fmt.Fprintf(&b, "%s:\n%s\n", table, strings.Join(lines, "\n"))
	}
	return b.String()
}

// mustCheck fails the test when the archive is inconsistent.
func mustCheck(t testing.TB, a *Archive) {
	t.Helper()
	problems, err := a.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("archive inconsistent:\n%s", strings.Join(problems, "\n"))
	}
}

// openExcelize opens a workbook from bytes.
func openExcelize(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func excelizeProperty(name, value string) excelize.CustomProperty {
	return excelize.CustomProperty{Name: name, Value: value}
}

// randomBytes returns n bytes of a fixed pseudo-random sequence.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// zipBomb is a small zip that declares a 16 GB worksheet.
func zipBomb(t testing.TB) []byte {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(make([]byte, 1<<20))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("[Content_Types].xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<?xml version="1.0"?><Types/>`))
	w, err = zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: 16 << 30})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// blankWorkbook is an empty workbook, not a scoresheet.
func blankWorkbook(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
