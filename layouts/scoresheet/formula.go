package scoresheet

// The formulas that mirror a rule of kit. Each is written once, here, and
// tested against its Go function in excelize's calculation engine and in
// LibreOffice (formula_test.go): a score cell as kit.ParseScore reads it,
// the recommendation as kit.Recommend makes it, and who is the same person
// as kit.PersonKey decides it.
//
// Formula habits that keep excelize, LibreOffice and Excel agreeing: only
// functions all three have, none that needs an _xlfn. prefix; text
// compared with EXACT or with = on text that is already lower case, never
// with MATCH or COUNTIF, where wildcards and regular expressions creep in;
// characters a formula's XML cannot hold literally (tabs, line breaks)
// written as CHAR of their ASCII code.

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/interviewkit/interviewkit/kit"
)

// countedFormula is 1 when the score cell holds a score kit.ParseScore
// accepts as given (1, 2, 3 or 4, typed as a number or as text), else 0:
// blank, N/A and anything typed past the dropdown are not scored. A number
// shows as its shortest decimal text (3.0 as "3"), as ParseScore reads it.
// A logical value is never a score; ISLOGICAL keeps it out, since
// LibreOffice stores TRUE as the number 1, and TRUE&"" gives "1" there.
func countedFormula(score string) string {
	return fmt.Sprintf(`IF(ISLOGICAL(%[1]s),0,IF(OR(%[1]s&""="1",%[1]s&""="2",%[1]s&""="3",%[1]s&""="4"),1,0))`, score)
}

// pointsFormula is the score as a number when counted, else empty.
func pointsFormula(counted, score string) string {
	return fmt.Sprintf(`IF(%s=1,VALUE(%s&""),"")`, counted, score)
}

// ruleFormula is kit.Recommend as a formula over the cells holding the
// average, the number scored and the number of questions, reading the
// thresholds from the Summary sheet and answering with the kit's labels.
func ruleFormula(average, scored, total string, l kit.RecommendationLabels) string {
	th := func(row int) string { return sheetRef(SummarySheet) + "$B$" + fmt.Sprint(row) }
	return fmt.Sprintf(`IF(OR(%[2]s=0,%[2]s<%[4]s*%[3]s),%[5]s,IF(%[1]s>=%[6]s,%[7]s,IF(%[1]s>=%[8]s,%[9]s,IF(%[1]s>=%[10]s,%[11]s,%[12]s))))`,
		average, scored, total, th(sumMinScoredRow), textLiteral(l.NoDecision),
		th(sumStrongYesRow), textLiteral(l.StrongYes), th(sumYesRow), textLiteral(l.Yes), th(sumNoRow),
		textLiteral(l.No), textLiteral(l.StrongNo))
}

// maxNesting is how many functions one person-key part nests: Excel allows
// 64 levels, and a part is wrapped in nothing else.
const maxNesting = 50

// personKeySteps are kit.PersonKey as a sequence of functions, each
// wrapping the expression before it: every kit.PersonSpaces character to a
// space; TRIM; fifteen halvings of runs of spaces, since TRIM collapses
// them in Excel and LibreOffice but not in excelize (2^15 exceeds a cell's
// 32,767 characters); every kit.PersonCapitals letter to its key; LOWER;
// every kit.PersonFolds letter to its fold.
var personKeySteps = sync.OnceValue(func() []func(string) string {
	sub := func(from, to string) func(string) string {
		return func(x string) string { return "SUBSTITUTE(" + x + "," + from + "," + to + ")" }
	}
	var steps []func(string) string
	for _, r := range kit.PersonSpaces() {
		steps = append(steps, sub(textLiteral(string(r)), `" "`))
	}
	steps = append(steps, func(x string) string { return "TRIM(" + x + ")" })
	for range 15 {
		steps = append(steps, sub(`"  "`, `" "`))
	}
	for _, c := range kit.PersonCapitals() {
		steps = append(steps, sub(textLiteral(string(c.From)), textLiteral(c.To)))
	}
	steps = append(steps, func(x string) string { return "LOWER(" + x + ")" })
	for _, f := range kit.PersonFolds() {
		steps = append(steps, sub(textLiteral(string(f.From)), textLiteral(f.To)))
	}
	return steps
})

// personKeyParts is how many formulas, each in a helper cell of its own,
// the person key takes.
func personKeyParts() int { return (len(personKeySteps()) + maxNesting - 1) / maxNesting }

// personKeyFormulas are the formulas of the person-key parts of the name in
// cell name: part 0 reads the name, part i the cell of part i-1, which
// part(i-1) names. The last part holds kit.PersonKey of the name.
func personKeyFormulas(name string, part func(i int) string) []string {
	steps := personKeySteps()
	out := make([]string, personKeyParts())
	for i := range out {
		x := name
		if i > 0 {
			x = part(i - 1)
		}
		for _, step := range steps[i*maxNesting : min(len(steps), (i+1)*maxNesting)] {
			x = step(x)
		}
		out[i] = x
	}
	return out
}

// personFormula is who ran round n as the Summary's formulas compare it:
// the key in cell key, or " round n" when the key is empty (the round
// names nobody), which no key can equal, since a key never starts with a
// space.
func personFormula(key string, n int) string {
	return fmt.Sprintf(`IF(%[1]s="",%[2]s,%[1]s)`, key, textLiteral(nobody(n)))
}

// nobody is the person key of round n when it names nobody.
func nobody(n int) string { return " round " + strconv.Itoa(n) }

// textLiteral is s as a formula's text: quoted, quotes doubled, and
// characters below space, which the file's XML cannot hold or would
// normalise, joined in as CHAR of their code.
func textLiteral(s string) string {
	var parts []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			parts = append(parts, `"`+strings.ReplaceAll(run.String(), `"`, `""`)+`"`)
			run.Reset()
		}
	}
	for _, r := range s {
		if r < ' ' {
			flush()
			parts = append(parts, "CHAR("+strconv.Itoa(int(r))+")")
			continue
		}
		run.WriteRune(r)
	}
	flush()
	if len(parts) == 0 {
		return `""`
	}
	return strings.Join(parts, "&")
}
