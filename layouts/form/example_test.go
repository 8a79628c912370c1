package form_test

import (
	"fmt"

	"github.com/interviewkit/interviewkit/layouts/form"
)

func ExampleCode_String() {
	c := form.Code{Version: form.Version, KitID: "K7QF-3M2A", Round: 2, Page: 3}
	fmt.Println(c)
	back, err := form.ParseCode(c.String())
	fmt.Println(back == c, err)
	// Output:
	// IK1:K7QF-3M2A:2:3
	// true <nil>
}

func ExampleMarks() {
	for _, m := range form.Marks(form.Size{W: 210, H: 297}) {
		fmt.Printf("(%g, %g) ", m.X, m.Y)
	}
	fmt.Println()
	// Output:
	// (9, 9) (201, 9) (201, 288) (9, 288)
}
