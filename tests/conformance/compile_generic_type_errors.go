// Go's errors for generic types used wrongly.
package main

type Box[T any] struct{ v T }

type Num[T ~int | ~float64] struct{ v T }

func main() {
	var a Box
	var b Box[int, string]
	var c Num[string]
	_, _, _ = a, b, c
}
