// Generic functions: explicit and inferred instantiation, several type parameters,
// recursion, closures, generic calling generic, method constraints and instances as values.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
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

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Count[T comparable](xs []T, v T) int {
	return len(Filter(xs, func(x T) bool { return x == v }))
}

func Reverse[T any](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	return append(Reverse(xs[1:]), xs[0])
}

type Stringer interface {
	String() string
}

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Ptr[T any](v T) *T { return &v }

func Convert[From, To Number](x From) To { return To(x) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int64](), Sum(Celsius(1.5), 2))
	fmt.Println(Sum([]int{4, 5}...))
	fmt.Println(Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(Keys(map[string]bool{"x": true, "y": false}), Count([]string{"a", "b", "a"}, "a"))
	fmt.Println(Reverse([]int{1, 2, 3}), Reverse([]string{"x", "y"}))
	fmt.Println(Join([]point{{1, 2}, {3, 4}}, " -> "))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Convert[int, float64](3)/2, Convert[float64, int](3.9))
	sumInts := Sum[int]
	fmt.Printf("%T %v\n", sumInts, sumInts(10, 20))
	var f func(...float64) float64 = Sum[float64]
	fmt.Println(f(0.5, 0.25))
}
