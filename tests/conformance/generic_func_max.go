// A generic function with a constraint listing types.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max[int](-1, -2))
}
