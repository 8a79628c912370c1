package layouts

// The measures of the archive's report: its charts, drawn as vectors, and
// its table of incomplete scoresheets.

// ReportStyle measures the report's parts.
type ReportStyle struct {
	Above     float64 // over each section's heading
	HeadGap   float64 // between a heading and its note
	NoteGap   float64 // between a section's note and its chart
	Name      float64 // width of the column of names or question IDs
	Aside     float64 // width of the column of words after a chart row
	RowPad    float64 // over and under a chart row's text
	BarFill   int     // grey of a chart's bars: dark enough to read as ink, light enough for a number beside it
	Scale     CalibrationScale
	Histogram HistogramStyle
	Calls     CallsStyle
	Gaps      GapsStyle
}

// CalibrationScale measures the chart of interviewers against the panel:
// a 1-4 scale across, a row per interviewer with their mean as a dot and
// their spread as a bar.
type CalibrationScale struct {
	AxisHeight float64 // the band of score labels over the rows
	Dot        float64 // radius of an interviewer's mean
	Whisker    float64 // height of the ends of the spread's bar
	Bar        float64 // height of the spread's bar
	Dash       float64 // length of the dashes of the panel's mean, and of the gaps between them
	EdgePad    float64 // room inside the chart beyond 1 and 4
}

// HistogramStyle measures the small histograms of each question's scores.
type HistogramStyle struct {
	Width     float64 // of the four bars together
	Height    float64 // of the tallest bar
	Gap       float64 // between bars
	Count     float64 // width of the scores column
	Mean      float64 // width of the mean column
	LabelDrop float64 // a bar's count, above its top
}

// CallsStyle measures the chart of recommendations per round: a column per
// call, a bar and a count in each cell.
type CallsStyle struct {
	Round float64 // width of the round column
	Total float64 // width of the total column
	Bar   float64 // height of a bar
}

// GapsStyle measures the table of incomplete scoresheets.
type GapsStyle struct {
	Date        float64
	Kit         float64
	Round       float64
	Interviewer float64
	Missing     float64
}

var defaultReport = ReportStyle{Above: 8, HeadGap: 1, NoteGap: 3, Name: 42, Aside: 54, RowPad: 1.2, BarFill: 165,
	Scale:     CalibrationScale{AxisHeight: 6, Dot: 1.4, Whisker: 3, Bar: 1.2, Dash: 1, EdgePad: 3},
	Histogram: HistogramStyle{Width: 30, Height: 7, Gap: 1.2, Count: 14, Mean: 14, LabelDrop: 0.3},
	Calls:     CallsStyle{Round: 40, Total: 14, Bar: 3},
	Gaps:      GapsStyle{Date: 20, Kit: 24, Round: 30, Interviewer: 30, Missing: 40},
}
