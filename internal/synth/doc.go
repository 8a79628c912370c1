// Package synth makes scanned interview forms for the scanner's tests: it
// lays out and prints test packets the way the contract in layouts/form
// says the real packet will, draws pen marks on them (filled, ticked,
// crossed, ringed; blue and black ink), degrades them as a flatbed scanner
// or a phone camera would, and packs them into PDFs as office scanners
// write them. Everything is seeded, so a run is reproducible.
//
// The test packet stands in for the real one until the packet draws the
// contract itself; then the generator should print real packets instead.
package synth
