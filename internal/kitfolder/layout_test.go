package kitfolder_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interviewkit/interviewkit/internal/kitfolder"
	"github.com/interviewkit/interviewkit/internal/testkit"
	"github.com/interviewkit/interviewkit/kit"
	"github.com/interviewkit/interviewkit/layouts/form"
)

// checkLayout checks a folder's layout sidecar: the kit's ID, its
// scoresheet's name, and each round's packet under its file name with the
// layout its packet returned.
func checkLayout(t *testing.T, k *kit.Kit, f kitfolder.Folder, data []byte) {
	t.Helper()
	fk, err := form.DecodeKit(bytes.NewReader(data), kitfolder.LayoutName)
	if err != nil {
		t.Fatal(err)
	}
	if fk.KitID != k.ID || fk.Scoresheet != kitfolder.ScoresheetName(k) || len(fk.Packets) != len(k.Rounds) {
		t.Fatalf("layout of kit %s, scoresheet %q, %d packets", fk.KitID, fk.Scoresheet, len(fk.Packets))
	}
	for i, p := range fk.Packets {
		want := kitfolder.PacketName(k, i)
		if len(k.Rounds) == 1 {
			want = strings.TrimSuffix(kitfolder.ScoresheetName(k), "-scoresheet.xlsx") + "-packet.pdf"
		}
		if p.File != want || p.Layout.Round != i+1 || p.Layout.KitID != k.ID {
			t.Errorf("packet %d: file %q, round %d, kit %s; want %q", i, p.File, p.Layout.Round, p.Layout.KitID, want)
		}
		found := false
		for _, file := range f.Files {
			found = found || file.Name == p.File
		}
		if !found {
			t.Errorf("the layout names %q, which the folder does not hold", p.File)
		}
	}
}

func TestKitFolderKeepsTheLayoutOfItsPacket(t *testing.T) {
	k := testkit.BankKit(t, "mid", 4, "Ana")
	f := kitfolder.Kit(t.TempDir(), k, &fakeDocs{})
	data, err := f.Render()
	if err != nil {
		t.Fatal(err)
	}
	last := len(f.Files) - 1
	if f.Files[last].Name != kitfolder.LayoutName {
		t.Fatalf("last file is %s", f.Files[last].Name)
	}
	checkLayout(t, k, f, data[last])
	// Rendering again records the layouts again: the same bytes.
	again, err := f.Render()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again[last], data[last]) {
		t.Error("a second render gave another layout")
	}
}

func TestAFailedPacketWritesNoLayout(t *testing.T) {
	k, areas := testkit.BankLoop(t, "senior", nil, 7, "Ana", "Bo")
	out := filepath.Join(t.TempDir(), "kits")
	_, err := kitfolder.Loop(out, k, areas, nil, &fakeDocs{fail: "packet"}).Write(false)
	if !errors.Is(err, errRender) || !strings.Contains(err.Error(), "packet.pdf") {
		t.Fatalf("got %v, want the packet's error, naming its file", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed render touched the disk: %v", err)
	}
}
