package archive

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
)

// TestAnArchiveOfSchemaOneGainsRules opens an archive written before kits
// kept their rule: it is brought up to date, and its kits recommend by the
// default rule they were scored by.
func TestAnArchiveOfSchemaOneGainsRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations[0] + fmt.Sprintf("PRAGMA user_version = 1; PRAGMA application_id = %d;", applicationID)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO kits VALUES ('K1', 'Ana', 'ana', 'Dev', 'Senior', 'senior', '2025-01-01', '1',
		'Django developer', 'abc', 'old', 1, 'Keep for 12 months after the hiring decision, then delete', 0, '2025-01-02T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var version int
	var rule string
	if err := a.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != len(migrations) {
		t.Fatalf("schema %d (%v), want %d", version, err, len(migrations))
	}
	if err := a.db.QueryRow("SELECT rule FROM kits WHERE kit_id = 'K1'").Scan(&rule); err != nil || rule != "" {
		t.Fatalf("rule %q (%v), want the default's", rule, err)
	}
	if r, err := parseRule(rule); err != nil || r != kit.DefaultRule() {
		t.Errorf("parsed %+v, %v", r, err)
	}
	banks, err := a.KitBanks(context.Background())
	if err != nil || len(banks) != 1 || banks[0] != (KitBank{Title: "Django developer", Version: "abc", Kits: 1}) {
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
