// Deferred calls still run when the function panics.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	panic("boom")
}
