// Type inference through the shapes Go unifies: named types against type literals, function
// types with fixed parts, channels of either direction, maps, pointers and variadic calls.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Scores []int

type Lookup map[string]float64

type Check func(int) error

type Box[T any] struct{ v T }

func Len[T any](xs []T) int { return len(xs) }

func Apply[T any](x T, f func(T) error) error { return f(x) }

func Drain[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Get[T any](p *T) T { return *p }

func Unbox[T any](b Box[T]) T { return b.v }

func Join[T fmt.Stringer](sep string, xs ...T) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Convert[T, U any](xs []T, f func(T) (U, error)) ([]U, error) {
	var out []U
	for _, x := range xs {
		u, err := f(x)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, nil
}

type Name string

func (n Name) String() string { return string(n) }

func main() {
	fmt.Println(Len(Scores{1, 2, 3}))
	var check Check = func(n int) error {
		if n < 0 {
			return errors.New("negative")
		}
		return nil
	}
	fmt.Println(Apply(-1, check), Apply(2, check))
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	fmt.Println(Drain(ch))
	fmt.Println(Keys(Lookup{"pi": 3.14}))
	n := 7
	fmt.Println(Get(&n), Unbox(Box[string]{"in"}))
	fmt.Println(Join(", ", Name("x"), Name("y")))
	fmt.Println(Join("-", []Name{"p", "q"}...))
	nums, err := Convert([]string{"1", "2"}, strconv.Atoi)
	fmt.Println(nums, err)
	_, err = Convert([]string{"z"}, strconv.Atoi)
	fmt.Println(err)
}
