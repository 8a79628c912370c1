package testkit

import (
	"os"
	"os/exec"
	"testing"
)

// CI reports whether the tests run under CI (the CI environment variable is
// set), where every outside program must be present.
func CI() bool { return os.Getenv("CI") != "" }

// NeedTools skips the test with -short, and unless every named program is
// installed; under CI a missing program fails the test instead. install
// says how to get them, e.g. "apt-get install poppler-utils qpdf".
func NeedTools(t testing.TB, install string, names ...string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("needs %v; skipped with -short", names)
	}
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if CI() {
				t.Fatalf("%s is not installed, and CI must run every check (%s)", n, install)
			}
			t.Skipf("%s is not installed (%s)", n, install)
		}
	}
}

// NeedPython3Module is NeedTools for a Python module run by python3, such
// as openpyxl.
func NeedPython3Module(t testing.TB, module, install string) string {
	t.Helper()
	NeedTools(t, install, "python3")
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(py); err == nil && exec.Command(path, "-c", "import "+module).Run() == nil {
			return path
		}
	}
	if CI() {
		t.Fatalf("python3 cannot import %s, and CI must run every check (%s)", module, install)
	}
	t.Skipf("python3 cannot import %s (%s)", module, install)
	return ""
}
