// Package kit is the interview domain: a question bank with its own taxonomy
// (levels, focus areas, stages), the selection of questions for a round, and
// the finished Kit that layouts turn into paper and spreadsheets.
//
// Data flows one way: a bank is read from a file system with Load (a folder
// of YAML files: the embedded bank, or intake.Dir of a user's folder, each
// file read through internal/intake within limits) or LoadFile (a bank
// kept in one file); questions are chosen with Select; and
// New assembles the Kit of an Interview from its rounds. Nothing here opens
// files, renders or prints: callers hand kit an fs.FS or bytes, and word
// its errors for their users (Relaxation and the Err* sentinels are data a
// command line turns into flags).
//
// Every rule lives here once, for every caller: what a name may hold and
// who is the same person (CleanName, CleanTitle, PersonKey), what a score
// is (ParseScore), the recommendation (Recommend, RecommendationRule), how
// long a round may run (RoundMinutesOK, Criteria.Check), and how a name
// becomes a file name (Slug, which folds letters as PersonKey does).
//
// A loop of several rounds is planned with DefaultLoop, ParsePlan or
// ParseRound and chosen with SelectLoop, which never puts a question in two
// rounds; NewCoverage shows which rounds assess which focus areas,
// NewManifest records the loop so Manifest.Rebuild can choose it again
// exactly, Kit.Schedule lays its rounds out in the day, and SummarizeLoop
// adds up its scores by round, interviewer and area as the loop's
// scoresheet does.
package kit
