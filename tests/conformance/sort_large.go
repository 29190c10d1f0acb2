// Sorting a larger slice produced by a fixed formula.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = (i * 7919) % 1009
	}
	sort.Ints(xs)
	fmt.Println(xs[0], xs[1], xs[500], xs[999], sort.IntsAreSorted(xs))
}
