// Blank imports that pin dependencies for packages still being written; removed once each is used.
package main

import (
	_ "codeberg.org/go-pdf/fpdf"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
	_ "github.com/urfave/cli/v2"
	_ "github.com/xuri/excelize/v2"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/image/font/gofont/goregular"
	_ "modernc.org/sqlite"
)
