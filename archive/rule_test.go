package archive

import (
	"context"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// TestAnArchiveOfSchemaOneGainsRules opens an archive written before kits
// kept their rule: it is brought up to date, and its kits recommend by the
// default rule they were scored by.
func TestAnArchiveOfSchemaOneGainsRules(t *testing.T) {
	path := sqliteWithHistory(t)
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	legacyV1(t, a)
	a.Close()
	a, err = OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	rows, err := a.db.Query("SELECT rule FROM kits")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var rule string
		if err := rows.Scan(&rule); err != nil {
			t.Fatal(err)
		}
		if r, err := parseRule(rule); err != nil || r != kit.DefaultRule() {
			t.Errorf("a kit archived before rules: %q read as %+v, %v", rule, r, err)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no kits")
	}
	banks, err := a.KitBanks(context.Background())
	if err != nil || len(banks) == 0 || banks[0].Title == "" || banks[0].Kits == 0 {
		t.Errorf("kit banks %+v, %v", banks, err)
	}
}

func TestRuleTextRoundTrips(t *testing.T) {
	for _, r := range []kit.Rule{kit.DefaultRule(), testkit.TeamPolicy().Rule} {
		back, err := parseRule(ruleText(r))
		if err != nil || back != r {
			t.Errorf("%+v read back as %+v, %v", r, back, err)
		}
	}
	if ruleText(kit.DefaultRule()) != "" {
		t.Error("the default rule is stored as more than ''")
	}
}
