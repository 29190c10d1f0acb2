// Arguments of a deferred call are evaluated at the defer statement.
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("deferred sees", x)
	x = 2
	fmt.Println("body sees", x)
}
