package layouts

// The measures of each kind of document's own parts: the packet's time
// plan, rating scale, question blocks, scoring grid and summary page, and
// the overview's schedule, question lists, coverage matrix and debrief.

// PacketStyle measures the interviewer packet's own parts.
type PacketStyle struct {
	Plan     PlanStyle
	Scale    ScaleStyle
	Question QuestionStyle
	Grid     GridStyle
	Summary  SummaryStyle
	Form     FormStyle
}

var defaultPacket = PacketStyle{
	Plan: PlanStyle{Above: 5, HeadGap: 1, WriteIn: 16, From: 25, Minutes: 13, Number: 11, Done: 14,
		RowPad: 1, TextGap: 2, FigureGap: 4},
	Scale: ScaleStyle{Above: 5, HeadGap: 2.5, RulesGap: 3, Gutter: 6, Indent: 4, BulletShift: 0.6,
		RoomGap: 6, RoomLeast: 3},
	Question: QuestionStyle{AfterText: 4.2, NumberGap: 4, TimeGap: 2, TagPadX: 4, TagPadY: 1, TagGap: 2,
		TagRowGap: 1, TagsTop: 0.5, TagsBelow: 1.5, ContinuedPad: 1.2, NotesLabelRise: 0.5},
	Grid: GridStyle{Above: 1.5, MaxHeight: 75, Pad: 1.8, NAWidth: 18, HeadHeight: 9, BadgeR: 3.2, NABadgeR: 3.6,
		WordX: 8, StackLeft: 34, StackGap: 1.5, StackBadgeDrop: 0.6, StackWordX: 9, StackRow: 7.5},
	Summary: SummaryStyle{HeadGap: 2, HintGap: 3, SectionGap: 7, ChoiceGap: 3, SignGap: 10, ContinuedGap: 3,
		AskedLines: 5, AskedLeast: 3, NoteLines: 4, NoteLeast: 2,
		AreaTitle: 52, Average: 24, Cell: 12, CellGap: 2, RowPad: 1.1, HeadBelow: 2, TitleInset: 1, TitleGap: 4,
		AverageBox: 16, OverallDrop: 1},
	Form: FormStyle{HeaderHeight: 13.5, RuleRise: 6, CodeGap: 2, Mark: 0, BoxLine: 0.25,
		InstructionGap: 1, BoxAbove: 5, LabelGap: 5, LabelBelow: 2, NAWidth: 18, ChangedWidth: 26,
		CorrectionW: 14, CorrectionH: 7.5, AnchorPad: 1.8,
		ChoiceAbove: 5, ChoiceLabelGap: 4.5, ChoiceAfter: 5, ChoiceLine: 14, CorrectionGap: 8,
		CorrectionLabelGap: 4.5, ChoiceCorrectionW: 44, ChoiceBelow: 5},
}

// FormStyle measures what makes the packet a form a scanner reads back
// (layouts/form holds the contract: the boxes' size, the clear zone
// around them, the marks and the page code): the header band the page code
// shares, the row of boxes under each question with its anchors, and the
// recommendation to mark. Every gap around a box here is at least the
// contract's clear zone.
type FormStyle struct {
	HeaderHeight float64 // a packet page's header, with the page code beside it
	RuleRise     float64 // the header's rule, above the top of the body
	CodeGap      float64 // between the header's text and the page code's quiet zone
	Mark         int     // grey of marks, code and box outlines: black, for the scanner
	BoxLine      float64 // a box's outline, at most form.BoxLine

	InstructionGap float64 // between a row's instruction and its row of boxes
	BoxAbove       float64 // the top of a row of boxes to the boxes
	LabelGap       float64 // a box's bottom to its label
	LabelBelow     float64 // under the labels, to the anchors
	NAWidth        float64 // the N/A column of a score row
	ChangedWidth   float64 // the correction column of a score row
	CorrectionW    float64 // a score row's correction box
	CorrectionH    float64 // a correction box's height
	AnchorPad      float64 // inner padding of an anchor's cell

	ChoiceAbove        float64 // the top of the recommendation's row to its boxes
	ChoiceLabelGap     float64 // a recommendation box to its label
	ChoiceAfter        float64 // after a label, at least, to the next box's clear zone
	ChoiceLine         float64 // between lines of recommendations, when they wrap
	CorrectionGap      float64 // the recommendation's boxes to its correction box
	CorrectionLabelGap float64 // a correction box's label to the box
	ChoiceCorrectionW  float64 // the recommendation's correction box
	ChoiceBelow        float64 // under the correction box
}

