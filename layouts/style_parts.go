package layouts

// The measures of the components and of each document's own parts, as
// named values grouped by what they measure. DefaultStyle puts them in a
// Style; drawing code reads them from there.

// FrameStyle measures the running header and footer.
type FrameStyle struct {
	NameShare float64 // the name's share of the header left of the ID
	Space     float64 // between fields of the header and of the footer
	RuleRise  float64 // the header's rule, above the top of the body
	FootRule  float64 // the footer's rule, above the footer's text
}

var defaultFrame = FrameStyle{NameShare: 0.55, Space: 4, RuleRise: 3.5, FootRule: 1.5}

// HeadingStyle measures section headings, with their rule, and the
// subheadings over tables.
type HeadingStyle struct {
	Below       float64 // under a heading's line of type, its rule included
	TitleGap    float64 // between a heading's title and its aside
	AsideDrop   float64 // lowers the smaller aside onto the title's baseline
	RuleDrop    float64 // the rule, below the title's line
	WriteInGap  float64 // before a line to write on at the end of an aside
	WriteInRise float64 // that line, above the aside's line bottom
	SubGap      float64 // between a subheading's title and its aside
	SubBelow    float64 // under a subheading's line of type
}

var defaultHeading = HeadingStyle{Below: 2.5, TitleGap: 4, AsideDrop: 0.3, RuleDrop: 0.8,
	WriteInGap: 1.5, WriteInRise: 0.4, SubGap: 3, SubBelow: 1.5}

// CoverStyle measures a cover: its title block, the rows of labelled
// details and the shaded notice under them.
type CoverStyle struct {
	KickerGap   float64 // between the kicker and the title
	SubtitleGap float64 // between the title and the subtitle
	DetailsGap  float64 // between the subtitle and the details
	NoticeGap   float64 // between the details and the notice
	DetailSpace float64 // between the columns of a detail row
	DetailTop   float64 // over a detail's label, under the row's rule
	DetailBelow float64 // under a detail's value
	BlankShort  float64 // how much shorter than its column a line to write a value on is
	PanelPad    float64 // inner padding of a shaded notice
}

var defaultCover = CoverStyle{KickerGap: 1.5, SubtitleGap: 1, DetailsGap: 6, NoticeGap: 5,
	DetailSpace: 4, DetailTop: 1.5, DetailBelow: 2.5, BlankShort: 6, PanelPad: 3}

// MarkStyle measures the small drawings at the start of a line or in a
// box: tick boxes, probe arrows, red-flag crosses, bullets, the letters of
// STAR and the corner label of a score box.
type MarkStyle struct {
	TickInset  float64 // a tick box, right of the line's start
	ProbeBack  float64 // the back of a probe's arrow head, right of the line's start
	ProbeTip   float64 // its tip
	ProbeHalf  float64 // half its height
	FlagCentre float64 // the centre of a red flag's cross, right of the line's start
	FlagArm    float64 // half the cross's width
	FlagLine   float64 // its stroke
	BulletX    float64 // a bullet's centre, right of the line's start
	BulletR    float64 // its radius
	StarR      float64 // the radius of a STAR letter's circle, which starts the line
	CellInsetX float64 // a score box's corner label, from its left side
	CellInsetY float64 // and from its top
}

var defaultMarks = MarkStyle{TickInset: 0.3, ProbeBack: 0.8, ProbeTip: 3, ProbeHalf: 1.4,
	FlagCentre: 2, FlagArm: 1.3, FlagLine: 0.45, BulletX: 1.6, BulletR: 0.6, StarR: 1.9,
	CellInsetX: 0.8, CellInsetY: 0.5}

// TableStyle measures table cells and the drawings a cell can hold.
type TableStyle struct {
	Pad        float64 // inner padding of a cell
	HeadSlack  float64 // added to a column's least width, over its longest header word
	WriteRise  float64 // a line to write on, above the cell's bottom
	ScoreWidth float64 // a box to write a score in, at most
	TickBox    float64 // side of a tick box in a cell
	DashHalf   float64 // half the length of a dash, for "not here"
	DashLine   float64 // the dash's stroke
}

var defaultTable = TableStyle{Pad: 1.2, HeadSlack: 0.5, WriteRise: 0.6, ScoreWidth: 12,
	TickBox: 4, DashHalf: 1.5, DashLine: 0.3}

// ChoiceStyle measures the recommendations to tick, one of which is the
// round's or the loop's outcome.
type ChoiceStyle struct {
	Box     float64 // side of the tick box
	Gap     float64 // between the box and its label
	After   float64 // after the label, at least
	Drop    float64 // the box, below the row's top
	Below   float64 // the row's height beyond the box
	Line    float64 // the box's stroke
	RuleGap float64 // between the row and the rule in words under it
}

var defaultChoice = ChoiceStyle{Box: 5, Gap: 2.5, After: 6, Drop: 1, Below: 3, Line: 0.35, RuleGap: 2}

// SignatureStyle measures a row of lines to sign, date and time on.
type SignatureStyle struct {
	Height float64    // of the row above its labels
	Line   float64    // the lines, below the row's top
	Label  float64    // the labels under them, below the row's top
	Space  float64    // between one line and the next
	Shares [3]float64 // of the width: signature, then two fields
}

var defaultSignature = SignatureStyle{Height: 10, Line: 9, Label: 9.8, Space: 6, Shares: [3]float64{0.5, 0.25, 0.25}}
