// An interface with type terms is only a constraint: Go refuses it as the type of a value.
package main

type Number interface {
	~int | ~float64
}

type Ordered interface {
	Number | ~string
}

func f(n Number) {}

func g[T Ordered](x T) T { return x }

func main() {
	var x Ordered
	_ = x
	_ = g("ok")
}
