package archive

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/interviewkit/interviewkit/internal/intake"
)

// maxWalk bounds the files and folders walked below one argument: a
// folder of a million files is refused, not listed.
const maxWalk = 100_000

// Files lists the files args name: a file as it is, a folder's .xlsx files
// at any depth, sorted, leaving out Excel's "~$" lock files and hidden
// files. An argument that names nothing comes back as a rejected Result.
// Symbolic links to folders are not followed; every file found is read
// through the intake, which refuses what is not a regular file.
func Files(args []string) (files []string, missing []Result) {
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			missing = append(missing, Result{Source: arg, Status: Rejected, Err: pathError(err)})
			continue
		}
		if !info.IsDir() {
			add(filepath.Clean(arg))
			continue
		}
		var found []string
		err = intake.Walk(arg, maxWalk, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				missing = append(missing, Result{Source: p, Status: Rejected, Err: pathError(err)})
				return nil
			}
			name := d.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(name), ".xlsx") && !strings.HasPrefix(name, "~$") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			missing = append(missing, Result{Source: arg, Status: Rejected, Err: pathError(err)})
			if errors.Is(err, intake.ErrTooMany) {
				found = nil // all of the folder or none of it
			}
		}
		slices.Sort(found)
		for _, p := range found {
			add(p)
		}
	}
	return files, missing
}

// pathError drops the path from an os error: results name their file.
func pathError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errNotExist{}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errNotExist is a path that names nothing; it is fs.ErrNotExist.
type errNotExist struct{}

func (errNotExist) Error() string        { return "no such file or folder" }
func (errNotExist) Is(target error) bool { return target == fs.ErrNotExist }
