package data

import _ "embed"

// Compiled is the bank in FS compiled for kit.DecodeBank, so the embedded
// bank loads without parsing YAML. `go generate ./data` rewrites it after
// the YAML changes; the package's tests fail while it is stale.
//
//go:generate go run ./internal/compile
//go:embed bank.ikb
var Compiled string
