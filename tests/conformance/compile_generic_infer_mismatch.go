// An argument whose type cannot unify with its parameter's: Go names the parameter type with
// what it inferred so far, or says which type parameters it could not infer.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func Keys[K comparable, V any](m map[K]V) []K {
	out := []K{}
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Both[A, B, C any](a A, f func(A) B, g func(B) C) C { return g(f(a)) }

func main() {
	var s Stack
	fmt.Println(s)
	fmt.Println(Keys([]int{1}))
	fmt.Println(Filter([]int{1, 2}, func(x int) int { return x }))
	fmt.Println(Filter([]int{1, 2}))
	var t Stack[int, string]
	fmt.Println(t)
	fmt.Println(Both(1, func(x int) string { return "" }, func(y int) bool { return true }))
	fmt.Println(Filter([3]int{}, nil))
}
