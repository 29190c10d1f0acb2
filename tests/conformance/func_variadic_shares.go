// Passing a slice with ... shares it with the callee.
package main

import "fmt"

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	s := []int{1, 2}
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(7, 8)
}
