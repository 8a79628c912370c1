// Package testkit holds what tests across the packages share: the embedded
// bank loaded once, kits chosen from it as generate and loop choose them,
// synthetic kits whose size and text lengths a test decides, and the rule
// for tests that need an outside program (poppler, qpdf, LibreOffice,
// Python): skipped with -short or when the program is missing, except under
// CI, where a missing program fails the test so a broken install cannot
// pass green.
package testkit
