// In a generic function nobody calls, a comparison that every type in the type set allows
// has a value, so a variable holding it and never used is an error, as Go says.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Positive[T Number](xs []T) []T {
	var out []T
	for _, x := range xs {
		ok := x > 0
		if ok {
			out = append(out, x)
		}
	}
	unused := xs[0] >= 1
	return out
}

func main() {
	fmt.Println("no call")
}
