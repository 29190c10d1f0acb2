// slice_bounds_cap: slicing past the capacity panics with Go's text and exit code 2.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 5
	fmt.Println(s[:3])
	fmt.Println(s[:n])
}
