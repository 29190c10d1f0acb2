// Multiple assignment evaluates the right side first, so swaps work.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	xs[0], xs[2] = xs[2], xs[0]
	fmt.Println(xs)
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
}
