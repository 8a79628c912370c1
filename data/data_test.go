package data_test

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/interviewkit/interviewkit/data"
)

// TestFilesMatchSchema checks every embedded bank file against
// docs/bank.schema.json, the schema editors use while a person types, so the
// schema and the loader cannot drift apart unnoticed.
func TestFilesMatchSchema(t *testing.T) { filesMatchSchema(t, data.FS) }

// TestExampleBankMatchesSchema checks the example bank for another role,
// examples/sre-bank, as the embedded bank is checked.
func TestExampleBankMatchesSchema(t *testing.T) {
	filesMatchSchema(t, os.DirFS("../examples/sre-bank"))
}

// bankSchema is docs/bank.schema.json, compiled.
func bankSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../docs/bank.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("bank.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("bank.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// filesMatchSchema checks every .yaml file of fsys against the schema.
func filesMatchSchema(t *testing.T, fsys fs.FS) {
	schema := bankSchema(t)
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no bank files: %v", err)
	}
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := yaml.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := schema.Validate(jsonable(v)); err != nil {
			t.Errorf("%s does not match the schema: %v", name, err)
		}
	}
}

// TestSchemaRejectsMistakes makes sure the schema is not vacuous: typical
// mistakes a person types must fail it.
func TestSchemaRejectsMistakes(t *testing.T) {
	f, _ := os.Open("../docs/bank.schema.json")
	defer f.Close()
	doc, _ := jsonschema.UnmarshalJSON(f)
	c := jsonschema.NewCompiler()
	c.AddResource("bank.schema.json", doc)
	schema, err := c.Compile("bank.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	good := `questions:
  - id: a-b
    question: Q?
    stage: core
    areas: [orm]
    levels: [mid]
    minutes: 5
    why: W.
    key_points: [a, b, c]
    follow_ups: [f]
    red_flags: [r]
    rubric: {1: a, 2: b, 3: c, 4: d}
`
	mistakes := map[string][2]string{
		"unknown field":  {"    why: W.\n", "    why: W.\n    whyy: x\n"},
		"minutes text":   {"minutes: 5", "minutes: five"},
		"two key points": {"[a, b, c]", "[a, b]"},
		"rubric of 3":    {"{1: a, 2: b, 3: c, 4: d}", "{1: a, 2: b, 3: c}"},
		"id not kebab":   {"id: a-b", "id: A_B"},
		"long note":      {"    why: W.\n", "    why: W.\n    version_note: " + strings.Repeat("v", 161) + "\n"},
		"two-line note":  {"    why: W.\n", "    why: W.\n    version_note: \"New in 6.0.\\nBefore, Celery.\"\n"},
		"wide listing":   {"    why: W.\n", "    why: W.\n    code: [{language: sql, text: \"SELECT 1;\\n" + strings.Repeat("x", 89) + "\"}]\n"},
		"listing tab":    {"    why: W.\n", "    why: W.\n    code: [{language: sql, text: \"SELECT\\t1;\"}]\n"},
		"listing lang":   {"    why: W.\n", "    why: W.\n    code: [{language: pyhton, text: x = 1}]\n"},
	}
	check := func(text string) error {
		var v any
		if err := yaml.Unmarshal([]byte(text), &v); err != nil {
			return err
		}
		return schema.Validate(jsonable(v))
	}
	if err := check(good); err != nil {
		t.Fatalf("good question rejected: %v", err)
	}
	listing := "    code: [{language: sql, title: q.sql, text: \"SELECT 1;\\n" + strings.Repeat("x", 88) + "\"}]\n"
	if err := check(good + listing); err != nil {
		t.Fatalf("good listing rejected: %v", err)
	}
	for name, m := range mistakes {
		if err := check(strings.Replace(good, m[0], m[1], 1)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// The bank's sections: loop rounds run 10-240 minutes or 0 to skip a
	// level, as loop allows; ratings name four scores.
	for text, ok := range map[string]bool{
		"loop:\n  - {title: A, stages: [core], minutes: {mid: 45, senior: 0}}\n":                    true,
		"loop:\n  - {title: A, stages: [core], minutes: {mid: 5}}\n":                                false,
		"loop:\n  - {title: A, stages: [core], minutes: {mid: 300}}\n":                              false,
		"bank: {title: T, ratings: [Low, Some, Good, Great]}\n":                                     true,
		"bank: {title: T, ratings: [Low, Some, Good]}\n":                                            false,
		"bank: {title: T, ratings: [Low, Some, Good, \"Great, truly\"]}\n":                          false,
		"timing: {intro: 5, short_slot: {under: 30, intro: 3, candidate_questions: 3, close: 2}}\n": true,
	} {
		if err := check(text); (err == nil) != ok {
			t.Errorf("%q: valid %v, want %v (%v)", text, err == nil, ok, err)
		}
	}
}

// jsonable turns YAML values into JSON ones: mapping keys become strings
// (the rubric's 1-4) and integers become int64 for the validator.
func jsonable(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, v := range x {
			out[k] = jsonable(v)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, v := range x {
			out[fmt.Sprint(k)] = jsonable(v)
		}
		return out
	case []any:
		for i := range x {
			x[i] = jsonable(x[i])
		}
		return x
	case int:
		return int64(x)
	}
	return v
}
