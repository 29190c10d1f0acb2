// golden: not-from-go
// Go prints the same first line, but its signal line holds a real pc, so the
// expected stderr here is that first line only (checked with go run by hand).
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling")
	fmt.Println(f(1))
}
