package layouts

// The measures of a practical exercise on paper: code listings, the
// handout's text in the packet, the interviewer's script band, and the
// candidate's handout document.

// ListingStyle measures a code listing: a title bar, then a column of line
// numbers and the code, in a frame. At Size, Liberation Mono's letters are
// 0.6 of an em wide (1.8 mm at 8.5 pt), so the body width of A4, the
// narrower paper, holds kit.MaxListingColumns of them after the numbers:
// TestListingWidthHoldsMaxListingColumns proves it.
type ListingStyle struct {
	Size        float64 // type size of the code, in points
	NumberSize  float64 // of the line numbers
	TitleSize   float64 // of the title bar's text
	Leading     float64 // line height of the code, as a multiple of Size
	Digits      int     // line numbers are this many digits wide, at least
	PadX        float64 // inside the frame, left of the numbers and right of the code
	PadY        float64 // inside the frame, over the first line and under the last
	NumberGap   float64 // between the numbers and the code
	TitlePad    float64 // over and under the title bar's text
	Frame       float64 // the frame's stroke
	MarkWidth   float64 // the continuation mark of a wrapped line, in the numbers' column
	MarkHead    float64 // its arrow head
	MarkLine    float64 // its stroke
	Above       float64 // between what comes before and a listing
	Between     float64 // between two listings of a question
	NumberGrey  int     // the line numbers
	CommentGrey int     // comments
	NumberFill  int     // behind the numbers' column
}

var defaultListing = ListingStyle{Size: 8.5, NumberSize: 7.5, TitleSize: 8, Leading: 1.22, Digits: 2,
	PadX: 1.8, PadY: 1.4, NumberGap: 2.2, TitlePad: 1.1, Frame: 0.25, MarkWidth: 2.2, MarkHead: 0.7,
	MarkLine: 0.25, Above: 1.5, Between: 3.5, NumberGrey: 110, CommentGrey: 105, NumberFill: 242}

// ExerciseStyle measures what a practical exercise adds to a packet's
// question block: the candidate's handout text and the script band.
type ExerciseStyle struct {
	ItemGap       float64 // between paragraphs and items of a handout's text
	ScriptPad     float64 // inside the script band
	ScriptHeadGap float64 // between the band's title and its first line
}

var defaultExercise = ExerciseStyle{ItemGap: 1.2, ScriptPad: 2.2, ScriptHeadGap: 1}

// HandoutStyle measures the candidate's handout.
type HandoutStyle struct {
	IntroGap    float64 // between the title block and the instructions
	ExerciseGap float64 // between the instructions and the first exercise
	TextGap     float64 // between an exercise's band and its text
	WriteGap    float64 // between an exercise's last listing and the room to write
	WriteLines  int     // writing lines under an exercise, at least, before they fill the page
	WriteLeast  int     // and the least they shrink to
}

var defaultHandout = HandoutStyle{IntroGap: 3, ExerciseGap: 6, TextGap: 3, WriteGap: 4, WriteLines: 8, WriteLeast: 3}
