package kit

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors that callers branch on with errors.Is.
var (
	// ErrInvalidBank marks a bank with problems; the error is a *BankError.
	ErrInvalidBank = errors.New("invalid bank")
	// ErrUnknown marks a level, area, stage or question id the bank does not
	// define; the error is an *UnknownError.
	ErrUnknown = errors.New("unknown value")
	// ErrTooFew marks filters that leave too few questions; the error is a
	// *TooFewError.
	ErrTooFew = errors.New("too few questions")
)

// Problem is one thing wrong with a bank, located by file and line.
type Problem struct {
	File     string
	Line     int
	Question string // id of the question concerned, if any
	Msg      string
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Question != "" {
		fmt.Fprintf(&b, "question %q: ", p.Question)
	}
	b.WriteString(p.Msg)
	return b.String()
}

// BankError lists every problem found in a bank, not only the first.
type BankError struct {
	Problems []Problem
}

func (e *BankError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Is makes errors.Is(err, ErrInvalidBank) true.
func (e *BankError) Is(target error) bool { return target == ErrInvalidBank }

// UnknownError reports a value the bank does not define, with the valid ones
// and the closest match, if any is close.
type UnknownError struct {
	Kind    string // "level", "focus area", "stage", "question id"
	Value   string
	Valid   []string
	Closest string
}

func (e *UnknownError) Error() string {
	return fmt.Sprintf("unknown %s %q", e.Kind, e.Value)
}

// Hint says what would have been valid.
func (e *UnknownError) Hint() string {
	var b strings.Builder
	if e.Closest != "" {
		fmt.Fprintf(&b, "did you mean %q? ", e.Closest)
	}
	if len(e.Valid) <= 40 {
		fmt.Fprintf(&b, "valid %ss: %s", e.Kind, strings.Join(e.Valid, ", "))
	} else {
		fmt.Fprintf(&b, "the bank has %d %ss; run `interviewkit questions` to list them", len(e.Valid), e.Kind)
	}
	return b.String()
}

// Is makes errors.Is(err, ErrUnknown) true.
func (e *UnknownError) Is(target error) bool { return target == ErrUnknown }

func unknown(kind, value string, valid []string) *UnknownError {
	return &UnknownError{Kind: kind, Value: value, Valid: valid, Closest: Closest(value, valid)}
}

// TooFewError reports filters that leave fewer questions than asked for, with
// what each relaxed filter would leave.
type TooFewError struct {
	Round   string // round title, when selecting for a loop
	Filters string // the filters as a person typed them, "level=junior focus=security"
	Want    string // "12 questions" or "40 minutes of questions"
	Have    string // "5 questions (38 minutes)"
	Relax   []Relaxation
}

// Relaxation is one way out of a TooFewError: drop or widen a filter.
type Relaxation struct {
	Change string // "drop --stage", "use level mid"
	Have   int    // questions available after the change
}

func (e *TooFewError) Error() string {
	round := ""
	if e.Round != "" {
		round = fmt.Sprintf("round %q: ", e.Round)
	}
	verb := "match"
	if strings.HasPrefix(e.Have, "1 question") {
		verb = "matches"
	}
	return fmt.Sprintf("%sonly %s %s %s; asked for %s", round, e.Have, verb, e.Filters, e.Want)
}

// Hint names the filters to relax, best first.
func (e *TooFewError) Hint() string {
	if len(e.Relax) == 0 {
		return "ask for fewer questions or fewer minutes"
	}
	parts := make([]string, len(e.Relax))
	for i, r := range e.Relax {
		parts[i] = fmt.Sprintf("%s (%s)", r.Change, countOf(r.Have))
	}
	return "relax a filter: " + strings.Join(parts, "; ") + "; or ask for fewer questions or minutes"
}

// Is makes errors.Is(err, ErrTooFew) true.
func (e *TooFewError) Is(target error) bool { return target == ErrTooFew }
