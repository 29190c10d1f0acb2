// A type declared inside a function.
package main

import "fmt"

func main() {
	type pair struct{ a, b int }
	p := pair{1, 2}
	fmt.Printf("%+v %T\n", p, p)
}
