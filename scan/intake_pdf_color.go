package scan

// A scanned PDF's image colour spaces: how an image's decoded samples
// become colours (grey, RGB, CMYK, an indexed palette or a stencil mask).

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// colorSpace says how decoded samples become colours.
type colorSpace struct {
	comps   int    // 1 grey, 3 RGB, 4 CMYK
	palette []byte // for an indexed image: entries of comps bytes
	mask    bool   // an image mask: 1-bit stencil
}

// readColorSpace resolves a colour space to components and a palette.
func readColorSpace(ctx *model.Context, o types.Object, depth int) (colorSpace, error) {
	unsupported := func(what string) (colorSpace, error) {
		return colorSpace{}, fmt.Errorf("%w: colour space %s", ErrUnsupported, clean(what, 40))
	}
	if depth > 2 {
		return unsupported("nested too deep")
	}
	switch cs := o.(type) {
	case types.Name:
		switch cs {
		case "DeviceGray", "CalGray", "G":
			return colorSpace{comps: 1}, nil
		case "DeviceRGB", "CalRGB", "RGB":
			return colorSpace{comps: 3}, nil
		case "DeviceCMYK", "CMYK":
			return colorSpace{comps: 4}, nil
		}
		return unsupported(string(cs))
	case types.Array:
		if len(cs) == 0 {
			return unsupported("[]")
		}
		name, ok := cs[0].(types.Name)
		if !ok {
			return unsupported("array")
		}
		switch name {
		case "CalGray":
			return colorSpace{comps: 1}, nil
		case "CalRGB", "Lab":
			if name == "Lab" {
				return unsupported("Lab")
			}
			return colorSpace{comps: 3}, nil
		case "ICCBased":
			if len(cs) < 2 {
				return unsupported("ICCBased")
			}
			sd, _, err := ctx.DereferenceStreamDict(cs[1])
			if err != nil || sd == nil {
				return colorSpace{}, fmt.Errorf("%w: ICC profile", ErrDamaged)
			}
			switch intEntry(ctx, sd.Dict, "N") {
			case 1:
				return colorSpace{comps: 1}, nil
			case 3:
				return colorSpace{comps: 3}, nil
			case 4:
				return colorSpace{comps: 4}, nil
			}
			return unsupported("ICCBased")
		case "Indexed", "I":
			if len(cs) < 4 {
				return unsupported("Indexed")
			}
			baseObj, err := ctx.Dereference(cs[1])
			if err != nil {
				return colorSpace{}, fmt.Errorf("%w: colour space", ErrDamaged)
			}
			base, err := readColorSpace(ctx, baseObj, depth+1)
			if err != nil || base.palette != nil || base.comps == 4 {
				return unsupported("Indexed")
			}
			hival, err := ctx.DereferenceInteger(cs[2])
			if err != nil || hival == nil || hival.Value() < 0 || hival.Value() > 255 {
				return colorSpace{}, fmt.Errorf("%w: palette size", ErrDamaged)
			}
			lookup, err := paletteBytes(ctx, cs[3])
			if err != nil {
				return colorSpace{}, err
			}
			n := (hival.Value() + 1) * base.comps
			if len(lookup) < n {
				return colorSpace{}, fmt.Errorf("%w: palette is short", ErrDamaged)
			}
			return colorSpace{comps: base.comps, palette: lookup[:n]}, nil
		}
		return unsupported(string(name))
	}
	return unsupported(fmt.Sprintf("%T", o))
}

// paletteBytes reads an indexed colour space's lookup table: a string or
// a stream.
func paletteBytes(ctx *model.Context, o types.Object) ([]byte, error) {
	o, err := ctx.Dereference(o)
	if err != nil {
		return nil, fmt.Errorf("%w: palette", ErrDamaged)
	}
	switch v := o.(type) {
	case types.StringLiteral:
		b, err := types.Unescape(v.Value())
		if err != nil {
			return nil, fmt.Errorf("%w: palette", ErrDamaged)
		}
		return b, nil
	case types.HexLiteral:
		b, err := v.Bytes()
		if err != nil {
			return nil, fmt.Errorf("%w: palette", ErrDamaged)
		}
		return b, nil
	case types.StreamDict:
		b, err := v.DecodeLengthWithLimit(-1, 1<<12)
		if err != nil {
			return nil, fmt.Errorf("%w: palette", ErrDamaged)
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: palette", ErrDamaged)
}
