// %w outside Errorf, twice in one Errorf, or on an operand that is not an error.
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func main() {
	e := errors.New("boom")
	fmt.Println(fmt.Sprintf("%w", e))
	two := fmt.Errorf("a %w b %w", e, e)
	fmt.Printf("%v %T %v\n", two, two, errors.Unwrap(two) == nil)
	str := fmt.Errorf("x %w", "str")
	fmt.Printf("%v %T\n", str, str)
	nilErr := fmt.Errorf("x %w", nil)
	fmt.Printf("%v %T %v\n", nilErr, nilErr, errors.Unwrap(nilErr) == nil)
	one := fmt.Errorf("x %w", e)
	fmt.Printf("%v %T %v %+v %s %q %x\n", one, one, errors.Unwrap(one) == e, one, one, one, one)
	fmt.Println(fmt.Errorf("%w", point{1, 2}))
	fmt.Println(fmt.Errorf("%v %w", e))
	fmt.Printf("%d|%10v|%-6s|\n", e, e, e)
}
