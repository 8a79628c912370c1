package layouts_test

import (
	"flag"

	"github.com/interviewkit/interviewkit/internal/testkit"
)

// update rewrites the golden files under testdata: go test ./layouts -update.
// (update and lineDiff were declared in the scoresheet tests, which moved
// to layouts/scoresheet.)
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// lineDiff shows the first lines that differ.
func lineDiff(want, got string) string { return testkit.LineDiff(want, got) }
