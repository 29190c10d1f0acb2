// A struct field can hold a function value.
package main

import "fmt"

type op struct {
	name string
	fn   func(int, int) int
}

func main() {
	ops := []op{{"add", func(a, b int) int { return a + b }}, {"mul", func(a, b int) int { return a * b }}}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(3, 4))
	}
}
