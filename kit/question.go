package kit

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
)

// Question is one thing an interviewer asks, with what it takes to judge the
// answer on the spot. Field names match the bank's YAML and the JSON output.
type Question struct {
	ID        string   `yaml:"id" json:"id"`
	Text      string   `yaml:"question" json:"question"`
	Stage     string   `yaml:"stage" json:"stage"`
	Areas     []string `yaml:"areas" json:"areas"`
	Levels    []string `yaml:"levels" json:"levels"`
	Minutes   int      `yaml:"minutes" json:"minutes"`
	Weight    float64  `yaml:"weight,omitempty" json:"weight,omitempty"` // 0: not set, which counts as 1
	Why       string   `yaml:"why" json:"why"`
	KeyPoints []string `yaml:"key_points" json:"key_points"`
	FollowUps []string `yaml:"follow_ups" json:"follow_ups"`
	RedFlags  []string `yaml:"red_flags" json:"red_flags"`
	Rubric    Rubric   `yaml:"rubric" json:"rubric"`
	// VersionNote says, in one line, from which version of the framework or
	// language the expected answer holds, so an interviewer knows why a
	// candidate on an older release answers differently. Empty when the
	// answer does not depend on a version.
	VersionNote string `yaml:"version_note,omitempty" json:"version_note,omitempty"`
	// STAR holds the situation, task, action and result probes of a
	// behavioural prompt; other questions leave it empty.
	STAR *STAR `yaml:"star,omitempty" json:"star,omitempty"`
	// Code holds the listings the question is about, printed verbatim
	// with line numbers in the packet and on the candidate's handout.
	Code []Listing `yaml:"code,omitempty" json:"code,omitempty"`
	// Handout is what the candidate gets on paper besides the listings:
	// the exercise, its constraints, sample data. Paragraphs are separated
	// by blank lines; a line starting with "- " is a list item.
	Handout string `yaml:"handout,omitempty" json:"handout,omitempty"`
	// Script is what the interviewer reveals when asked during a
	// simulation or design exercise: numbers, error messages, "if they ask
	// about X, say Y". It is never printed for the candidate.
	Script []string `yaml:"script,omitempty" json:"script,omitempty"`

	// File and Line locate the question in its bank, for messages.
	File string `yaml:"-" json:"-"`
	Line int    `yaml:"-" json:"-"`
}

// Rubric holds the four behaviourally anchored score descriptions, index 0
// for score 1 (no evidence) up to index 3 for score 4 (exceptional).
type Rubric [4]string

// Anchor returns the description for a score from 1 to 4.
func (r Rubric) Anchor(score int) string {
	if score < 1 || score > 4 {
		return ""
	}
	return r[score-1]
}

// MarshalJSON writes the rubric as {"1": ..., "4": ...}, as the bank spells it.
func (r Rubric) MarshalJSON() ([]byte, error) {
	m := make(map[string]string, 4)
	for i, s := range r {
		m[strconv.Itoa(i+1)] = s
	}
	return json.Marshal(m)
}

// STAR is the set of probes that keep a behavioural answer concrete.
type STAR struct {
	Situation string `yaml:"situation" json:"situation"`
	Task      string `yaml:"task" json:"task"`
	Action    string `yaml:"action" json:"action"`
	Result    string `yaml:"result" json:"result"`
}

// ScoreWeight is the question's weight in the overall score: 1 unless the
// bank says otherwise.
func (q *Question) ScoreWeight() float64 {
	if q.Weight <= 0 {
		return 1
	}
	return q.Weight
}

// HasLevel reports whether the question suits the level.
func (q *Question) HasLevel(id string) bool { return slices.Contains(q.Levels, id) }

// HasArea reports whether the question assesses the area.
func (q *Question) HasArea(id string) bool { return slices.Contains(q.Areas, id) }

// HasAnyArea reports whether the question assesses any of the areas; an empty
// list matches every question.
func (q *Question) HasAnyArea(ids []string) bool {
	if len(ids) == 0 {
		return true
	}
	return slices.ContainsFunc(ids, q.HasArea)
}

// Where names the question's place in its bank, "file:line".
func (q *Question) Where() string { return fmt.Sprintf("%s:%d", q.File, q.Line) }
