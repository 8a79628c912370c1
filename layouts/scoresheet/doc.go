// Package scoresheet is the Excel scoresheet of a kit: its layout contract
// (the sheet names, labels, header rows and format version a reader relies
// on), the writer that lays a kit.Kit out as a workbook whose formulas
// compute the results, and the reader that takes a completed workbook back
// from outside, within limits, as plain values.
//
// The formulas mirror kit's rules (kit.ParseScore for what counts as a
// score, kit.Summarize and kit.SummarizeLoop for the averages, kit.Recommend
// for the recommendation, kit.PersonKey for who is the same interviewer),
// and the tests run each of them in excelize's calculation engine and in
// LibreOffice against the Go function. This is the only package that
// imports excelize; it never imports the PDF code.
package scoresheet
