package testkit

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// NeedLibreOffice is NeedTools for LibreOffice's soffice.
func NeedLibreOffice(t testing.TB) {
	t.Helper()
	NeedTools(t, "apt-get install --no-install-recommends libreoffice-calc", "soffice")
}

// Values are a workbook's computed values: for each sheet, by name, its
// rows of cells as text, as LibreOffice writes them to CSV.
type Values map[string][][]string

// Recalc recalculates workbooks in LibreOffice and returns each one's
// computed values, in order. LibreOffice is slow to start, so every
// workbook goes through one run of tool, the xlsx-values script (a test
// passes its copy under testdata), which forces a full recalculation and
// writes each sheet as CSV. It needs soffice as NeedTools does: skipped
// with -short or when missing, failed under CI.
func Recalc(t testing.TB, tool string, workbooks ...[]byte) []Values {
	t.Helper()
	NeedLibreOffice(t)
	if _, err := os.Stat(tool); err != nil {
		t.Fatalf("LibreOffice is installed but the recalculation script is missing: %v", err)
	}
	dir := t.TempDir()
	args := make([]string, 0, len(workbooks)+1)
	for i, b := range workbooks {
		name := filepath.Join(dir, fmt.Sprintf("book%03d.xlsx", i))
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, name)
	}
	out := filepath.Join(dir, "values")
	if msg, err := exec.Command(tool, append(args, out)...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, msg)
	}
	values := make([]Values, len(workbooks))
	for i := range workbooks {
		prefix := fmt.Sprintf("book%03d-", i)
		files, _ := filepath.Glob(filepath.Join(out, prefix+"*.csv"))
		if len(files) == 0 {
			t.Fatalf("LibreOffice wrote no values for workbook %d", i)
		}
		values[i] = Values{}
		for _, name := range files {
			sheet := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), prefix), ".csv")
			values[i][sheet] = readCSV(t, name)
		}
	}
	return values
}

func readCSV(t testing.TB, name string) [][]string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}
