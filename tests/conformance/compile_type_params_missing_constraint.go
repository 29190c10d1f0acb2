// A generic type whose last type parameter has no constraint: Go's parser says so at the
// closing bracket.
package main

type Pair[A, B] struct {
	First  A
	Second B
}

func main() {}
