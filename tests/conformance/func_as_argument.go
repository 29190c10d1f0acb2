// Functions passed as arguments.
package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func square(x int) int { return x * x }

func main() {
	fmt.Println(apply([]int{1, 2, 3}, square))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return -x }))
}
