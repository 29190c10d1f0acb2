// A nil slice and an empty slice both have length 0; only one is nil.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	fmt.Println(a == nil, b == nil, len(a), len(b), cap(a))
	a = append(a, 1)
	fmt.Println(a, a == nil)
	fmt.Println(b, a[:0])
}
