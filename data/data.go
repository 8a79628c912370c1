// Package data holds the default question bank, for Django developer hiring,
// embedded in the binary. It is plain YAML that an interviewer can read and
// edit; kit.Load turns it into a bank.
package data

import "embed"

// FS holds the bank's YAML files.
//
//go:embed *.yaml
var FS embed.FS
