package scanjob

// What a scan did, for the command to print as text or JSON.

// Report is what one run of the scan did.
type Report struct {
	DryRun  bool         `json:"dry_run"`
	Files   int          `json:"files"`
	Pages   int          `json:"pages"` // pages read from the files
	Kits    []*KitReport `json:"kits"`
	Skipped []Note       `json:"skipped"`      // pages of no kit: a blank page, a CV
	Missing []Missing    `json:"missing_kits"` // kit IDs with no kit folder
	Errors  []Note       `json:"errors"`       // files and pages that could not be read
}

// Note is a file or a page and what became of it.
type Note struct {
	File   string `json:"file"`
	Page   int    `json:"page,omitempty"` // 0 for a whole file or a photo
	Reason string `json:"reason"`
}

// Missing is a kit ID the stack holds pages of, with no kit folder.
type Missing struct {
	KitID  string `json:"kit_id"`
	Reason string `json:"reason"`
	Pages  []Note `json:"pages"`
}

// KitReport is one kit's pages and what became of its rounds.
type KitReport struct {
	KitID     string         `json:"kit_id"`
	Candidate string         `json:"candidate"`
	Date      string         `json:"date"`
	Folder    string         `json:"folder"`
	Rounds    []*RoundReport `json:"rounds"`
	Review    *ReviewFiles   `json:"review,omitempty"` // written for a person to settle the kit
	Err       string         `json:"error,omitempty"`  // the kit folder could not be read; nothing archived
}

// RoundReport is one round read from paper.
type RoundReport struct {
	Round          int    `json:"round"`
	Title          string `json:"title"`
	Packet         string `json:"packet"`
	Pages          []int  `json:"pages"`     // the packet's pages read
	Questions      int    `json:"questions"` // in the round
	Read           int    `json:"read"`      // questions read: scored, N/A or left blank
	Recommendation string `json:"recommendation"`
	// Blank are the questions read with no box marked (Q2, Q5): unscored,
	// never a zero, and worth a word with the interviewer.
	Blank  []string     `json:"blank"`
	Review []ReviewItem `json:"review"` // what a person must settle
	// Outcome is what became of the round: archived, corrected,
	// unchanged, kept (blank on paper; the archived scores stay), review
	// (not archived; its pages kept), settled (in doubt on paper, and
	// settled by a person since these same pages were scanned), rejected,
	// or with a dry run "would archive" or "would wait for review".
	Outcome string `json:"outcome"`
	Version int    `json:"version,omitempty"` // the archived version
	// Settled counts the rows in doubt on paper that a person settled
	// after these pages were scanned before (Outcome "settled"); nobody is
	// asked again.
	Settled int    `json:"settled,omitempty"`
	Err     string `json:"error,omitempty"`
}

// ReviewItem is one row, or one page, a person must settle.
type ReviewItem struct {
	Page     int    `json:"page"`               // the packet's page
	Row      string `json:"row,omitempty"`      // Q3, Recommendation; "" for a whole page
	Question string `json:"question,omitempty"` // the question's ID
	Reason   string `json:"reason"`
	Where    string `json:"where,omitempty"` // the scanned file and page
}

// ReviewFiles are what was written for a person to settle a kit: the
// filled-in scoresheet and a picture of each page in question.
type ReviewFiles struct {
	Workbook string   `json:"workbook"`
	Pictures []string `json:"pictures"`
}

// NeedsReview reports whether anything needs a person: a row or page to
// settle, a kit without a folder, a file or page that could not be read.
func (r *Report) NeedsReview() bool {
	if len(r.Missing) > 0 || len(r.Errors) > 0 {
		return true
	}
	for _, k := range r.Kits {
		if k.Err != "" {
			return true
		}
		for _, rr := range k.Rounds {
			if len(rr.Review) > 0 || rr.Err != "" {
				return true
			}
		}
	}
	return false
}
