// Pointers compare equal when they point to the same variable.
package main

import "fmt"

func main() {
	a, b := 1, 1
	pa, pb := &a, &b
	var pn *int
	fmt.Println(pa == pb, pa == &a, pn == nil)
}
