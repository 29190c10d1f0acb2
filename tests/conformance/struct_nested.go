// Nested struct literals and field access chains.
package main

import "fmt"

type inner struct{ A, B int }
type outer struct {
	In   inner
	Tags []string
}

func main() {
	o := outer{In: inner{1, 2}, Tags: []string{"x"}}
	o.In.B = 20
	fmt.Println(o, o.In.A+o.In.B)
}
