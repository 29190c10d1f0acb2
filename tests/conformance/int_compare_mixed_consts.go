// Untyped constants adapt to the type of the other operand.
package main

import "fmt"

func main() {
	var x uint8 = 200
	fmt.Println(x > 100, x == 200)
	var f float64 = 2
	fmt.Println(f/4, 1/2, 1.0/2)
}
