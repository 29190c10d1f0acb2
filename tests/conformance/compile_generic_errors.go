// Go's errors for generic functions used wrongly.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int { return 0 }

func First[T any](xs []T) T { return xs[0] }

func main() {
	fmt.Println(Max("a", "b"))
	fmt.Println(Index([][]int{}, nil))
	f := Max
	fmt.Println(Max(1, 2.5))
	var x int8 = 3
	fmt.Println(Max(x, 4))
	fmt.Println(Max[string])
	fmt.Println(First([]int{1}, 2), f)
	fmt.Println(Max[int, int](1, 2))
}
