// slice_make_negative: make with a negative length at run time.
package main

import "fmt"

func main() {
	n := -3
	fmt.Println("making")
	s := make([]int, n)
	fmt.Println(s)
}
