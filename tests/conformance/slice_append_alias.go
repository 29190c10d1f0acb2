// Two appends to the same slice with spare capacity share the backing array.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3])
	fmt.Println(len(base), cap(base))
}
