// A pointer to a slice element writes into the slice.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := &s[1]
	*p = 20
	fmt.Println(s)
}
