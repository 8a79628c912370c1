// Package scanjob is the work of the scan command: it reads stacks of
// scanned pages and photos, finds each page's kit folder by its kit ID,
// groups the pages by kit and round, archives each round the paper settles
// exactly as collect archives a typed scoresheet, and writes, for each kit
// a person must settle, a review workbook and pictures of the pages in
// question.
//
// The rules it follows:
//
//   - Never guess. A round is archived only when every page of its packet
//     that holds a row was read and no row needs a person: two marks, a
//     faint mark, a correction written in, a page scanned twice and read
//     two ways, a page the scanner could not place or a page missing from
//     the stack. Otherwise the round's read scores wait in the review
//     workbook, and the archive keeps only its pages.
//   - One record. What a round's paper says becomes the kit's own
//     scoresheet, from its folder, with the values read put in, and goes
//     through archive.CollectScan: collect's checks and store, one
//     transaction per round, the scanned pages in the same transaction.
//   - Untrusted input. Scans come through scan.Pages; a kit folder's layout
//     (form.DecodeKit) and scoresheet (scoresheet.Read) are read as
//     untrusted files, regular files only, within their limits, and must
//     name the kit their folder is named for.
//   - A person's files are never overwritten: a review workbook or picture
//     that exists gets a numbered sibling.
//   - Bounded memory: pages are read on every core as they stream in
//     (scan.Reader); what is kept of a page until its round is stored is
//     the image as the scanner stored it, and a review picture.
package scanjob
