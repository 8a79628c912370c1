package synth

import (
	"math/rand/v2"
	"strings"
)

// words are the body text of the test pages: plausible interview prose, so
// the page has text of the size and density of a real one.
var words = strings.Fields(`the candidate explains how a request reaches a view and where
middleware runs before and after it; asks which queries a page makes and
why the count grows with the rows; names select related for a foreign key
and prefetch related for many to many; knows when a migration locks a
table and how to add a column without downtime; tests the view with the
client and checks the status code, the template and the context; keeps
secrets out of settings and reads them from the environment; can say what
a transaction protects and where the race remains; talks through a time
they disagreed with a reviewer and what they changed afterwards`)

// sentence makes n words of prose from r.
func sentence(r *rand.Rand, n int) string {
	out := make([]string, n)
	for i := range out {
		out[i] = words[r.IntN(len(words))]
	}
	s := strings.Join(out, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}
