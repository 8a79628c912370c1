package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/interviewkit/interviewkit/data"
)

var questionID = regexp.MustCompile(`(?m)^(  - id: )(\S+)$`)

// writeBigBank writes a bank of copies copies of every embedded question
// file, ids suffixed so they stay unique, beside the embedded taxonomy: a
// bank of a size no person writes, for timing a large kit and the cache.
func writeBigBank(dir string, copies int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names, err := fs.Glob(data.FS, "*.yaml")
	if err != nil {
		return err
	}
	for _, name := range names {
		src, err := fs.ReadFile(data.FS, name)
		if err != nil {
			return err
		}
		if name == "bank.yaml" {
			if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
				return err
			}
			continue
		}
		for c := 1; c <= copies; c++ {
			dst := questionID.ReplaceAll(src, []byte(fmt.Sprintf("${1}${2}-%d", c)))
			file := fmt.Sprintf("%s-%d.yaml", strings.TrimSuffix(name, path.Ext(name)), c)
			if err := os.WriteFile(filepath.Join(dir, file), dst, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
