// Package scan reads filled-in interview forms back from paper: scanned
// PDFs as office scanners write them, and phone photos of pages.
//
// The forms are laid out by the contract in layouts/form, so nothing is
// drawn by hand: every page carries a QR page code (kit, round, page) and
// four registration marks, and the kit's layout says where every mark box
// is. Reading a page goes:
//
//   - find the page code in the image's corners and decode it; which way
//     round its finder patterns lie says how the page is turned;
//   - look up the page's layout from the code;
//   - find the four registration marks, predicting each from the code and
//     the marks already found, and map page millimetres onto image pixels
//     (a homography, which undoes rotation, scale, shift and a photo's
//     perspective), accepting the map only when the page's printed boxes
//     are where it puts them;
//   - for each row, find its printed boxes near where the map puts them,
//     then measure the ink inside each box and in the band around it (a
//     ring drawn round the box), against the paper right there, so uneven
//     light and shadows do not read as ink;
//   - decide the row: one clear mark is a score, no mark is blank, and two
//     marks, a faint mark or anything unclear go to a person, with the
//     reason and the ink measured for each option.
//
// Never guess: a wrong score stored silently is worse than a question left
// for review, so every doubt ends in review.
//
// Intake (Pages) is the one way files come in, and treats them as
// untrusted: sizes, page counts and pixel counts are checked before memory
// is spent, and errors wrap sentinels. A Reader reads pages on every core
// and yields results in input order with bounded memory.
package scan
