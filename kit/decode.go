package kit

// This file and the decode_*.go files turn YAML into bank values by walking
// yaml.Node trees, so every value keeps its line and every problem in a file
// is reported, not only the first. They follow three rules: unknown keys are
// problems (with the closest known key), a wrong type is a problem at the
// value's line, and anchors and aliases are refused, which also rules out
// alias bombs. This file reads a YAML document; decoder.go reads typed
// values out of it; decode_bank.go and decode_question.go read a bank file's
// sections and questions.

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

type parser struct {
	bank     *Bank
	problems []Problem
	// noun names what is being read in messages: "bank" unless set, "plan"
	// for a loop plan file.
	noun string
	// where each taxonomy section was first defined, "file:line"
	defined map[string]string
	// per question, the line of each field, for semantic problems
	fieldLines map[*Question]map[string]int
	loopLines  []map[string]int
	termWhere  []termWhere
	// where the bank's written_for was given, "file:line"
	writtenForLine string
}

// termWhere locates a taxonomy term: kind "level", "area" or "stage", its
// index in the bank's list, and its file and line.
type termWhere struct {
	kind  string
	index int
	file  string
	line  int
}

func (p *parser) what() string {
	if p.noun == "" {
		return "bank"
	}
	return p.noun
}

func (p *parser) problem(file string, line int, id, format string, args ...any) {
	p.problems = append(p.problems, Problem{File: file, Line: line, Question: id, Msg: fmt.Sprintf(format, args...)})
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// document reads one YAML file into its document node, reporting tabs,
// syntax errors and an empty file as problems; nil when there was one.
func (p *parser) document(name string, data []byte) *yaml.Node {
	// UTF-8 only, as manifests and timetables: the YAML parser would also
	// take UTF-16, whose line numbers no editor shows.
	if !utf8.Valid(data) {
		p.problem(name, 0, "", "is not UTF-8 text; save the %s as UTF-8", p.what())
		return nil
	}
	// Tabs are the commonest hand-editing mistake; name every such line.
	tabs := false
	for i, line := range bytes.Split(data, []byte("\n")) {
		indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
		if bytes.IndexByte(indent, '\t') >= 0 {
			p.problem(name, i+1, "", "tab used for indentation; YAML indents with spaces")
			tabs = true
		}
	}
	if tabs {
		return nil
	}
	var root yaml.Node
	if err := safeUnmarshal(data, &root, p.what()); err != nil {
		msg := err.Error()
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		p.problem(name, line, "", "invalid YAML: %s", msg)
		return nil
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		p.problem(name, 0, "", "file is empty")
		return nil
	}
	return root.Content[0]
}

// safeUnmarshal parses YAML into a node tree, turning a parser panic on
// hostile input into an error.
func safeUnmarshal(data []byte, root *yaml.Node, noun string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: cannot parse: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(root); err != nil {
		if err.Error() == "EOF" {
			return nil
		}
		return err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return fmt.Errorf("yaml: line %d: a %s file holds one YAML document; found a second", extra.Line, noun)
	}
	return nil
}
