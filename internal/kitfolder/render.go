package kitfolder

import (
	"bytes"
	"fmt"
	"sync"
)

// Render renders every file of the folder in memory at once, one goroutine
// each, and returns their bytes in file order; Write calls it. A kit is a
// handful of documents, each mostly font work on one core. Late files
// render after the others, and only when those all rendered. The first
// error in file order wins, named by its file. A renderer that panics
// panics again in the caller's goroutine, where the command's recovery
// reports it, instead of ending the program from a goroutine.
func (f Folder) Render() ([][]byte, error) {
	files := f.Files
	bufs := make([]bytes.Buffer, len(files))
	errs := make([]error, len(files))
	for _, late := range []bool{false, true} {
		panics := make([]any, len(files))
		var wg sync.WaitGroup
		for i, f := range files {
			if f.Late != late {
				continue
			}
			wg.Go(func() {
				defer func() { panics[i] = recover() }()
				errs[i] = f.Render(&bufs[i])
			})
		}
		wg.Wait()
		for i, p := range panics {
			if p != nil {
				panic(fmt.Sprintf("%s: %v", files[i].Name, p))
			}
		}
		for i, f := range files {
			if errs[i] != nil {
				return nil, fmt.Errorf("%s: %w", f.Name, errs[i])
			}
		}
	}
	out := make([][]byte, len(files))
	for i := range files {
		out[i] = bufs[i].Bytes()
	}
	return out, nil
}
