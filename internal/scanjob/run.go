package scanjob

// Running a scan: read every page of every file on every core, group the
// pages of each kit by round, then settle each kit in the order its first
// page came: archive what the paper settles, write what a person must.

import (
	"context"
	"errors"
	"strings"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/scan"
)

// Options say how to run a scan.
type Options struct {
	Kits    *Kits            // where the kit folders are
	Archive *archive.Archive // where rounds go; unused with DryRun
	DryRun  bool             // read and report; archive and write nothing
	Workers int              // pages read at once; every core when zero
	Limits  scan.Limits      // on every file read
}

// Run scans the files and returns what it did. Its error is for the run as
// a whole (the context ended); what went wrong with a file, a page or a
// kit is in the Report.
func Run(ctx context.Context, files []string, opt Options) (*Report, error) {
	if opt.Kits == nil || (!opt.DryRun && opt.Archive == nil) {
		return nil, errors.New("scanjob: no kit folders or no archive")
	}
	rep := &Report{DryRun: opt.DryRun, Files: len(files), Kits: []*KitReport{}, Skipped: []Note{}, Missing: []Missing{}, Errors: []Note{}}
	in := newInputs(files, opt.Limits)
	defer in.close()
	reader := scan.Reader{Lookup: opt.Kits.Lookup, Workers: opt.Workers, After: keepPage}
	g := &groups{kits: map[string]*kitPages{}}
	for res := range reader.Read(in.pages) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		in.reached(res.Page)
		g.add(res, opt.Kits, rep)
	}
	in.close()
	for _, kp := range g.order {
		rep.Kits = append(rep.Kits, settleKit(ctx, kp, opt))
	}
	return rep, ctx.Err()
}

// groups are the pages read, by kit and round.
type groups struct {
	kits    map[string]*kitPages
	order   []*kitPages
	missing map[string]int // kit ID -> index in Report.Missing
}

// kitPages are one kit's pages.
type kitPages struct {
	folder *Folder
	rounds map[int]map[int][]*pageRead // round -> packet page -> readings
}

// pageRead is one reading of a packet's page.
type pageRead struct {
	src  scan.Page
	res  scan.PageResult
	kept *kept
}

// where names a page of the stack: "stack.pdf page 3".
func (p *pageRead) where() string { return p.src.String() }

// add files one result.
func (g *groups) add(res scan.Result, kits *Kits, rep *Report) {
	note := Note{File: res.Page.File, Page: res.Page.Number}
	switch {
	case res.Err != nil:
		rep.Errors = append(rep.Errors, Note{File: note.File, Page: note.Page, Reason: errorText(res.Page, res.Err)})
		return
	case res.Status == scan.PageNoCode:
		rep.Pages++
		note.Reason = res.Reason + "; not a page of a kit (a blank page, a CV?), skipped"
		rep.Skipped = append(rep.Skipped, note)
		return
	}
	rep.Pages++
	folder := kits.Folder(res.Code.KitID)
	if errors.Is(folder.Err, ErrNoFolder) {
		g.missingKit(res.Code.KitID, folder.Err, note, rep)
		return
	}
	if res.Status == scan.PageUnknown {
		note.Reason = res.Reason
		rep.Errors = append(rep.Errors, note)
		return
	}
	kp := g.kits[folder.KitID]
	if kp == nil {
		kp = &kitPages{folder: folder, rounds: map[int]map[int][]*pageRead{}}
		g.kits[folder.KitID] = kp
		g.order = append(g.order, kp)
	}
	pages := kp.rounds[res.Code.Round]
	if pages == nil {
		pages = map[int][]*pageRead{}
		kp.rounds[res.Code.Round] = pages
	}
	pr := &pageRead{src: res.Page, res: res.PageResult}
	pr.kept, _ = res.Extra.(*kept)
	pages[res.Code.Page] = append(pages[res.Code.Page], pr)
}

// missingKit lists a page of a kit with no folder under its kit ID.
func (g *groups) missingKit(id string, err error, note Note, rep *Report) {
	if g.missing == nil {
		g.missing = map[string]int{}
	}
	i, ok := g.missing[id]
	if !ok {
		i = len(rep.Missing)
		g.missing[id] = i
		rep.Missing = append(rep.Missing, Missing{KitID: id, Reason: err.Error()})
	}
	rep.Missing[i].Pages = append(rep.Missing[i].Pages, note)
}

// errorText is an error for a person, its file named by the Note.
func errorText(p scan.Page, err error) string {
	// The note names the page already; the error's own "file page 3: "
	// would say it twice.
	return strings.TrimPrefix(err.Error(), p.String()+": ")
}
