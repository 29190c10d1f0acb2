// slice_bounds_three: the checks of a 3-index slice, max against cap first.
package main

import "fmt"

func main() {
	s := make([]int, 3, 4)
	a, b, c := 1, 2, 5
	fmt.Println(s[a:b:4])
	fmt.Println(s[a:b:c])
}
