// Generic bodies that Go accepts: each operation is defined on every type in the type set.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~float64 | ~string
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s*2/2 + 0
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Names[T fmt.Stringer](xs []T) []string {
	return Map(xs, func(x T) string { return x.String() })
}

type Point struct{ X, Y int }

func (p Point) String() string { return strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) }

func Deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

func Describe[T any](v T) string {
	var x interface{} = v
	switch x.(type) {
	case int:
		return "int"
	}
	return fmt.Sprint(v)
}

func Mask[T ~int | ~uint8](a T) T { return a&^1 | 2 ^ 4%3 }

func Concat[T ~string](a, b T) T { return a + b + "!" }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Celsius{1.5, 2}))
	fmt.Println(Max(3, 7), Max("a", "b"))
	fmt.Println(Index([]string{"x", "y"}, "y"))
	fmt.Println(Last([]int{4, 5, 6}), Last[[]string]([]string{"p", "q"}))
	fmt.Println(Names([]Point{{1, 2}, {3, 4}}))
	n := 9
	fmt.Println(Deref(&n), Deref[int](nil))
	fmt.Println(Describe(3), Describe("s"))
	fmt.Println(Mask(7), Concat("go", "lang"))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok)
}
