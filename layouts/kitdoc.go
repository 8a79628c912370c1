package layouts

// A document about one kit: the packet of a round, the overview of a loop,
// and a candidate's handout. It carries the candidate's name and the
// kit ID in every page header, "Confidential" and the interview day in
// every footer, and words the kit's facts the same way in each kind.

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// kitDoc is a document about the kit k.
type kitDoc struct {
	*document
	k                *kit.Kit
	candidate, kitID string    // as printed
	ratings          [4]string // the names of scores 1-4, as printed
}

// newKitDoc starts a document of the given kind about k; the kind sets the
// header's title. on is as for newDocument.
func newKitDoc(kind, noun string, k *kit.Kit, st Style, on ...*fpdf.Fpdf) (*kitDoc, error) {
	d, err := newDocument(kind, noun, st, k.Date, on...)
	if err != nil {
		return nil, err
	}
	kd := &kitDoc{document: d, k: k}
	kd.words = catalog.For(k.Policy.Language)
	kd.candidate = kd.text("candidate name", k.Candidate)
	kd.kitID = kd.text("kit ID", k.ID)
	for i, r := range k.Policy.WithDefaults().Ratings {
		kd.ratings[i] = kd.text(fmt.Sprintf("rating %d", i+1), r)
	}
	kd.head = runningHead{name: kd.candidate, id: kd.words.T(catalog.HeadKit, kd.kitID), note: kd.words.T(catalog.FootConfidential, kd.dateText())}
	return kd, nil
}

// levelText is the level as printed: "Senior (5-8 y)".
func (kd *kitDoc) levelText() string {
	l := kd.text("level", kd.k.Level.Title)
	if l == "" {
		l = kd.text("level", kd.k.Level.ID)
	}
	if y := kd.text("level years", kd.k.Level.Years); y != "" {
		l += " (" + y + ")"
	}
	return l
}

// dateText is the interview day as printed: "Saturday 14 March 2026",
// "Samstag, 14. März 2026".
func (kd *kitDoc) dateText() string {
	if kd.k.Date.IsZero() {
		return ""
	}
	return kd.words.Day(kd.k.Date)
}

// areaTitle is an area's title as printed, its ID when it has none.
func (kd *kitDoc) areaTitle(a kit.Area) string {
	t := a.Title
	if t == "" {
		t = a.ID
	}
	return kd.text(fmt.Sprintf("area %q", a.ID), t)
}

// bankText is the bank as printed: "Django developer bank, version 3f2a".
func (kd *kitDoc) bankText() string {
	bank := kd.text("bank title", kd.k.BankTitle)
	if v := kd.text("bank version", kd.k.BankVersion); v != "" {
		bank = kd.words.T(catalog.BankVersion, bank, v)
	}
	return bank
}

// recommendations are the labels of the kit's recommendation rule as
// printed, in the order a form offers them.
func (kd *kitDoc) recommendations() []string {
	labels := kd.k.Policy.WithDefaults().Rule.Labels.List()
	for i, l := range labels {
		labels[i] = kd.text("recommendation label", l)
	}
	return labels
}

// ruleText is the kit's recommendation rule in words, as printed.
func (kd *kitDoc) ruleText() string {
	return kd.text("recommendation rule", kit.RecommendationRule(kd.k.Policy))
}

// questionCount is "8 questions".
func (kd *kitDoc) questionCount(n int) string {
	return kd.words.Count(n, catalog.QuestionOne, catalog.QuestionMany)
}

// cover is what a cover of the kit holds.
type cover struct {
	kicker   string               // the line over the candidate's name
	bookmark string               // the cover's entry in the outline
	focus    []kit.Area           // named after role and level, when any
	details  func() [][][2]string // rows of labelled fields
	whose    catalog.Message      // what the notice says is personal data: "These notes"
}

// coverPart is a cover: the kicker over the candidate's name, the role,
// level and focus, rows of details and the confidentiality notice with the
// kit's retention.
func (kd *kitDoc) coverPart(c cover) part {
	st := &kd.st
	boxes := kd.titleBlock(c.kicker, kd.candidate, c.bookmark)
	sub := kd.text("role", kd.k.Role) + " · " + kd.levelText()
	if len(c.focus) > 0 {
		titles := make([]string, len(c.focus))
		for i, a := range c.focus {
			titles[i] = kd.areaTitle(a)
		}
		sub += kd.words.T(catalog.Focus, strings.Join(titles, ", "))
	}
	boxes = append(boxes, spacer(st.Cover.SubtitleGap))
	boxes = append(boxes, kd.para(ink{false, st.SizeSubtitle, st.Muted}, kd.x0, kd.w, sub, "L")...)
	boxes = append(boxes, spacer(st.Cover.DetailsGap))
	for _, row := range c.details() {
		boxes = append(boxes, kd.detailRow(row))
	}
	boxes = append(boxes, spacer(st.Cover.NoticeGap))
	boxes = append(boxes, kd.panel(kd.words.T(catalog.Confidential), kd.words.T(catalog.Notice,
		kd.words.T(c.whose), strings.TrimSuffix(kd.text("retention", kd.k.Retention), ".")))...)
	return part{boxes: boxes, whole: true}
}
