// sort.SliceStable keeps equal elements in their original order.
package main

import (
	"fmt"
	"sort"
)

type kv struct {
	k string
	v int
}

func main() {
	xs := []kv{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}, {"e", 3}, {"f", 1}}
	sort.SliceStable(xs, func(i, j int) bool { return xs[i].v < xs[j].v })
	fmt.Println(xs)
}
