package layouts

import (
	"errors"
	"io"

	"github.com/interviewkit/interviewkit/kit"
)

// PacketOptions are the choices of a printed packet that are not content.
type PacketOptions struct {
	Paper Paper
}

// WritePacket writes the interviewer packet for round r of k as a PDF.
func WritePacket(w io.Writer, k *kit.Kit, r int, opt PacketOptions) error {
	return errors.New("packet: not written yet")
}
