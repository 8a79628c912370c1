package xlsx

import (
	"strings"
	"testing"
)

func TestCellRefsReadAndWriteA1(t *testing.T) {
	tests := []struct {
		ref      string
		col, row int
		ok       bool
	}{
		{"A1", 0, 0, true},
		{"H7", 7, 6, true},
		{"z10", 25, 9, true},
		{"AA1", 26, 0, true},
		{"XFD1048576", 16383, 1048575, true},
		{"H", 7, -1, true},
		{"", 0, 0, false},
		{"7", 0, 0, false},
		{"A0", 0, 0, false},
		{"A-1", 0, 0, false},
		{"ABCDE1", 0, 0, false},
	}
	for _, tt := range tests {
		col, row, ok := parseCellRef(tt.ref)
		if ok != tt.ok || ok && (col != tt.col || row != tt.row) {
			t.Errorf("parseCellRef(%q) = %d, %d, %v; want %d, %d, %v", tt.ref, col, row, ok, tt.col, tt.row, tt.ok)
		}
		if ok && row >= 0 && !strings.EqualFold(cellRef(col, row), tt.ref) {
			t.Errorf("cellRef(%d, %d) = %q, want %q", col, row, cellRef(col, row), tt.ref)
		}
	}
}
