package layouts

// Style is how a document looks: page geometry, type sizes, greys, strokes
// and the measures of every component, from a tick box to the columns of
// the overview's tables. Drawing code reads every number from here, so the
// look changes in one place; what is left in drawing code is arithmetic
// (halving, centring, adding up).
//
// Lengths are millimetres and type sizes points. Greys run from 0 (black) to
// 255 (white); nothing carries meaning by colour alone, so a document reads
// the same printed in black and white.
type Style struct {
	Paper Paper

	// Margins keep text clear of a printer's unprintable edge and of a hole
	// punch: the left (binding) side is the widest.
	MarginLeft, MarginRight, MarginTop, MarginBottom float64
	// HeaderHeight and FooterHeight are taken from the body at the top and
	// bottom of every page, inside the margins.
	HeaderHeight, FooterHeight float64

	// Type sizes.
	SizeTitle      float64 // the candidate's name on a cover
	SizeNumber     float64 // a question's number in its band
	SizeQuestion   float64 // the question, read aloud
	SizeHeading    float64 // section headings
	SizeSubtitle   float64 // role, level and focus under a cover's title
	SizeBadge      float64 // the scores 1 to 4 in their circles
	SizeSubheading float64 // titles over tables, round bands, recommendations to tick
	SizeBody       float64 // key points, probes, red flags
	SizeDetail     float64 // table rows, the time plan, notices, why we ask
	SizeSmall      float64 // anchors, hints
	SizeHeader     float64 // the running header
	SizeKicker     float64 // the line over a cover's title
	SizeFooter     float64 // the running footer
	SizeFine       float64 // text under a table cell, the N/A hint
	SizeLabel      float64 // small capitals over fields and columns
	SizeBadgeNA    float64 // N/A in its circle
	SizeCellLabel  float64 // the question number in a corner of a score box
	// Leading is the line height as a multiple of the type size.
	Leading float64

	// Greys.
	Ink        int // body text
	Muted      int // secondary text: labels, hints
	Rule       int // table lines and boxes
	Faint      int // writing lines
	Fill       int // light panels
	FillStrong int // header bands
	White      int // the inside of a box to write in, over a band

	// Stroke widths.
	LineThin float64 // rules, grid lines, writing lines
	LineBold float64 // rules that close a table or open a panel
	LinePen  float64 // boxes and circles a person writes in or ticks

	TickBox    float64 // side of a tick box
	NoteLine   float64 // spacing of ruled writing lines
	NoteLines  int     // writing lines under each question, at least
	Gap        float64 // space between sections of a block
	BlockGap   float64 // space between question blocks
	ItemGap    float64 // space between the items of a list
	Indent     float64 // text after a tick box or bullet
	Gutter     float64 // column of section labels left of a question's sections
	GutterGap  float64 // between a section label and the section
	Pad        float64 // inner padding of bands, panels and table cells
	ScoreBoxes float64 // height of the boxes a score is written in

	Frame     FrameStyle     // running header and footer
	Heading   HeadingStyle   // headings and subheadings
	Cover     CoverStyle     // a cover's title block, details and notice
	Marks     MarkStyle      // tick boxes, bullets, probe arrows, flags, badges
	Table     TableStyle     // table cells and the drawings in them
	Choice    ChoiceStyle    // the recommendations to tick
	Signature SignatureStyle // lines to sign and date on
	Packet    PacketStyle    // the interviewer packet's own parts
	Overview  OverviewStyle  // the loop overview's own parts
	Listing   ListingStyle   // code listings, in the packet and the handout
	Exercise  ExerciseStyle  // a practical exercise's handout text and script in the packet
	Handout   HandoutStyle   // the candidate's handout
	Pack      PackStyle      // an interviewer's print pack for a day
	Day       DayStyle       // the coordinator's overview of a hiring day
	Report    ReportStyle    // the archive's report and its charts
}

// DefaultStyle is the documents' look on the given paper.
func DefaultStyle(p Paper) Style {
	return Style{
		Paper:        p,
		MarginLeft:   22,
		MarginRight:  14,
		MarginTop:    12,
		MarginBottom: 12,
		HeaderHeight: 11,
		FooterHeight: 10,

		SizeTitle:      24,
		SizeNumber:     17.5,
		SizeQuestion:   13.5,
		SizeHeading:    12.5,
		SizeSubtitle:   12.5,
		SizeBadge:      11,
		SizeSubheading: 10.5,
		SizeBody:       10,
		SizeDetail:     9,
		SizeSmall:      8.5,
		SizeHeader:     8.5,
		SizeKicker:     8.5,
		SizeFooter:     8,
		SizeFine:       8,
		SizeLabel:      7.5,
		SizeBadgeNA:    7,
		SizeCellLabel:  6,
		Leading:        1.3,

		Ink:        20,
		Muted:      95,
		Rule:       140,
		Faint:      185,
		Fill:       242,
		FillStrong: 225,
		White:      255,

		LineThin: 0.2,
		LineBold: 0.5,
		LinePen:  0.3,

		TickBox:    3.4,
		NoteLine:   7.5,
		NoteLines:  5,
		Gap:        3.2,
		BlockGap:   7,
		ItemGap:    1.2,
		Indent:     6,
		Gutter:     27,
		GutterGap:  2,
		Pad:        2,
		ScoreBoxes: 8,

		Frame:     defaultFrame,
		Heading:   defaultHeading,
		Cover:     defaultCover,
		Marks:     defaultMarks,
		Table:     defaultTable,
		Choice:    defaultChoice,
		Signature: defaultSignature,
		Packet:    defaultPacket,
		Overview:  defaultOverview,
		Listing:   defaultListing,
		Exercise:  defaultExercise,
		Handout:   defaultHandout,
		Pack:      defaultPack,
		Day:       defaultDay,
		Report:    defaultReport,
	}
}

// bodyTop is where the body of a page starts, below the header.
func (s *Style) bodyTop() float64 { return s.MarginTop + s.HeaderHeight }

// bodyBottom is where the body of a page ends, above the footer.
func (s *Style) bodyBottom() float64 { return s.Paper.Height - s.MarginBottom - s.FooterHeight }

// bodyWidth is the width between the margins.
func (s *Style) bodyWidth() float64 { return s.Paper.Width - s.MarginLeft - s.MarginRight }

// lineHeight is the height of one line of type of the given size, in mm.
func (s *Style) lineHeight(size float64) float64 { return size * s.Leading * ptToMM }

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72
