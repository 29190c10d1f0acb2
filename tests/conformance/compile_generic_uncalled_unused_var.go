// One generic function is called and one is not; the unused variable inside the one never
// called is reported all the same.
package main

import "fmt"

func Count[T comparable](xs []T, v T) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

func Keep[T any](xs []T, ok func(T) bool) []T {
	var out []T
	for _, x := range xs {
		var spare T
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	fmt.Println(Count([]int{1, 2, 1}, 1))
}
