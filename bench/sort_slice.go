// sort_slice: sort.Slice of 1,000,000 pseudo-random ints and sort.SliceStable of 300,000
// pairs by a key with many ties, each with a less function written in Go.
package main

import (
	"fmt"
	"sort"
)

type pair struct{ key, order int }

func main() {
	xs := make([]int, 1000000)
	x := 1
	for i := range xs {
		x = (x*1103515245 + 12345) % 2147483648
		xs[i] = x
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(xs[0], xs[len(xs)/2], xs[len(xs)-1])

	ps := make([]pair, 300000)
	for i := range ps {
		x = (x*1103515245 + 12345) % 2147483648
		ps[i] = pair{x % 1000, i}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].key < ps[j].key })
	fmt.Println(ps[0], ps[len(ps)/2], ps[len(ps)-1])
}