// PlanStyle measures the packet's time plan: a table whose columns are
// from-to, minutes, question number, item (the rest) and a box to tick.
type PlanStyle struct {
	Above     float64 // over the time plan's heading
	HeadGap   float64 // between the heading and the table
	WriteIn   float64 // the line to write the start time on
	From      float64 // width of the from-to column
	Minutes   float64 // of the minutes column
	Number    float64 // of the question number column
	Done      float64 // of the column with a box to tick
	RowPad    float64 // over and under a row's text
	TextGap   float64 // between text and the next column
	FigureGap float64 // between a right-aligned figure and the next column
}

// ScaleStyle measures the rating scale on the packet's cover, the rules
// for using it, and the room to write under them.
type ScaleStyle struct {
	Above       float64 // over the heading
	HeadGap     float64 // between the heading and the grid
	RulesGap    float64 // between the grid and the rules
	Gutter      float64 // between the rules' two columns
	Indent      float64 // a rule's text, right of its bullet
	BulletShift float64 // the bullet, left of the column
	RoomGap     float64 // over the room to write, when it is drawn
	RoomLeast   int     // writing lines the room must hold to be drawn
}

// QuestionStyle measures a question block: its band, the question and the
// notes under it.
type QuestionStyle struct {
	AfterText      float64 // between the question and its first section
	NumberGap      float64 // after "Q3" in the band
	TimeGap        float64 // before the minutes and clock times in the band
	TagPadX        float64 // a tag's width beyond its text
	TagPadY        float64 // a tag's height beyond its line of text
	TagGap         float64 // between tags on a row
	TagRowGap      float64 // between rows of tags
	TagsTop        float64 // between the question's ID and its tags
	TagsBelow      float64 // under the last row of tags
	ContinuedPad   float64 // over and under the text of a "(continued)" band
	NotesLabelRise float64 // "NOTES", above its first writing line
}

// GridStyle measures a question's scoring grid: the scores side by side,
// or stacked one under another when their anchors are long.
type GridStyle struct {
	Above          float64 // between the scoring hint and the grid
	MaxHeight      float64 // the tallest the side-by-side grid may be before it is stacked
	Pad            float64 // inner padding of a grid cell
	NAWidth        float64 // width of the N/A column
	HeadHeight     float64 // height of the band with the circles
	BadgeR         float64 // radius of a score's circle
	NABadgeR       float64 // radius of N/A's circle
	WordX          float64 // a score's word, right of the cell's padding
	StackLeft      float64 // width of the stacked grid's column of circles and words
	StackGap       float64 // over and under each stacked score
	StackBadgeDrop float64 // lowers a stacked score's circle onto its first line
	StackWordX     float64 // a stacked score's word, right of the padding
	StackRow       float64 // a stacked score's least height
}

// SummaryStyle measures the packet's last part and its summary page: the
// candidate's questions, the grid of areas and scores, the recommendation,
// the take-aways and the signature.
type SummaryStyle struct {
	HeadGap      float64 // between the summary's heading and its hint
	HintGap      float64 // between the hint and the area grid
	SectionGap   float64 // before the recommendation and before the take-aways
	ChoiceGap    float64 // between the recommendation's heading and its boxes
	SignGap      float64 // before the signature
	ContinuedGap float64 // after "Summary (continued)"
	AskedLines   int     // writing lines for the candidate's questions
	AskedLeast   int     // and the least they shrink to
	NoteLines    int     // writing lines for the take-aways
	NoteLeast    int     // and the least they shrink to
	AreaTitle    float64 // width of the area grid's title column
	Average      float64 // width of its average column
	Cell         float64 // width of a box to copy a score into
	CellGap      float64 // between those boxes
	RowPad       float64 // over and under a row's boxes
	HeadBelow    float64 // under the grid's column labels
	TitleInset   float64 // an area's title, right of the grid's edge
	TitleGap     float64 // between an area's title and the boxes
	AverageBox   float64 // width of the box for an average
	OverallDrop  float64 // extra room over the overall row's box
}

// OverviewStyle measures the loop overview's own parts.
type OverviewStyle struct {
	Schedule ScheduleStyle
	WhoAsks  WhoAsksStyle
	Band     BandStyle
	Coverage CoverageStyle
	Debrief  DebriefStyle
}

