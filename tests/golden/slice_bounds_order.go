// slice_bounds_order: a low bound above the high bound.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	lo, hi := 3, 1
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}
