// A verb applies to each element of a slice.
package main

import "fmt"

func main() {
	fmt.Printf("%d %x %q %.1f\n", []int{10, 11}, []int{10, 11}, []string{"a", "b"}, []float64{1, 2.25})
	fmt.Printf("%5d|\n", []int{1, 2})
}