var defaultOverview = OverviewStyle{
	Schedule: ScheduleStyle{Above: 7, HeadGap: 1, Number: 7, Time: 23, Minutes: 11, Round: 38, Interviewer: 36,
		Questions: 10, FocusNamed: 3},
	WhoAsks: WhoAsksStyle{HeadGap: 3, After: 6, Number: 8, ID: 49, Area: 27},
	Band:    BandStyle{MetaGap: 2, WhoShare: 0.4, TextGap: 3, LineRise: 0.8, LineShort: 4},
	Coverage: CoverageStyle{Above: 8, HeadGap: 2, NoteGap: 3, KeyGap: 2, FlagsAbove: 5, FlagsGap: 1.5, FlagGap: 1,
		Status: 36, Total: 13, RoundMax: 14, AreaMin: 40},
	Debrief: DebriefStyle{HeadGap: 3, TableAbove: 6, SubGap: 1, Number: 9, Round: 34, Average: 16, InterviewerMin: 30,
		AreaAverage: 17, Apart: 19, AreaRoundMax: 15, AreaMin: 40,
		OverallAbove: 7, OverallSubGap: 2, ScorePad: 2, ScoreLabelShort: 30, ScoreWidth: 24, ScoreGap: 3,
		ChoiceGap: 2, ReasonsAbove: 5, ReasonLines: 4, ReasonLeast: 2, SignGap: 8},
}

// ScheduleStyle measures the overview's schedule: a table of the rounds
// whose focus column takes the width the others leave.
type ScheduleStyle struct {
	Above       float64 // over the schedule's heading
	HeadGap     float64 // between the heading and the table
	Number      float64 // width of the round number column
	Time        float64 // of the clock times
	Minutes     float64 // of the minutes
	Round       float64 // of the round's title
	Interviewer float64 // of the interviewer
	Questions   float64 // of the number of questions
	FocusNamed  int     // focus areas named one by one, at most, when a round has the loop's focus
}

// WhoAsksStyle measures the overview's question lists, one per round, whose
// question column takes the width the others leave.
type WhoAsksStyle struct {
	HeadGap float64 // between the heading and the first round
	After   float64 // after a round's list
	Number  float64 // width of the question number column
	ID      float64 // of the question's ID
	Area    float64 // of its area
}

// BandStyle measures the band that names a round over its questions.
type BandStyle struct {
	MetaGap   float64 // before the minutes and questions on the right
	WhoShare  float64 // the interviewer's share of the width
	TextGap   float64 // between the title or interviewer and what follows
	LineRise  float64 // a line to write the interviewer on, above the line bottom
	LineShort float64 // how much shorter than its room that line is
}

// CoverageStyle measures the coverage matrix and its flags in words.
type CoverageStyle struct {
	Above      float64 // over the heading
	HeadGap    float64 // between the heading and the note, and under "(continued)"
	NoteGap    float64 // between the note and the matrix
	KeyGap     float64 // between the matrix and the key to the round numbers
	FlagsAbove float64 // over the flags in words
	FlagsGap   float64 // between their count and the first flag
	FlagGap    float64 // between flags
	Status     float64 // width of the status column
	Total      float64 // width of the total column
	RoundMax   float64 // width of a round's column, at most
	AreaMin    float64 // width of the area column, at least, when rounds are many
}

// DebriefStyle measures the debrief sheet: the panel's scores by round and
// by area, and the overall decision.
type DebriefStyle struct {
	HeadGap         float64 // between the heading and the instruction
	TableAbove      float64 // over each table's subheading
	SubGap          float64 // between a subheading and its table
	Number          float64 // width of the round number column
	Round           float64 // of the round's title
	Average         float64 // of a round's average
	InterviewerMin  float64 // width of the interviewer column, at least, when recommendation labels are long
	AreaAverage     float64 // of an area's average
	Apart           float64 // of the box to tick when scores lie far apart
	AreaRoundMax    float64 // width of a round's column by area, at most
	AreaMin         float64 // width of the area column, at least, when rounds are many
	OverallAbove    float64 // over the overall subheading
	OverallSubGap   float64 // between the overall and decision subheadings and what follows
	ScorePad        float64 // the overall score's row, beyond its box
	ScoreLabelShort float64 // how much narrower than the body the score's label is
	ScoreWidth      float64 // width of the box for the overall score
	ScoreGap        float64 // after the overall score
	ChoiceGap       float64 // between the decision's subheading and its boxes
	ReasonsAbove    float64 // over the reasons
	ReasonLines     int     // writing lines for the reasons
	ReasonLeast     int     // and the least they shrink to
	SignGap         float64 // before the signature
}
