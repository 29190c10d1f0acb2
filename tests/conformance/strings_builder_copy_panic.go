// Writing to a copy of a Builder that was written to panics, as in Go.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	b := a // copying an unused Builder is fine
	b.WriteString("b")
	a.WriteString("a")
	fmt.Println(a.String(), b.String())
	c := a
	fmt.Println(c.String(), c.Len())
	c.Reset()
	c.WriteString("c is its own now")
	fmt.Println(c.String(), a.String())
	d := a
	d.WriteString("!")
}
