package kit

import (
	"slices"
	"strings"
)

// Level is a seniority band a question suits, such as "junior (0-2 y)".
type Level struct {
	ID          string `yaml:"id" json:"id"`
	Title       string `yaml:"title" json:"title"`
	Years       string `yaml:"years" json:"years"`
	Description string `yaml:"description" json:"description"`
}

// Area is a focus area a question assesses, such as the ORM or security.
type Area struct {
	ID          string `yaml:"id" json:"id"`
	Title       string `yaml:"title" json:"title"`
	Description string `yaml:"description" json:"description"`
}

// Stage is a round of a typical interview loop. Stages are listed in the
// order an interview runs, so the position of a stage orders questions.
type Stage struct {
	ID          string `yaml:"id" json:"id"`
	Title       string `yaml:"title" json:"title"`
	Description string `yaml:"description" json:"description"`
	// STAR marks a behavioural stage: its prompts must carry situation,
	// task, action and result probes.
	STAR bool `yaml:"star" json:"star,omitempty"`
}

// Taxonomy is the vocabulary a bank defines for itself, so a team can write a
// bank for another role without touching Go. Order is meaningful: levels run
// from least to most senior, stages in interview order.
type Taxonomy struct {
	Levels []Level `json:"levels"`
	Areas  []Area  `json:"areas"`
	Stages []Stage `json:"stages"`
}

// Level returns the level with the given id.
func (t *Taxonomy) Level(id string) (Level, bool) {
	i := slices.IndexFunc(t.Levels, func(l Level) bool { return l.ID == id })
	if i < 0 {
		return Level{}, false
	}
	return t.Levels[i], true
}

// Area returns the area with the given id.
func (t *Taxonomy) Area(id string) (Area, bool) {
	i := slices.IndexFunc(t.Areas, func(a Area) bool { return a.ID == id })
	if i < 0 {
		return Area{}, false
	}
	return t.Areas[i], true
}

// Stage returns the stage with the given id.
func (t *Taxonomy) Stage(id string) (Stage, bool) {
	i := slices.IndexFunc(t.Stages, func(s Stage) bool { return s.ID == id })
	if i < 0 {
		return Stage{}, false
	}
	return t.Stages[i], true
}

// LevelIndex is the position of a level from least senior, or -1.
func (t *Taxonomy) LevelIndex(id string) int {
	return slices.IndexFunc(t.Levels, func(l Level) bool { return l.ID == id })
}

// AreaIndex is the position of an area in the bank's list, or -1.
func (t *Taxonomy) AreaIndex(id string) int {
	return slices.IndexFunc(t.Areas, func(a Area) bool { return a.ID == id })
}

// StageIndex is the position of a stage in interview order, or -1.
func (t *Taxonomy) StageIndex(id string) int {
	return slices.IndexFunc(t.Stages, func(s Stage) bool { return s.ID == id })
}

// LevelIDs lists the level ids in order.
func (t *Taxonomy) LevelIDs() []string { return ids(t.Levels, func(l Level) string { return l.ID }) }

// AreaIDs lists the area ids in order.
func (t *Taxonomy) AreaIDs() []string { return ids(t.Areas, func(a Area) string { return a.ID }) }

// StageIDs lists the stage ids in order.
func (t *Taxonomy) StageIDs() []string { return ids(t.Stages, func(s Stage) string { return s.ID }) }

func ids[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

// ResolveLevel checks a level id given by a person. An unknown id yields an
// *UnknownError listing the valid ids and the closest one.
func (t *Taxonomy) ResolveLevel(id string) (Level, error) {
	id = normalizeID(id)
	if l, ok := t.Level(id); ok {
		return l, nil
	}
	return Level{}, unknown("level", id, t.LevelIDs())
}

// ResolveAreas checks area ids given by a person (duplicates dropped, order
// kept). Every unknown id is reported in one *UnknownError.
func (t *Taxonomy) ResolveAreas(list []string) ([]Area, error) {
	var out []Area
	for _, id := range cleanList(list) {
		a, ok := t.Area(id)
		if !ok {
			return nil, unknown("focus area", id, t.AreaIDs())
		}
		out = append(out, a)
	}
	return out, nil
}

// ResolveStages checks stage ids given by a person and returns them in
// interview order.
func (t *Taxonomy) ResolveStages(list []string) ([]Stage, error) {
	var out []Stage
	for _, id := range cleanList(list) {
		s, ok := t.Stage(id)
		if !ok {
			return nil, unknown("stage", id, t.StageIDs())
		}
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b Stage) int { return t.StageIndex(a.ID) - t.StageIndex(b.ID) })
	return out, nil
}

// cleanList splits comma-separated entries, trims, lowercases and removes
// duplicates, keeping first-seen order.
func cleanList(list []string) []string {
	var out []string
	for _, item := range list {
		for _, part := range strings.Split(item, ",") {
			id := normalizeID(part)
			if id != "" && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

func normalizeID(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}
