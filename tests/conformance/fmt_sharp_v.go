// %#v prints Go syntax.
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%#v\n", T{1, "x"})
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, map[string]int{"b": 2, "a": 1}, "s")
	fmt.Printf("%#v %#v %#v\n", 42, 1.0, []string(nil))
}
