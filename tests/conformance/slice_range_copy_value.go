// The range value is a copy; writing it does not change the slice.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for _, v := range s {
		v *= 10
		_ = v
	}
	fmt.Println(s)
	for i := range s {
		s[i] *= 10
	}
	fmt.Println(s)
}
