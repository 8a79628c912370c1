package main

// The banks a report judges the archive against: the banks its kits were
// made from, as each scoresheet records them, found among the banks at
// hand (--bank, $INTERVIEWKIT_BANK or the settings' bank, the settings'
// named banks, the built-in bank), never whichever bank happens to be
// active. The report says so when --bank names a bank no kit came from,
// and which banks it could not find.

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/archive"
	"github.com/interviewkit/interviewkit/internal/settings"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/urfave/cli/v2"
)

// banksAtHand finds the banks the kits were made from, by title, among the
// banks at hand, and notes on the error writer what a reader should know.
// A bank --bank names must be readable; the others are looked at only
// while a kit's bank is still missing.
func banksAtHand(c *cli.Context, used []archive.KitBank) ([]*kit.Bank, error) {
	s, err := teamSettings(c)
	if err != nil {
		return nil, err
	}
	titles := map[string][]string{} // title -> versions the kits were made from
	for _, u := range used {
		titles[u.Title] = append(titles[u.Title], u.Version)
	}
	var choices []settings.BankChoice
	if c.String("bank") != "" {
		choices = append(choices, s.Bank(c.String("bank")))
	}
	choices = append(choices, s.Bank(""))
	if s.File != nil {
		for _, nb := range s.File.Banks {
			choices = append(choices, s.Bank(nb.Name))
		}
	}
	choices = append(choices, settings.BankChoice{Name: settings.Builtin})
	var have []*kit.Bank
	w := c.App.ErrWriter
	for i, choice := range choices {
		if len(have) == len(titles) && i > 0 {
			break
		}
		b, err := readBank(choice)
		if err != nil {
			if i == 0 && c.String("bank") != "" {
				return nil, err
			}
			continue
		}
		if i == 0 && c.String("bank") != "" && titles[b.Title] == nil && len(used) > 0 {
			fmt.Fprintf(w, "interviewkit: note: no archived kit was made from the %s bank (--bank); never-asked questions are judged against the banks the kits came from: %s\n",
				b.Title, strings.Join(sortedKeys(titles), ", "))
		}
		if titles[b.Title] == nil || slices.ContainsFunc(have, func(h *kit.Bank) bool { return h.Title == b.Title }) {
			continue
		}
		have = append(have, b)
		if vs := titles[b.Title]; len(vs) > 1 || vs[0] != b.Version {
			fmt.Fprintf(w, "interviewkit: note: the kits from the %s bank were made from version %s; never-asked questions are judged against version %s, the one at hand\n",
				b.Title, strings.Join(vs, ", "), b.Version)
		}
	}
	for _, t := range sortedKeys(titles) {
		if !slices.ContainsFunc(have, func(h *kit.Bank) bool { return h.Title == t }) {
			fmt.Fprintf(w, "interviewkit: note: the %s bank, which archived kits were made from, is not at hand; name it with --bank or in the settings' banks to see its never-asked questions\n", t)
		}
	}
	return have, nil
}

// printNeverAsked lists, bank by bank, the questions no kit made from the
// bank asked.
func printNeverAsked(w io.Writer, rep *archive.Report) {
	for _, b := range rep.Banks {
		kits := plural(b.Kits, "kit")
		if !b.AtHand {
			fmt.Fprintf(w, "\nNever asked, %s bank (%s): not known, the bank is not at hand\n", b.Title, kits)
			continue
		}
		fmt.Fprintf(w, "\nNever asked, %s bank (%s): %d of its %s are in no archived kit", b.Title, kits, len(b.NeverAsked), plural(b.Questions, "question"))
		if len(b.NeverAsked) > 0 {
			fmt.Fprintf(w, ":\n  %s", strings.Join(wrapList(b.NeverAsked, 90), "\n  "))
		}
		fmt.Fprintln(w)
	}
}

// bankQuestions are the banks' question ids, as the archive's report
// takes them.
func bankQuestions(banks []*kit.Bank) []archive.BankQuestions {
	out := make([]archive.BankQuestions, len(banks))
	for i, b := range banks {
		out[i] = archive.BankQuestions{Title: b.Title, IDs: ids(b.Questions)}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func ids(qs []*kit.Question) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.ID
	}
	return out
}
