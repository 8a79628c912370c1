package main

// loop --from: rebuild the loop a manifest records. It is rebuilt from its
// recorded questions, never drawn again, as long as the bank still has them
// as they were; what else changed in the bank is said, not hidden.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts"
	"github.com/urfave/cli/v2"
)

// loopOnlyFlags are the flags that describe a new loop; --from takes all of
// that from the manifest.
var loopOnlyFlags = []string{"candidate", "level", "focus", "plan", "round", "seed", "date", "role", "paper"}

// manifestLoop rebuilds the loop a manifest (--from) records, from the
// same bank.
func manifestLoop(c *cli.Context, b *kit.Bank, roundFlags []string) (loop, error) {
	for _, name := range loopOnlyFlags {
		if c.IsSet(name) || (name == "round" && len(roundFlags) > 0) {
			return loop{}, usagef("--from rebuilds the loop exactly as recorded; give only --from, --bank, --out and --force",
				"--%s cannot be used with --from", name)
		}
	}
	path := c.String("from")
	data, err := readSmallFile(path, kit.MaxManifestBytes, "give the manifest.json of a loop folder")
	if errors.Is(err, fs.ErrNotExist) {
		return loop{}, usagef("give the manifest.json of a loop folder", "no manifest at %s", path)
	}
	if err != nil {
		return loop{}, err
	}
	m, err := kit.DecodeManifest(bytes.NewReader(data))
	if err != nil {
		return loop{}, fmt.Errorf("%s: %w", path, err)
	}
	if err := m.Check(b); err != nil {
		return loop{}, &hintedError{err: err,
			hint: "rebuild it with the bank it was made from (--bank PATH), or make a new loop without --from"}
	}
	paper, err := layouts.PaperNamed(m.Paper)
	if err != nil {
		return loop{}, fmt.Errorf("%s: %w", path, err)
	}
	k, err := m.Rebuild(b, version)
	if err != nil {
		return loop{}, err
	}
	noteChanges(c.App.ErrWriter, m, b, k)
	return loop{kit: k, focus: m.Focus, paper: paper}, nil
}

// noteChanges says how the bank changed since the manifest was made, when
// it did: the loop is rebuilt as recorded all the same.
func noteChanges(w io.Writer, m kit.Manifest, b *kit.Bank, k *kit.Kit) {
	c := m.Changes(b)
	if c.Same() {
		return
	}
	fmt.Fprintf(w, "interviewkit: note: the bank changed since this loop was made (version %s, now %s): %s\n", c.From, c.To, c)
	fmt.Fprintln(w, "interviewkit: note: the loop's own questions are as they were, so it is rebuilt from them as recorded")
	if k.ID != m.KitID {
		fmt.Fprintf(w, "interviewkit: note: its kit ID is now %s (the manifest records %s, made by an earlier interviewkit)\n", k.ID, m.KitID)
	}
}
