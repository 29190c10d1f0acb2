// sort.Ints sorts in place.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 2, 0}
	sort.Ints(xs)
	fmt.Println(xs)
}
