// A constraint with type terms and methods: its type set has both, so a body may call the
// methods and use the operators of the terms, and nothing else; a type argument needs both.
package main

import "fmt"

type Named interface {
	~int | ~string
	Name() string
}

func Double[T Named](x T) T { return x * 2 }

func Shift[T interface {
	~float64
	Name() string
}](x T) T {
	return x << 1
}

func ToInt[T Named](x T) int { return int(x) }

func Embedded[T interface {
	~float64 | ~float32
	fmt.Stringer
	Other(int) (bool, error)
}](x T) T {
	return x << 1
}

type Label string

func (l Label) Name() string { return string(l) }

type Ref int

func (r *Ref) Name() string { return "ref" }

func Show[T Named](x T) string { return x.Name() }

func main() {
	fmt.Println(Show(Label("a")), Show(3), Show(Ref(1)), Show(1.5))
	var s fmt.Stringer = 3
	_ = s
}
