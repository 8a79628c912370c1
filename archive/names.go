package archive

import "github.com/interviewkit/interviewkit/kit"

// foldName is a name as the archive stores it for search and compares it
// in reports: kit.PersonKey, the one rule for who is the same person.
func foldName(s string) string { return kit.PersonKey(s) }

// MatchesName reports whether query finds name the way export --candidate
// does: kit.MatchesPerson, a case- and accent-insensitive substring.
func MatchesName(name, query string) bool { return kit.MatchesPerson(name, query) }
