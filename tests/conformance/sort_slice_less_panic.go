// A less function that panics stops sort.Slice; a deferred recover in the caller sees it.
package main

import (
	"fmt"
	"sort"
)

func trySort(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 0 || xs[j] == 0 {
			panic("zero in the input")
		}
		return xs[i] < xs[j]
	})
	return nil
}

func main() {
	fmt.Println(trySort([]int{3, 1, 2}))
	fmt.Println(trySort([]int{3, 0, 2}))
	xs := []string{"b", "a"}
	sort.Slice(xs, func(i, j int) bool { return xs[i+5] < xs[j] })
}
