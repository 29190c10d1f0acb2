// sort.Search asks f at Go's midpoints and returns n when f is never true; SearchStrings
// and SearchFloat64s give the insertion point; the AreSorted checks, NaN first for floats.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	xs := []int{1, 3, 3, 7, 9, 12}
	var asked []int
	i := sort.Search(len(xs), func(i int) bool {
		asked = append(asked, i)
		return xs[i] >= 7
	})
	fmt.Println(i, asked)
	fmt.Println(sort.Search(0, func(int) bool { panic("never asked") }))
	fmt.Println(sort.Search(5, func(int) bool { return false }))
	fmt.Println(sort.Search(-3, func(int) bool { return true }))
	// The first square above 1000, found without a slice.
	fmt.Println(sort.Search(100, func(n int) bool { return n*n > 1000 }))

	words := []string{"ant", "bee", "cat", "cat", "dog"}
	for _, w := range []string{"", "ant", "cat", "cow", "zebra"} {
		fmt.Print(sort.SearchStrings(words, w), " ")
	}
	fmt.Println(sort.SearchInts(xs, 3), sort.SearchInts(nil, 5))

	fs := []float64{-1.5, 0, 2.25, 2.25, 8}
	for _, f := range []float64{math.Inf(-1), 0, 2.25, 3, math.Inf(1), math.NaN()} {
		fmt.Print(sort.SearchFloat64s(fs, f), " ")
	}
	fmt.Println()

	fmt.Println(sort.StringsAreSorted(words), sort.StringsAreSorted([]string{"b", "a"}),
		sort.StringsAreSorted(nil))
	fmt.Println(sort.Float64sAreSorted(fs), sort.Float64sAreSorted([]float64{math.NaN(), 1, 2}),
		sort.Float64sAreSorted([]float64{1, math.NaN()}), sort.IntsAreSorted(xs))

	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Search(10, func(i int) bool { return xs[i] > 100 })
}
