// A slice passed to a function shares elements but not length.
package main

import "fmt"

func grow(s []int) {
	s[0] = 100
	s = append(s, 4)
	_ = s
}

func main() {
	s := make([]int, 3, 3)
	grow(s)
	fmt.Println(s, len(s))
}
