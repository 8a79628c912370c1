package layouts

// Style is how a packet looks: page geometry, type sizes, greys and the
// measures of the things an interviewer writes in. Drawing code reads every
// number from here, so the look changes in one place.
//
// Lengths are millimetres and type sizes points. Greys run from 0 (black) to
// 255 (white); nothing carries meaning by colour alone, so a packet reads the
// same printed in black and white.
type Style struct {
	Paper Paper

	// Margins keep text clear of a printer's unprintable edge and of a hole
	// punch: the left (binding) side is the widest.
	MarginLeft, MarginRight, MarginTop, MarginBottom float64
	// HeaderHeight and FooterHeight are taken from the body at the top and
	// bottom of every page, inside the margins.
	HeaderHeight, FooterHeight float64

	// Type sizes.
	SizeTitle    float64 // the candidate's name on the cover
	SizeHeading  float64 // section headings
	SizeQuestion float64 // the question, read aloud
	SizeBody     float64 // key points, probes, red flags
	SizeSmall    float64 // anchors, hints, table cells
	SizeLabel    float64 // small capitals over fields, header and footer
	// Leading is the line height as a multiple of the type size.
	Leading float64

	// Greys.
	Ink        int // body text
	Muted      int // secondary text: labels, hints
	Rule       int // table lines and boxes
	Faint      int // writing lines
	Fill       int // light panels
	FillStrong int // header bands

	LineThin, LineBold float64 // stroke widths

	TickBox    float64 // side of a tick box
	NoteLine   float64 // spacing of ruled writing lines
	NoteLines  int     // writing lines under each question, at least
	Gap        float64 // space between sections of a block
	BlockGap   float64 // space between question blocks
	Indent     float64 // text after a tick box or bullet
	Gutter     float64 // column of section labels left of a question's sections
	Pad        float64 // inner padding of bands, panels and table cells
	ScoreBoxes float64 // height of the score boxes on the summary page
}

// DefaultStyle is the packet's look on the given paper.
func DefaultStyle(p Paper) Style {
	return Style{
		Paper:        p,
		MarginLeft:   22,
		MarginRight:  14,
		MarginTop:    12,
		MarginBottom: 12,
		HeaderHeight: 11,
		FooterHeight: 10,

		SizeTitle:    24,
		SizeHeading:  11.5,
		SizeQuestion: 13.5,
		SizeBody:     10,
		SizeSmall:    8.5,
		SizeLabel:    7.5,
		Leading:      1.3,

		Ink:        20,
		Muted:      95,
		Rule:       140,
		Faint:      185,
		Fill:       242,
		FillStrong: 225,

		LineThin: 0.2,
		LineBold: 0.5,

		TickBox:    3.4,
		NoteLine:   7.5,
		NoteLines:  5,
		Gap:        3.2,
		BlockGap:   7,
		Indent:     6,
		Gutter:     27,
		Pad:        2,
		ScoreBoxes: 8,
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
