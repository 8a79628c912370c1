// Package xlsx reads SpreadsheetML (.xlsx) packages that come from outside:
// saved by Excel or LibreOffice, written by another program, or not a
// workbook at all. It follows the intake rules for untrusted files:
//
//   - Open takes an io.ReaderAt and Limits, never a path. The file's size
//     and the zip's declared sizes and part count are checked before
//     anything is unpacked; archive/zip refuses a part that inflates past
//     its declared size, so the check holds.
//   - Parts are streamed, never loaded whole into a document model: a
//     100 KB file with a cell at column XFD on every row would cost a dense
//     reader gigabytes. Cells past Limits.Rows or Limits.Columns are skipped
//     as they stream past, so a hostile file's coordinates cost nothing.
//   - Every count the file controls has a limit: parts, sheets, shared
//     strings, custom properties and their length.
//   - Names and values quoted in messages are clipped.
//   - Failures wrap ErrTooLarge or ErrUnreadable; nothing panics on a
//     damaged file.
//
// It reads only what a reader of values needs: the sheets' names and cells
// (value, kind and formula), shared strings and custom document properties.
// What the cells mean is the caller's business (layouts/scoresheet).
// Element names are matched on their local part, so transitional and
// strict OOXML read alike.
package xlsx
