// sort.Sort and sort.Stable on a user type: equal keys come out in Go's own order (pdqsort
// is not stable; Stable keeps input order), for sizes that take every path of the algorithms.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func make_items(n, keys int, seed uint32) byKey {
	xs := make(byKey, n)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = item{int(seed>>16) % keys, i}
	}
	return xs
}

func ids(xs byKey) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x.id
	}
	return out
}

func main() {
	for _, n := range []int{0, 1, 5, 12, 13, 50, 51, 200} {
		a := make_items(n, 4, uint32(n))
		b := make_items(n, 4, uint32(n))
		sort.Sort(a)
		sort.Stable(b)
		fmt.Println(n, sort.IsSorted(a), ids(a))
		fmt.Println(n, ids(b))
	}
	// Already sorted, reversed and all equal: the pattern paths.
	for _, shape := range []string{"sorted", "reversed", "equal"} {
		xs := make(byKey, 100)
		for i := range xs {
			switch shape {
			case "sorted":
				xs[i] = item{i / 3, i}
			case "reversed":
				xs[i] = item{100 - i/3, i}
			case "equal":
				xs[i] = item{7, i}
			}
		}
		sort.Sort(xs)
		fmt.Println(shape, ids(xs))
	}
}
