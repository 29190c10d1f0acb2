// Constants, nil, type switches, assertions and methods in a generic body, checked against
// the constraints; a misspelt constraint is undefined even if nothing calls the function.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Total[T Numbr](xs []T) int { return len(xs) }

func Kind[T any](a T) string {
	switch a.(type) {
	case int:
		return "int"
	}
	return "other"
}

func AsInt[T any](a T) int { return a.(int) }

func Zero[T any]() T { return nil }

func IsNil[T any](a T) bool { return a == nil }

func Five[T any]() T {
	var t T = 5
	return t
}

func Double[T any](a T) T { return a * 2 }

func Next[T int | string](a T) T { return a + 1 }

func Half[T Number](a T) T { return a*2 + 1.5 }

func Name[T fmt.Stringer](a T) string { return a.String() + a.Name() }

func Add[T Number](a, b T) T { return a + b + 1 }

func main() {
	fmt.Println(Add(1, 2))
}
