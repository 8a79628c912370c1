package archive

// Which banks the archive's kits were made from. Every scoresheet records
// its bank's title and version, so the report judges what was never asked
// against the banks the kits came from, not against whatever bank the
// person running it happens to use.

import (
	"context"
	"slices"
)

// KitBank is a bank, by title and version, and how many archived kits
// were made from it.
type KitBank struct {
	Title   string `json:"title"`
	Version string `json:"version"`
	Kits    int    `json:"kits"`
}

// KitBanks lists the banks the archived kits were made from, by title,
// then version.
func (a *Archive) KitBanks(ctx context.Context) ([]KitBank, error) {
	rows, err := a.db.QueryContext(ctx, `SELECT bank_title, bank_version, count(*) FROM kits
		GROUP BY bank_title, bank_version ORDER BY bank_title, bank_version`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []KitBank
	for rows.Next() {
		var b KitBank
		if err := rows.Scan(&b.Title, &b.Version, &b.Kits); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// BankQuestions are the question ids of a bank at hand, by its title, for
// the report to find those no kit made from it asked.
type BankQuestions struct {
	Title string
	IDs   []string
}

// BankCoverage is one bank the archived kits were made from: its versions
// and kits, and, when the bank is at hand, how many questions it has and
// which of them no kit made from it asked.
type BankCoverage struct {
	Title      string   `json:"title"`
	Versions   []string `json:"versions"`
	Kits       int      `json:"kits"`
	AtHand     bool     `json:"at_hand"`
	Questions  int      `json:"questions"`
	NeverAsked []string `json:"never_asked"`
}

// banks fills the report's banks: every bank a kit was made from, with the
// questions of the banks at hand that no kit from them asked.
func (rep *Report) banks(ctx context.Context, a *Archive, all []scoreRow, have []BankQuestions) error {
	used, err := a.KitBanks(ctx)
	if err != nil {
		return err
	}
	asked := map[string]map[string]bool{} // bank title -> question ids asked
	for _, r := range all {
		if asked[r.bank] == nil {
			asked[r.bank] = map[string]bool{}
		}
		asked[r.bank][r.question] = true
	}
	rep.Banks = []BankCoverage{}
	for _, u := range used {
		i := slices.IndexFunc(rep.Banks, func(b BankCoverage) bool { return b.Title == u.Title })
		if i < 0 {
			rep.Banks = append(rep.Banks, BankCoverage{Title: u.Title, NeverAsked: []string{}})
			i = len(rep.Banks) - 1
		}
		b := &rep.Banks[i]
		b.Versions = append(b.Versions, u.Version)
		b.Kits += u.Kits
	}
	for i := range rep.Banks {
		b := &rep.Banks[i]
		j := slices.IndexFunc(have, func(h BankQuestions) bool { return h.Title == b.Title })
		if j < 0 {
			continue
		}
		b.AtHand, b.Questions = true, len(have[j].IDs)
		for _, id := range have[j].IDs {
			if !asked[b.Title][id] {
				b.NeverAsked = append(b.NeverAsked, id)
				rep.NeverAsked = append(rep.NeverAsked, id)
			}
		}
	}
	return nil
}
