// A value whose type parameter allows every type (any) cannot be measured, indexed, ranged
// over, called or assigned to a concrete type, and a pointer to it has no methods; Go says
// so in the generic body itself.
package main

import "fmt"

func Size[T any](x T) int { return len(x) }

func First[T any](x T) T { return x[0] }

func Each[T any](x T) {
	for range x {
	}
}

func Run[T any](x T) { x() }

func Int[T any](x T) { var y int = x; _ = y }

func Call[T fmt.Stringer](p *T) string { return p.String() }

func Fine[T fmt.Stringer](x T, p *T) string { return x.String() + (*p).String() }

func main() {
	fmt.Println(Size(1))
}
