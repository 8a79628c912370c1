package testkit

import (
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/kit/catalog"
)

// InGerman is a copy of k printed in German, as a team whose settings say
// `language: de` and name nothing else gets it: the language's rating and
// recommendation names, the retention sentence in German. k is unchanged.
func InGerman(k *kit.Kit) *kit.Kit {
	c := *k
	p := k.Policy
	p.Language = catalog.German
	c.Policy = p.InLanguage(func(string) bool { return false })
	c.Retention = c.Policy.RetentionText()
	return &c
}
