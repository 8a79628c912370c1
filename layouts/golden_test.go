package layouts_test

// Golden files of the PDF documents under testdata/packet: a PDF's SHA-256
// and its text as pdftotext reads it. go test ./layouts -update rewrites
// them.

import (
	"flag"

	"github.com/interviewkit/interviewkit/internal/testkit"
)

// The -update flag is defined here unless another test file of the package
// defines it first (package variables are set before init runs), so the
// flag stays whichever test files share the package.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

// updating reports whether the tests run with -update.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// textDiff shows the first lines that differ.
func textDiff(want, got string) string { return testkit.LineDiff(want, got) }
