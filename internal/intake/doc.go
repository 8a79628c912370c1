// Package intake is the one way interviewkit reads a file it did not
// write: a bank or a folder of bank files, a plan, a manifest, a completed
// scoresheet, a folder collect walks. Its rules:
//
//   - Regular files only. A file is looked at before it is opened, since
//     opening a named pipe waits for a writer and a device never ends; it
//     is opened without waiting (O_NONBLOCK where the system has it) and
//     looked at again on the opened handle, so a file swapped for a pipe
//     or a device in between is refused too. Symbolic links are followed
//     and judged by what they lead to: a link to /dev/zero is a device.
//   - Size is counted while reading, never trusted from stat (which says 0
//     for a device and may change while the file is read): a reader gives
//     at most the limit and fails with ErrTooLarge on the first byte past
//     it, so nothing larger is ever held in memory.
//   - Failures say what the file is and what the limit is: "not a regular
//     file (a named pipe)", "too large (limit 1.0 MB)"; they wrap
//     ErrNotRegular and ErrTooLarge for errors.Is.
//
// Readers of formats take an io.Reader or bytes from here plus limits of
// their own on every count the file controls (rounds, rows, questions);
// this package bounds only bytes. Walking a folder is the caller's, with
// Walk's limit on entries; every file found is then read through here.
//
// Dir is the same rule as an fs.FS, for code that takes a file system (a
// bank's folder through kit.Load), and ReadFS applies it to any fs.FS.
// The package imports only the standard library.
package intake
