// A generic body is checked once against its constraints, called or not: an operator must be
// defined on every type in the type set, and "any" allows none of them.
package main

import "fmt"

func Sum[T any](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Equal[T any](a, b T) bool { return a == b }

func Less[T comparable](a, b T) bool { return a < b }

func Negate[T any](a T) T { return -a }

func Diff[T int | string](a, b T) T { return a - b }

func Pair[S ~[]E, E any](s S) E { return s[0] + s[1] }

func Not[T comparable](a T) bool { return !a }

func After[T fmt.Stringer](a, b T) bool { return a > b }

func Square[T interface{ ~int | ~string }](a T) T { return a * a }

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Total() T {
	var t T
	for _, x := range b.items {
		t = t + x
	}
	return t
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
}
