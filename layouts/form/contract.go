package form

import "github.com/interviewkit/interviewkit/kit"

// The numbers the packet draws with and the scanner reads by. Each lives
// here once; the packet must not pick its own.

// Version is the version of this layout contract. It is written in every
// Document and in every page code, so a scanner can refuse a page laid out
// by a contract it does not know instead of misreading it.
const Version = 1

// Registration marks: a solid black square near each corner of the page,
// with nothing else printed in the blank band around it. The scanner finds
// the four squares' centres and maps the page onto the image from them.
const (
	// MarkSize is the side of a registration mark, in millimetres.
	MarkSize = 5.0
	// MarkInset is the distance from each page edge to a mark's centre that
	// the packet uses: inside what printers can print, outside the text
	// margins, clear of a 2-, 3- or 4-hole punch.
	MarkInset = 9.0
	// MarkQuiet is the blank paper kept around a mark, in millimetres.
	MarkQuiet = 2.5
)

// The page code: a QR code holding the Code of the page, drawn as vector
// squares (QRModules a side), filled as one path so that no seam shows
// between touching modules, so it prints crisp at any resolution.
const (
	// QRVersion is the QR symbol version: 25 by 25 modules, which holds a
	// page code in alphanumeric mode at error correction level Q (a quarter
	// of the symbol may be damaged, by a pen stroke say, and still read).
	QRVersion = 2
	// QRModules is the number of modules on each side of the symbol.
	QRModules = 17 + 4*QRVersion
	// QRModule is the side of one module in millimetres: 3.8 pixels at a
	// 150 dpi scan, the coarsest the scanner is made for.
	QRModule = 0.64
	// QRSize is the side of the symbol, quiet zone excluded, in millimetres.
	QRSize = QRModules * QRModule
	// QRQuiet is the blank margin the QR standard asks for around the
	// symbol (four modules), in millimetres.
	QRQuiet = 4 * QRModule
	// CodeZone bounds where the code may be: the whole symbol lies within
	// CodeZone millimetres of one corner of the page, along both edges. The
	// scanner looks for it there first, whichever way up the page is.
	CodeZone = 50.0
)

// Mark boxes: one square box per option of a row, which the interviewer
// ticks, crosses, fills or rings. The scanner measures ink inside each box
// and in a band around it, so nothing but the box's own outline may be
// printed within ClearZone of a box.
const (
	// BoxSize is the side of a mark box the packet draws, in millimetres.
	BoxSize = 6.0
	// BoxMin and BoxMax bound the side of a box a Document may declare.
	BoxMin = 5.0
	BoxMax = 12.0
	// BoxLine is the widest outline a box may be drawn with, in millimetres.
	BoxLine = 0.3
	// ClearZone is the band around each box, in millimetres, where nothing
	// else is printed: a ring drawn around the box is read there.
	ClearZone = 4.0
	// BoxGap is the least distance between the edges of two boxes on a
	// page, so the clear zones of two boxes never reach the other box.
	BoxGap = 2 * ClearZone
)

// The correction box: a write-in box at the end of each row, where an
// interviewer who changed their mind writes the value they mean. The
// scanner reads no handwriting: any ink in it sends the row to a person,
// so a corrected row is never read as its first mark. It keeps the clear
// zone of a mark box.
const (
	// CorrectionMaxW and CorrectionMaxH bound the correction box a
	// Document may declare; its least sides are BoxMin.
	CorrectionMaxW = 60.0
	CorrectionMaxH = BoxMax
	// CorrectionLabel names the correction box on the form, and in the
	// instructions and the reasons the scanner gives.
	CorrectionLabel = "Changed"
)

// The one-line instructions printed with each row, so every form says the
// same thing and says what the scanner does with it.
const (
	ScoreInstruction = "Mark one box: tick, cross, fill or ring it. Changed your mind? " +
		"Write the score you mean in the " + CorrectionLabel + " box."
	RecommendationInstruction = "Mark one box. Changed your mind? Write the call you mean in the " +
		CorrectionLabel + " box; a person checks it."
)

// NotApplicable is the option for a question not asked or not assessed:
// kit.ScoreNA, the one rule for what a score may be.
const NotApplicable = kit.ScoreNA

// ScoreValues are the options of a score row, in the order printed:
// kit.ScoreValues, what the scoresheet's dropdown offers too.
var ScoreValues = kit.ScoreValues

// Marks are the registration mark centres the packet prints on paper of
// the given size: MarkInset from each edge, top left first, clockwise.
func Marks(paper Size) [4]Point {
	return [4]Point{
		{MarkInset, MarkInset},
		{paper.W - MarkInset, MarkInset},
		{paper.W - MarkInset, paper.H - MarkInset},
		{MarkInset, paper.H - MarkInset},
	}
}

// CodeTopRight is where the packet prints the page code: in the top right
// corner, level with the top of the registration marks and left of the top
// right one, its quiet zone half a millimetre clear of the mark's. There
// it sits above the text's top margin, in the band a page header shares.
func CodeTopRight(paper Size) Rect {
	right := paper.W - MarkInset - MarkSize/2 - MarkQuiet - QRQuiet - 0.5
	return Rect{right - QRSize, MarkInset - MarkSize/2, QRSize, QRSize}
}
