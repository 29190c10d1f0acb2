// A String method on the pointer type is not used for the plain value.
package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return "T!" }

func main() {
	t := T{5}
	fmt.Println(t)
	fmt.Println(&t)
}
