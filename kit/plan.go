package kit

// PlanItem kinds.
const (
	ItemIntro     = "intro"
	ItemQuestion  = "question"
	ItemBuffer    = "buffer"
	ItemCandidate = "candidate"
	ItemClose     = "close"
)

// TimePlan is the minute-by-minute running order of a round. Its items add
// up to Total, the slot.
type TimePlan struct {
	Items []PlanItem
	Total int
}

// PlanItem is one line of a time plan. Question is set for question items
// and nil otherwise.
type PlanItem struct {
	Kind     string
	Label    string
	Start    int // minutes from the start of the slot
	Minutes  int
	Question *Question
}

// For returns the timing for a slot. A slot shorter than the short-slot
// limit (Timing.Short, DefaultShortSlot unless the bank sets its own: 40
// minutes, capping the intro at 3, the candidate's questions at 5 and the
// close at 2) spends at most the capped minutes outside its questions.
func (t Timing) For(slot int) Timing {
	s := t.Short
	if s == (ShortSlot{}) {
		s = DefaultShortSlot
	}
	if slot > 0 && slot < s.Under {
		t.Intro = min(t.Intro, s.Intro)
		t.CandidateQuestions = min(t.CandidateQuestions, s.CandidateQuestions)
		t.Close = min(t.Close, s.Close)
	}
	return t
}

// Overhead is the time a round spends outside the bank's questions.
func (t Timing) Overhead() int { return t.Intro + t.CandidateQuestions + t.Close }

// NewPlan lays questions out in a slot of the given minutes. When slot is 0
// it is the questions' time plus the overhead; when the questions leave time
// over, a buffer for deeper follow-ups takes it, so the plan always adds up.
func NewPlan(timing Timing, qs []*Question, slot int) TimePlan {
	t := timing.For(slot)
	var p TimePlan
	add := func(kind, label string, mins int, q *Question) {
		if mins <= 0 {
			return
		}
		p.Items = append(p.Items, PlanItem{Kind: kind, Label: label, Start: p.Total, Minutes: mins, Question: q})
		p.Total += mins
	}
	add(ItemIntro, "Introductions and the round's format", t.Intro, nil)
	for _, q := range qs {
		add(ItemQuestion, q.Text, q.Minutes, q)
	}
	if slot > 0 {
		add(ItemBuffer, "Buffer for deeper follow-ups", slot-p.Total-t.CandidateQuestions-t.Close, nil)
	}
	add(ItemCandidate, "The candidate's questions", t.CandidateQuestions, nil)
	add(ItemClose, "Close: next steps and thanks", t.Close, nil)
	return p
}
