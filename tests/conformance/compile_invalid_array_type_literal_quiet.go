// A composite literal of a type whose declaration was reported (its array length is
// undeclared) adds no error of its own, as in Go.
package main

import "fmt"

type Board [size][size]rune

func main() {
	b := Board{}
	fmt.Println(len(b), Board{{'x'}})
}
