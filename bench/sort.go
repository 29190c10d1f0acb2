// sort: 1,000,000 pseudo-random ints sorted with sort.Ints.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := make([]int, 1000000)
	x := 1
	for i := range xs {
		x = (x*1103515245 + 12345) % 2147483648
		xs[i] = x
	}
	sort.Ints(xs)
	fmt.Println(xs[0], xs[len(xs)/2], xs[len(xs)-1])
}
