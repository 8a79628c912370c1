package layouts

// The measures of the documents of a hiring day: an interviewer's print
// pack (its cover) and the coordinator's day overview (its timeline and
// tables).

// PackStyle measures the cover of a print pack: a table of the
// interviewer's rounds whose candidate column takes the width the others
// leave, and the note on a page left blank.
type PackStyle struct {
	Above   float64 // over the table's heading
	HeadGap float64 // between the heading and the table
	Number  float64 // width of the packet number column
	Time    float64 // of the clock times
	Round   float64 // of the round's title
	Level   float64 // of the level
	Pages   float64 // of the pages in the pack
	NoteGap float64 // over the note on printing
}

var defaultPack = PackStyle{Above: 7, HeadGap: 1, Number: 8, Time: 24, Round: 44, Level: 30, Pages: 18, NoteGap: 6}

// DayStyle measures the day overview: the timeline of who is where when,
// one row per interviewer, and the tables by candidate and by interviewer.
type DayStyle struct {
	Above      float64 // over each section's heading
	HeadGap    float64 // between a heading and what follows
	NameWidth  float64 // the timeline's column of interviewers' names
	RowHeight  float64 // a timeline row
	AxisHeight float64 // the band of hours over the timeline
	BlockInset float64 // a round's block, inside its row
	TickRise   float64 // an hour's label, above the top of the rows
	KeyGap     float64 // between the timeline and its key
	Number     float64 // width of the candidate number column of the tables
	Time       float64 // of the clock times
	Round      float64 // of the round's title
	Level      float64 // of the level
	Rounds     float64 // of the number of rounds
	Pack       float64 // of the pack's file name
}

var defaultDay = DayStyle{Above: 7, HeadGap: 2, NameWidth: 36, RowHeight: 7, AxisHeight: 6, BlockInset: 0.9,
	TickRise: 1.2, KeyGap: 3, Number: 9, Time: 24, Round: 42, Level: 24, Rounds: 14, Pack: 52}
