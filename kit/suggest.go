package kit

import "strings"

// Closest returns the entry of valid nearest to s by edit distance, or "" when
// none is near enough to be a plausible typo. A unique prefix also matches.
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
	limit := max(2, len([]rune(s))/3)
	if bestDist >= 0 && bestDist <= limit && bestDist < len([]rune(s)) {
		return best
	}
	if prefixed != "" && prefixed != "-" {
		return prefixed
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, by runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
