// sort.Slice is not stable: with equal keys the order Go's pdqsort leaves is visible.
// Inputs of several shapes reach its insertion sort, ninther pivots, pattern breaking,
// reversed and nearly sorted runs, and the partition of equal elements.
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

func show(name string, xs []item) {
	fmt.Print(name, ":")
	for _, x := range xs {
		fmt.Print(" ", x.key, ".", x.id)
	}
	fmt.Println()
}

func main() {
	shapes := map[string]func(i, n int) int{
		"mod7":     func(i, n int) int { return (i * 31) % 7 },
		"reversed": func(i, n int) int { return (n - i) / 3 },
		"sorted":   func(i, n int) int { return i / 4 },
		"organ":    func(i, n int) int { if i < n/2 { return i / 2 }; return (n - i) / 2 },
		"lcg":      func(i, n int) int { return (i*1103515245 + 12345) % 5 },
		"few":      func(i, n int) int { if i%10 == 0 { return 1 }; return 0 },
	}
	names := []string{"mod7", "reversed", "sorted", "organ", "lcg", "few"}
	for _, n := range []int{5, 12, 13, 40, 51, 150} {
		for _, name := range names {
			xs := make([]item, n)
			for i := range xs {
				xs[i] = item{shapes[name](i, n), i}
			}
			ys := append([]item(nil), xs...)
			sort.Slice(xs, func(i, j int) bool { return xs[i].key < xs[j].key })
			show(fmt.Sprint("slice ", name, " ", n), xs)
			sort.SliceStable(ys, func(i, j int) bool { return ys[i].key < ys[j].key })
			show(fmt.Sprint("stable ", name, " ", n), ys)
		}
	}
}
