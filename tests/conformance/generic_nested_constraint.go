// A constraint that embeds another constraint in a union, and methods in a constraint.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Ordered interface {
	Number | ~string
}

func g[T Ordered](x T) T { return x }

func main() {
	fmt.Println(g("ok"), g(2.5), g(3))
}

type Labeled interface {
	~int | ~string
	Label() string
}

type code int

func (c code) Label() string { return fmt.Sprintf("code-%d", int(c)) }

func Describe[T Labeled](xs ...T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Label())
	}
	return out
}

func init() {
	fmt.Println(Describe(code(1), code(2)))
}
