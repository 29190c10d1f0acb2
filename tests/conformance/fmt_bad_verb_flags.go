// A verb that does not fit its operand prints the operand as %v with the same flags, width
// and precision; a struct is walked field by field under the bad verb, with no String method.
package main

import "fmt"

type S struct{ A int }

func (s S) String() string { return "str" }

type P struct {
	Name string
	Age  int
}

func main() {
	fmt.Printf("%5z|%+z|%-4z|%05z|%.2z|%#z|%+日|%6日|\n", 1, 2, 3, 4, 1.5, S{1}, 5, "ab")
	fmt.Printf("%d|%5d|%+.1d|%x|%z\n", S{1}, "s", 2.5, true, P{"ann", 30})
	fmt.Printf("%日|%ü\n", nil, []int{1, 2})
	fmt.Printf("%+w|%5w\n", fmt.Errorf("e"), 3)
	fmt.Println(fmt.Errorf("%日 %w", 1, fmt.Errorf("in")))
}
