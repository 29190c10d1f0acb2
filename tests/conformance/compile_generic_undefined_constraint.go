// An undefined constraint (constraints.Ordered without its import, a misspelt name): Go
// reports it, and still checks comparisons, for which the type set holds no type.
package main

import "fmt"

func Max[T constraints.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Add[T Integer](a, b T) T { return a + b }

func Equal[T Comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Max(1, 2))
}
