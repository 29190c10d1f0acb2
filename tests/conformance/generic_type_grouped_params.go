// A generic type whose first type parameters share one constraint, [A, B any], as a
// learner's Pair and Zip write them.
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

type Triple[A, B any, C comparable] struct {
	a A
	b B
	c C
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	fmt.Printf("%v %+v\n", Zip([]int{1, 2, 3}, []string{"a", "b"}), Zip([]bool{true}, []int{7}))
	t := Triple[int, string, bool]{1, "x", true}
	fmt.Printf("%v %T\n", t, t)
}
