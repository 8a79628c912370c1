package main

import "github.com/interviewkit/interviewkit/internal/printable"

// shown is how cmd prints every path, file name, sheet, name or ID that
// came from a file or a folder: printable.Escape, which writes control
// characters, line breaks, characters that reorder text and bytes that are
// not UTF-8 as escapes, so such text is shown and never obeyed.
func shown(s string) string { return printable.Escape(s) }
