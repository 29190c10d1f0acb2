// Println separates every operand with a space.
package main

import "fmt"

func main() {
	fmt.Println("a", 1, true, 2.5, 'x', nil)
	fmt.Println()
	fmt.Println("")
}
