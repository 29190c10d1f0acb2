// A method declared twice, and a method named like a field, in Go 1.19's words: both point
// back at the other declaration, and a generic type is named without its type arguments.
package main

type Point struct{ Name string }

func (p Point) Name() string { return "" }

func (p Point) Move() {}

func (p *Point) Move() {}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Get() T { return b.v }

func main() {
	var b Box[int]
	_ = b
}
