// interface{} and any hold values of every type.
package main

import "fmt"

func main() {
	var xs []any
	xs = append(xs, 1, "two", 3.0, []int{4}, nil, true)
	for _, x := range xs {
		fmt.Printf("%v|%T\n", x, x)
	}
}
