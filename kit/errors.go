package kit

import (
	"errors"
	"fmt"
	"strconv"
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
	return fmt.Sprintf("unknown %s %q", e.Kind, clipValue(e.Value))
}

// Hint says what would have been valid.
func (e *UnknownError) Hint() string {
	var b strings.Builder
	if e.Closest != "" {
		fmt.Fprintf(&b, "did you mean %q? ", e.Closest)
	}
	if e.Lists() {
		fmt.Fprintf(&b, "valid %ss: %s", e.Kind, strings.Join(e.Valid, ", "))
	} else {
		fmt.Fprintf(&b, "the bank has %d %ss", len(e.Valid), e.Kind)
	}
	return b.String()
}

// Lists reports whether Hint lists the valid values; when there are too
// many to list, a caller may say where to see them.
func (e *UnknownError) Lists() bool { return len(e.Valid) <= maxListed }

// maxListed is the most valid values a hint lists.
const maxListed = 40

// Is makes errors.Is(err, ErrUnknown) true.
func (e *UnknownError) Is(target error) bool { return target == ErrUnknown }

func unknown(kind, value string, valid []string) *UnknownError {
	return &UnknownError{Kind: kind, Value: value, Valid: valid, Closest: Closest(value, valid)}
}

// TooFewError reports filters that leave fewer questions than asked for, with
// what each relaxed filter would leave.
type TooFewError struct {
	Round   string // round title, when selecting for a loop
	Filters string // the filters by name, "level=junior focus=security"
	Want    string // "12 questions" or "40 minutes of questions"
	Have    string // "5 questions (38 minutes)"
	// Reason, when set, says what went wrong in place of "only Have match
	// Filters; asked for Want": no question fits the slot.
	Reason string
	Relax  []Relaxation
}

// Relaxation is one way out of a TooFewError, as data: a filter dropped or
// changed, or, for a round of a loop, the round widened, freed or
// shortened. String says it in kit's terms; a command line words the
// filters as its flags.
type Relaxation struct {
	Kind RelaxKind
	// Filter is the filter dropped or changed (FilterLevel, FilterFocus,
	// FilterStage or FilterExclude), and Value its new value for
	// ChangeFilter ("mid").
	Filter, Value string
	Rounds        []string // for FreeRounds: the rounds holding the questions
	Minutes       int      // for ShortenRound: the round's new length
	Have          int      // questions available after the change
}

// RelaxKind says what a Relaxation changes.
type RelaxKind int

// Relaxation kinds.
const (
	// DropFilter drops a filter: any stage, any focus area, no exclusions.
	DropFilter RelaxKind = iota
	// ChangeFilter gives a filter another value: the next level.
	ChangeFilter
	// WidenRound widens a loop round's focus to all areas.
	WidenRound
	// AllStages lets a loop round draw from every stage.
	AllStages
	// FreeRounds frees questions that other rounds of the loop hold.
	FreeRounds
	// ShortenRound shortens a loop round to Minutes.
	ShortenRound
	// LongerSlot makes a round's slot Minutes long, so a question fits.
	LongerSlot
	// LengthenRound makes a loop round Minutes long, so a question fits.
	LengthenRound
)

// The filters a selection applies, by the names TooFewError.Filters and
// Relaxation.Filter use.
const (
	FilterLevel   = "level"
	FilterFocus   = "focus"
	FilterStage   = "stage"
	FilterExclude = "exclude"
)

// String says the change in kit's terms: "drop the stage filter", "use
// level mid", "shorten the round to 40 minutes".
func (r Relaxation) String() string {
	switch r.Kind {
	case DropFilter:
		return "drop the " + r.Filter + " filter"
	case ChangeFilter:
		return "use " + r.Filter + " " + r.Value
	case WidenRound:
		return "widen the round's focus to all areas"
	case AllStages:
		return "let the round draw from every stage"
	case FreeRounds:
		quoted := make([]string, len(r.Rounds))
		for i, t := range r.Rounds {
			quoted[i] = strconv.Quote(t)
		}
		if len(quoted) == 1 {
			return "free questions that round " + quoted[0] + " holds (narrow or shorten it)"
		}
		return "free questions that rounds " + andList(quoted) + " hold (narrow or shorten them)"
	case ShortenRound:
		return fmt.Sprintf("shorten the round to %d minutes", r.Minutes)
	case LongerSlot:
		return fmt.Sprintf("make the slot %d minutes", r.Minutes)
	case LengthenRound:
		return fmt.Sprintf("lengthen the round to %d minutes", r.Minutes)
	}
	return fmt.Sprintf("relaxation %d", int(r.Kind))
}

func (e *TooFewError) Error() string {
	round := ""
	if e.Round != "" {
		round = fmt.Sprintf("round %q: ", e.Round)
	}
	if e.Reason != "" {
		return round + e.Reason
	}
	verb := "match"
	if strings.HasPrefix(e.Have, "1 question") {
		verb = "matches"
	}
	return fmt.Sprintf("%sonly %s %s %s; asked for %s", round, e.Have, verb, e.Filters, e.Want)
}

// Hint names the filters to relax, best first, in kit's terms.
func (e *TooFewError) Hint() string { return e.HintWith(Relaxation.String) }

// HintWith is Hint with each relaxation worded by word, so a command line
// can name its flags ("drop --stage").
func (e *TooFewError) HintWith(word func(Relaxation) string) string {
	if len(e.Relax) == 0 {
		return "ask for fewer questions or fewer minutes"
	}
	parts := make([]string, len(e.Relax))
	longer := false
	for i, r := range e.Relax {
		parts[i] = fmt.Sprintf("%s (%s)", word(r), countOf(r.Have))
		longer = longer || r.Kind == LongerSlot || r.Kind == LengthenRound
	}
	if longer {
		return "relax a filter or give it more time: " + strings.Join(parts, "; ")
	}
	return "relax a filter: " + strings.Join(parts, "; ") + "; or ask for fewer questions or minutes"
}

// Is makes errors.Is(err, ErrTooFew) true.
func (e *TooFewError) Is(target error) bool { return target == ErrTooFew }
