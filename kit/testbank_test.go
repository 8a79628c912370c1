package kit_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interviewkit/interviewkit/kit"
)

// taxonomyYAML is a small taxonomy for tests: four levels, four areas,
// three stages (the last behavioural).
const taxonomyYAML = `bank:
  title: Test role
  role: Tester
  description: A bank for tests.
levels:
  - {id: junior, title: Junior, years: 0-2 y, description: New.}
  - {id: mid, title: Mid, years: 2-5 y, description: Middle.}
  - {id: senior, title: Senior, years: 5-8 y, description: Seasoned.}
  - {id: lead, title: Lead, years: 8+ y, description: Leads.}
areas:
  - {id: orm, title: ORM, description: Queries.}
  - {id: security, title: Security, description: Attacks.}
  - {id: apis, title: APIs, description: Endpoints.}
  - {id: testing, title: Testing, description: Tests.}
stages:
  - {id: screen, title: Screen, description: Warm-up.}
  - {id: core, title: Core, description: The framework.}
  - {id: people, title: People, description: Behaviour., star: true}
timing: {intro: 5, candidate_questions: 10, close: 5}
loop:
  - title: Screen
    stages: [screen]
    minutes: {junior: 45, mid: 45, senior: 45, lead: 45}
`

// question renders one valid question in YAML.
func question(id, stage string, areas, levels []string, minutes int) string {
	star := ""
	if stage == "people" {
		star = "\n    star: {situation: S, task: T, action: A, result: R}"
	}
	return fmt.Sprintf(`  - id: %s
    question: What about %s?
    stage: %s
    areas: [%s]
    levels: [%s]
    minutes: %d
    why: Reveals %s.
    key_points: [one, two, three]
    follow_ups: [go deeper]
    red_flags: [wrong]
    rubric:
      1: nothing
      2: some
      3: solid
      4: deep%s
`, id, id, stage, strings.Join(areas, ", "), strings.Join(levels, ", "), minutes, id, star)
}

// testBank builds a bank of 45 questions: for each area, stage "core",
// questions at every level, plus screen and people questions.
func testBank(t testing.TB) *kit.Bank {
	t.Helper()
	var b strings.Builder
	b.WriteString("questions:\n")
	levels := [][]string{{"junior", "mid"}, {"mid", "senior"}, {"senior", "lead"}, {"junior", "mid", "senior", "lead"}}
	for _, area := range []string{"orm", "security", "apis", "testing"} {
		for i, lv := range levels {
			b.WriteString(question(fmt.Sprintf("%s-core-%d", area, i), "core", []string{area}, lv, 5+i))
			b.WriteString(question(fmt.Sprintf("%s-core-x%d", area, i), "core", []string{area}, lv, 10))
		}
		b.WriteString(question(area+"-screen-1", "screen", []string{area}, levels[3], 5))
		b.WriteString(question(area+"-screen-2", "screen", []string{area}, levels[0], 6))
		b.WriteString(question(area+"-people", "people", []string{area}, levels[3], 10))
	}
	b.WriteString(question("orm-security-both", "core", []string{"orm", "security"}, levels[3], 8))
	fsys := fstest.MapFS{
		"taxonomy.yaml":  {Data: []byte(taxonomyYAML)},
		"questions.yaml": {Data: []byte(b.String())},
	}
	bank, err := kit.Load(fsys, "testbank")
	if err != nil {
		t.Fatalf("test bank: %v", err)
	}
	return bank
}
