// Printing slices of several element types.
package main

import "fmt"

func main() {
	fmt.Println([]int{1, 2}, []string{"a", "b"}, []bool{true}, []float64{1.5, 2})
	fmt.Println([]string{}, [][]int{{1}, {2, 3}})
	var nilS []int
	fmt.Println(nilS)
}
