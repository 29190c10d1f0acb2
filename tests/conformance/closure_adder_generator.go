// Closures that capture a parameter.
package main

import "fmt"

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func main() {
	add2, add10 := adder(2), adder(10)
	fmt.Println(add2(1), add10(1), add2(add10(0)))
}
