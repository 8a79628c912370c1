package kitfolder

// Replacing a kit folder never loses what a person wrote in it. With
// force, the folder's files are compared with the ones about to replace
// them: a kit folder's name holds the kit ID, which derives from the kit's
// content, so a folder of the same name written by interviewkit and left
// alone holds the same bytes. When anything differs (a scoresheet filled
// in, a packet annotated, a file added) the old folder is kept beside the
// new one, renamed with the time it was replaced, and the caller is told
// where; only a folder that holds exactly what is written again is
// removed.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/interviewkit/interviewkit/internal/atomicfile"
	"github.com/interviewkit/interviewkit/internal/intake"
)

// Written is what Folder.WriteKeeping did.
type Written struct {
	// Paths are the files written, in file order.
	Paths []string
	// Kept is where the folder that was replaced now is, when it held
	// something other than what was written; Changed names what (file
	// names, at most a few). Both are empty when nothing was replaced or
	// the old folder held exactly the new files.
	Kept    string
	Changed []string
}

// maxEntries bounds the entries of a folder compared before it is replaced.
const maxEntries = 1000

// now stamps kept folders; tests replace it.
var now = time.Now

// changed lists what in the folder dir differs from the new files: a file
// whose bytes are not the new file's, anything the new folder does not
// hold. Files are read through the intake, no more than the new file's
// size and a byte, so a pipe or a huge file planted there costs nothing.
func changed(dir string, files []File, data [][]byte) ([]string, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	// A kit folder holds a handful of files; past maxEntries, it is
	// someone's, and kept whole without listing it all.
	entries, err := d.ReadDir(maxEntries + 1)
	d.Close()
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(entries) > maxEntries {
		return []string{fmt.Sprintf("more than %d files", maxEntries)}, nil
	}
	var diff []string
	for _, e := range entries {
		i := slices.IndexFunc(files, func(f File) bool { return f.Name == e.Name() })
		if i < 0 {
			diff = append(diff, e.Name())
			continue
		}
		old, err := intake.ReadFile(filepath.Join(dir, e.Name()), int64(len(data[i])))
		switch {
		case errors.Is(err, intake.ErrTooLarge), errors.Is(err, intake.ErrNotRegular):
			diff = append(diff, e.Name())
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		case !bytes.Equal(old, data[i]):
			diff = append(diff, e.Name())
		}
	}
	return diff, nil
}

// keepName is a free name beside dir for the folder it replaces:
// "<dir>.replaced-20260314T101500Z", then "-2", "-3" if taken.
func keepName(dir string) string {
	base := dir + ".replaced-" + now().UTC().Format("20060102T150405Z")
	name := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
}

// WriteKeeping is Write, saying what became of a folder it replaced.
func (f Folder) WriteKeeping(force bool) (Written, error) {
	var w Written
	info, err := os.Stat(f.Dir)
	exists := err == nil
	if exists && !force {
		return w, f.exists()
	}
	if exists && !info.IsDir() {
		// A file, a pipe or a device where the kit folder goes: force
		// replaces a kit folder, nothing else.
		return w, fmt.Errorf("%s is not a folder; --force replaces only a kit folder, so it is left as it is", f.Dir)
	}
	data, err := f.Render()
	if err != nil {
		return w, err
	}
	if exists {
		if w.Changed, err = changed(f.Dir, f.Files, data); err != nil {
			return w, err
		}
		if len(w.Changed) > 0 {
			w.Kept = keepName(f.Dir)
		}
	}
	files := make([]atomicfile.File, len(f.Files))
	w.Paths = make([]string, len(f.Files))
	for i, file := range f.Files {
		b := data[i]
		files[i] = atomicfile.File{Name: file.Name, Write: func(w io.Writer) error {
			_, err := w.Write(b)
			return err
		}}
		w.Paths[i] = filepath.Join(f.Dir, file.Name)
	}
	if w.Kept != "" {
		err = atomicfile.WriteDirKeeping(f.Dir, files, w.Kept)
	} else {
		err = atomicfile.WriteDir(f.Dir, files, force)
	}
	if errors.Is(err, atomicfile.ErrExists) {
		return Written{}, f.exists()
	}
	if err != nil {
		return Written{}, err
	}
	return w, nil
}
