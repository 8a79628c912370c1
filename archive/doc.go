// Package archive keeps HR's record of completed scoresheets in a SQLite
// database: it collects filled-in workbooks, exports them, reports on them
// and purges them when their retention period ends.
package archive
