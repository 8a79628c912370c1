// Package archive is HR's record of completed scoresheets: a SQLite file
// (pure Go, no cgo) that collects filled-in workbooks, exports them, reports
// on them and purges them when their retention period ends.
//
// A kit is archived round by round. Each round has versions: the current
// one, and the ones corrections replaced, kept as history with when they
// were collected and from which file. Scores are stored as typed: 1-4, N/A
// or blank, never a blank turned into zero.
//
// Files come from outside, so collecting reads them through
// scoresheet.Read, which refuses oversized and damaged files, checks
// every cell that matters (see check.go) and archives a file in one
// transaction or not at all.
package archive
