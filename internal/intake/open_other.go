//go:build !unix

package intake

// openFlags: systems without O_NONBLOCK rely on the look before opening.
const openFlags = 0
