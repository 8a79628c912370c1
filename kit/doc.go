// Package kit is the interview domain: a question bank with its own taxonomy
// (levels, focus areas, stages), the selection of questions for a round, and
// the finished Kit that layouts turn into paper and spreadsheets.
//
// Data flows one way: a bank is read with Load or Open, questions are chosen
// with Select, and a Kit is assembled with New. Nothing here renders; nothing
// here prints.
package kit
