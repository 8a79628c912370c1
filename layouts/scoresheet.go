package layouts

import (
	"errors"
	"io"

	"github.com/interviewkit/interviewkit/kit"
)

// WriteScoresheet writes the Excel scoresheet for every round of k.
func WriteScoresheet(w io.Writer, k *kit.Kit) error {
	return errors.New("scoresheet: not written yet")
}
