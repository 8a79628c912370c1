package scoresheet

import (
	"strconv"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
	"github.com/xuri/excelize/v2"
)

// kitSheet lays out the metadata that ties the workbook to its packet and
// bank: a labelled value per fact, then the rounds and their sheets.
func (b *book) kitSheet() {
	const sh = KitSheet
	st, k := b.st, b.k
	b.widths(sh, b.look.KitWidths)
	b.text(sh, "A1", b.words.T(catalog.SheetKitTitle), st.title)
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, 1, 22)
	}
	facts := []struct{ label, value string }{
		{LabelKitID, k.ID},
		{LabelCandidate, k.Candidate},
		{LabelRole, k.Role},
		{LabelLevel, k.Level.Title},
		{LabelLevelID, k.Level.ID},
		{LabelDate, k.Date.Format("2006-01-02")},
		{LabelSeed, strconv.FormatUint(k.Seed, 10)},
		{LabelBank, k.BankTitle},
		{LabelBankVersion, k.BankVersion},
		{LabelToolVersion, k.ToolVersion},
		{LabelFormat, strconv.Itoa(FormatVersion)},
		{LabelRetention, k.Retention},
	}
	if l := k.Policy.Rule.Labels; l != kit.DefaultRule().Labels {
		facts = append(facts, struct{ label, value string }{LabelRecommendations, strings.Join(l.List(), "; ")})
	}
	row := 3
	for _, fact := range facts {
		b.labelled(sh, 1, row, fact.label, fact.value, st.value)
		row++
	}

	row++
	b.text(sh, cellName(1, row), KitRoundsTable, st.label)
	b.header(sh, row+1, KitRoundsColumns)
	row += 2
	for i, rs := range b.rounds {
		r := rs.round
		areas := []string{b.words.T(catalog.AllAreas)}
		if r.Focused {
			areas = areas[:0]
			for _, a := range r.Areas {
				areas = append(areas, a.Title)
			}
		}
		b.number(sh, cellName(1, row), float64(i+1), st.cellNum)
		b.text(sh, cellName(2, row), rs.name, st.cell)
		b.text(sh, cellName(3, row), r.Title, st.cellWrap)
		b.text(sh, cellName(4, row), r.Interviewer, st.cellWrap)
		b.number(sh, cellName(5, row), float64(r.Minutes()), st.cellNum)
		b.number(sh, cellName(6, row), float64(len(r.Questions)), st.cellNum)
		b.text(sh, cellName(7, row), strings.Join(areas, ", "), st.cellWrap)
		if b.err == nil {
			lines := max(wrappedLines(strings.Join(areas, ", "), b.look.KitWidths[6]),
				wrappedLines(r.Title, b.look.KitWidths[2]), wrappedLines(r.Interviewer, b.look.KitWidths[3]))
			b.err = b.f.SetRowHeight(sh, row, float64(lines)*b.look.LineHeight+4)
		}
		row++
	}
	b.printSetup(sh, "")
	b.protect(sh)
}

// properties records the kit in the document's properties, where file
// managers and the archive find it without opening the sheets. The dates
// are the interview day, so one kit always gives the same file.
func (b *book) properties() {
	if b.err != nil {
		return
	}
	k := b.k
	day := k.Date.UTC().Format("2006-01-02T15:04:05Z")
	b.err = b.f.SetDocProps(&excelize.DocProperties{
		Title:       b.words.T(catalog.SheetDocTitle, k.Candidate, k.ID),
		Subject:     strings.TrimSuffix(k.Role+", "+k.Level.Title, ", "),
		Creator:     "interviewkit",
		Keywords:    "interview; scoresheet; " + k.ID,
		Description: b.words.T(catalog.SheetDescription, k.ID, strings.TrimSuffix(k.Retention, ".")),
		Identifier:  k.ID,
		Category:    b.words.T(catalog.SheetCategory),
		Created:     day,
		Modified:    day,
	})
	props := []excelize.CustomProperty{
		{Name: PropertyKitID, Value: k.ID},
		{Name: PropertyFormat, Value: int32(FormatVersion)},
		{Name: PropertyBankVersion, Value: k.BankVersion},
		{Name: PropertyToolVersion, Value: k.ToolVersion},
	}
	for _, p := range props {
		if b.err == nil {
			b.err = b.f.SetCustomProps(p)
		}
	}
}
