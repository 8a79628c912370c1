// Package kit is the interview domain: a question bank with its own taxonomy
// (levels, focus areas, stages), the selection of questions for a round, and
// the finished Kit that layouts turn into paper and spreadsheets.
//
// Data flows one way: a bank is read with Load or Open, questions are chosen
// with Select, and a Kit is assembled from its rounds and sealed with
// Kit.Finish. Nothing here renders; nothing here prints.
//
// A loop of several rounds is planned with DefaultLoop, ParsePlan or
// ParseRoundFlag and chosen with SelectLoop, which never puts a question in
// two rounds; NewCoverage shows which rounds assess which focus areas,
// NewManifest records the loop so it can be chosen again exactly, and
// SummarizeLoop adds up its scores by round, interviewer and area as the
// loop's scoresheet does.
package kit
