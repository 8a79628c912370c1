//go:build unix

package intake

import "syscall"

// openFlags open a file without waiting: a named pipe swapped in after
// the first look opens at once, and the look at the handle refuses it.
const openFlags = syscall.O_NONBLOCK
