package kit

import "strings"

// Closest returns the entry of valid nearest to s by edit distance, or "" when
// none is near enough to be a plausible typo: one edit (a swap of two
// neighbours counts one) in a word of up to five letters, a third of the
// letters in a longer one ("wbe" for "web", "senoir" for "senior", but not
// "tags" for "stage"). A unique prefix also matches.
func Closest(s string, valid []string) string {
	s = strings.ToLower(s)
	best, bestDist := "", -1
	prefixed := ""
	for _, v := range valid {
		if s != "" && strings.HasPrefix(v, s) {
			if prefixed != "" {
				prefixed = "-" // ambiguous prefix
			} else {
				prefixed = v
			}
		}
		d := editDistance(s, v)
		if bestDist < 0 || d < bestDist {
			best, bestDist = v, d
		}
	}
	limit := max(1, len([]rune(s))/3)
	if bestDist >= 0 && bestDist <= limit && bestDist < len([]rune(s)) {
		return best
	}
	if prefixed != "" && prefixed != "-" {
		return prefixed
	}
	return ""
}

// editDistance is the optimal string alignment distance between a and b,
// by runes: insertions, deletions, substitutions and swaps of two
// neighbours each count one, so "wbe" is one edit from "web".
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
