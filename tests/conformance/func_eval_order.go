// Operands and arguments are evaluated left to right.
package main

import "fmt"

func trace(s string, v int) int {
	fmt.Print(s, " ")
	return v
}

func main() {
	x := trace("a", 1) + trace("b", 2)*trace("c", 3)
	fmt.Println(x)
	fmt.Println(trace("d", 4), trace("e", 5))
}
