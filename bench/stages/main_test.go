package main

import "testing"

func TestEveryStageRuns(t *testing.T) {
	for _, stage := range stages {
		for _, yaml := range []bool{false, true} {
			args := []string{"-upto", stage}
			if yaml {
				args = append(args, "-yaml")
			}
			if err := run(args); err != nil {
				t.Errorf("stages %v: %v", args, err)
			}
		}
	}
}

func TestUnknownStageIsRefused(t *testing.T) {
	for _, args := range [][]string{{"-upto", "everything"}, {}, {"-fast"}} {
		if err := run(args); err == nil {
			t.Errorf("stages %v ran; want an error", args)
		}
	}
}
