// Go 1.19's words and places for assignments to values and slices of non-slices: a slice
// expression stands at its [, and an unassignable operand is named with its type.
package main

type T struct{ x int }

func f() int { return 1 }
func g() T   { return T{} }

func main() {
	s := []int{1}
	x := 1
	const c = 2
	f() = 1
	s[0:1] = nil
	x + 1 = 2
	len(s) = 1
	T{}.x = 1
	g().x = 3
	c = 3
	main = nil
	_ = x
}
