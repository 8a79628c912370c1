package catalog

// Ratings are the language's default names of the scores 1 to 4.
func (p Printer) Ratings() [4]string {
	return [4]string{p.T(Rating1), p.T(Rating2), p.T(Rating3), p.T(Rating4)}
}

// Recommendations are the language's default recommendation labels: strong
// no, no, yes, strong yes, no decision.
func (p Printer) Recommendations() [5]string {
	return [5]string{p.T(RecStrongNo), p.T(RecNo), p.T(RecYes), p.T(RecStrongYes), p.T(RecNoDecision)}
}
